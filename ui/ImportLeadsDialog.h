#pragma once

#include "LeadImportReport.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class SdrRepository;
class Store;

// Pick a CSV of leads (columns include assigned_sdr_id), import it through the injected importer,
// and show what was imported and, row by row, what was refused and why.
class ImportLeadsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportLeadsDialog(LeadImporter importer, QWidget* parent = nullptr);

    // The core's CsvLeadImporter (local_leads table; unknown SDRs refused) as a LeadImporter.
    static LeadImporter csvImporter(Store* store, SdrRepository* sdrs);

    QLineEdit* pathEdit() const { return m_pathEdit; }
    QLabel* summaryLabel() const { return m_summary; }
    QTreeWidget* problemList() const { return m_problems; }
    LeadImportReport lastReport() const { return m_lastReport; }

public slots:
    void setFilePath(const QString& path);
    // Runs the importer on the chosen file and shows the report.
    bool importFile();

signals:
    void imported(int count);

protected:
    void changeEvent(QEvent* event) override;

private:
    void browse();
    void retranslateUi();
    void showReport();

    LeadImporter m_importer;
    LeadImportReport m_lastReport;
    bool m_hasReport = false;
    QLabel* m_help;
    QLabel* m_fileLabel;
    QLineEdit* m_pathEdit;
    QPushButton* m_browseButton;
    QPushButton* m_importButton;
    QLabel* m_summary;
    QTreeWidget* m_problems;
    QPushButton* m_closeButton;
};
