#pragma once

#include "LeadImportReport.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QObject;
class QProgressBar;
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

    // The core's CsvLeadImportJob (local_leads table; unknown SDRs refused) as a LeadImporter: the
    // file is read and checked on a worker thread and written in short slices. Each import's job
    // is a child of `owner`, which must outlive the store's use by it.
    static LeadImporter csvImporter(Store* store, SdrRepository* sdrs, QObject* owner);

    QLineEdit* pathEdit() const { return m_pathEdit; }
    QLabel* summaryLabel() const { return m_summary; }
    QTreeWidget* problemList() const { return m_problems; }
    LeadImportReport lastReport() const { return m_lastReport; }
    QProgressBar* progressBar() const { return m_progress; }
    QPushButton* cancelButton() const { return m_cancelButton; }
    bool isImporting() const { return m_importing; }

public slots:
    void setFilePath(const QString& path);
    // Starts the importer on the chosen file (false: refused at once, the report says why); the
    // report shows when it is done (finished()). A progress bar and Cancel show meanwhile.
    bool importFile();
    void cancelImport();
    // Closing while an import runs asks it to stop and waits for its report.
    void reject() override;

signals:
    void imported(int count);
    void finished(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    void browse();
    void retranslateUi();
    void showReport();
    void onImportDone(const LeadImportReport& report);
    void setImporting(bool importing);

    LeadImporter m_importer;
    LeadImportReport m_lastReport;
    bool m_hasReport = false;
    bool m_importing = false;
    LeadImportCancel m_cancel;
    QLabel* m_help;
    QLabel* m_fileLabel;
    QLineEdit* m_pathEdit;
    QPushButton* m_browseButton;
    QPushButton* m_importButton;
    QLabel* m_summary;
    QProgressBar* m_progress;
    QPushButton* m_cancelButton;
    QTreeWidget* m_problems;
    QPushButton* m_closeButton;
};
