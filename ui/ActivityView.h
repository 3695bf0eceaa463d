#pragma once

#include <QWidget>

class ActivityExportJob;
class ActivityModel;
class QComboBox;
class QProgressBar;
class QLabel;
class QPushButton;
class QTableView;
class SdrRepository;

// The activity log with an SDR filter, a kind filter and a CSV export of what the filters show.
class ActivityView : public QWidget
{
    Q_OBJECT
public:
    ActivityView(ActivityModel* model, SdrRepository* sdrs, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QComboBox* sdrFilterBox() const { return m_sdrBox; }
    QComboBox* kindFilterBox() const { return m_kindBox; }
    QLabel* statusLabel() const { return m_status; }
    QProgressBar* exportProgress() const { return m_progress; }
    QPushButton* cancelExportButton() const { return m_cancelButton; }
    bool isExporting() const;

public slots:
    void showSdr(const QString& sdrId); // sets the SDR filter (empty = all)
    // Starts writing the filtered log to filePath on a worker thread, with a progress bar and a
    // Cancel button; the result shows under the table and comes with exportFinished(). False when
    // an export is already running.
    bool exportTo(const QString& filePath);
    void cancelExport();

signals:
    void exportFinished(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillSdrBox();
    void fillKindBox();
    void chooseExportFile();
    void onExportFinished(bool ok, bool cancelled, const QString& error, int rows);

    ActivityModel* m_model;
    SdrRepository* m_sdrs;
    QLabel* m_sdrLabel;
    QComboBox* m_sdrBox;
    QLabel* m_kindLabel;
    QComboBox* m_kindBox;
    QPushButton* m_exportButton;
    QProgressBar* m_progress;
    QPushButton* m_cancelButton;
    ActivityExportJob* m_exportJob;
    QString m_exportPath;
    QTableView* m_table;
    QLabel* m_status;
};
