#pragma once

#include "SuppressionList.h"

#include <QDialog>
#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class SuppressionImportJob;

// The team-wide suppression list for people: every phone no SDR may message, why, and since when;
// add one, remove one (a reason is required and logged), import or export CSV. Reasons may hold
// reply text from the network: shown as plain text only. A CSV import runs in the background
// (SuppressionImportJob) with a progress bar and a Cancel button.
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
    QProgressBar* progressBar() const { return m_progress; }
    bool isImporting() const;

    void addPhone();
    void removeSelected();
    // Starts the import of the file picked; the summary comes when it ends.
    void importCsv();
    void cancelImport();
    void exportCsv();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void reload();
    QString selectedPhone() const;
    QString ask(const QString& title, const QString& label);
    void say(const QString& text);
    void importFinished(const SuppressionList::ImportResult& result);

    SuppressionList* m_suppression;
    QLabel* m_help;
    QTreeWidget* m_list;
    QLabel* m_message;
    QPushButton* m_addButton;
    QPushButton* m_removeButton;
    QPushButton* m_importButton;
    QPushButton* m_exportButton;
    QPushButton* m_closeButton;
    QProgressBar* m_progress;
    QPushButton* m_cancelImportButton;
    SuppressionImportJob* m_importJob;
    Asker m_asker;
    FilePicker m_filePicker;
};
