#pragma once

#include <QDialog>
#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;
class SuppressionList;

// The team-wide suppression list for people: every phone no SDR may message, why, and since when;
// add one, remove one (a reason is required and logged), import or export CSV. Reasons may hold
// reply text from the network: shown as plain text only.
class SuppressionDialog : public QDialog
{
    Q_OBJECT
public:
    // Asks a person for text (title, label) -> the text, or a null string when cancelled.
    using Asker = std::function<QString(const QString& title, const QString& label)>;
    // Asks for a file to open (import) or save (export) -> its path, or empty when cancelled.
    using FilePicker = std::function<QString(bool save)>;

    explicit SuppressionDialog(SuppressionList* list, QWidget* parent = nullptr);

    // Replace the dialogs that ask (tests).
    void setAsker(Asker asker) { m_asker = std::move(asker); }
    void setFilePicker(FilePicker picker) { m_filePicker = std::move(picker); }

    QTreeWidget* list() const { return m_list; }
    QLabel* message() const { return m_message; }

    void addPhone();
    void removeSelected();
    void importCsv();
    void exportCsv();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void reload();
    QString selectedPhone() const;
    QString ask(const QString& title, const QString& label);
    void say(const QString& text);

    SuppressionList* m_suppression;
    QLabel* m_help;
    QTreeWidget* m_list;
    QLabel* m_message;
    QPushButton* m_addButton;
    QPushButton* m_removeButton;
    QPushButton* m_importButton;
    QPushButton* m_exportButton;
    QPushButton* m_closeButton;
    Asker m_asker;
    FilePicker m_filePicker;
};
