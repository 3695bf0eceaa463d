#pragma once

#include <QWidget>

class LeadsModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class SdrRepository;

// The team lead's list of recent leads and what became of each: filters by SDR, by state and by
// text, and a CSV export of exactly what is shown.
class LeadsView : public QWidget
{
    Q_OBJECT
public:
    LeadsView(LeadsModel* model, SdrRepository* sdrs, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QComboBox* sdrFilterBox() const { return m_sdrBox; }
    QComboBox* stateFilterBox() const { return m_stateBox; }
    QLineEdit* searchEdit() const { return m_search; }
    QLabel* statusLabel() const { return m_status; }

public slots:
    void showSdr(const QString& sdrId); // sets the SDR filter (empty = all)
    // Writes what is shown to filePath and reports the result under the table.
    bool exportTo(const QString& filePath);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void retranslateUi();
    void fillSdrBox();
    void fillStateBox();
    void chooseExportFile();
    void updateCount();

    LeadsModel* m_model;
    SdrRepository* m_sdrs;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_sdrLabel;
    QComboBox* m_sdrBox;
    QLabel* m_stateLabel;
    QComboBox* m_stateBox;
    QLineEdit* m_search;
    QPushButton* m_exportButton;
    QTableView* m_table;
    QLabel* m_count;
    QLabel* m_status;
};
