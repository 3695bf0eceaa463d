#pragma once

#include "SuppressionList.h"

#include <QObject>
#include <QTimer>

#include <memory>

class QThread;
struct CsvImportProgress;

// Imports a CSV of phones into the suppression list without stalling the UI thread, as
// CsvLeadImportJob does for leads: a worker thread reads, decodes, parses and checks the file
// (SuppressionList::planCsvFile, with the leads' CSV reader), then the phones are written on the
// store's own connection, on this thread, in slices of a few milliseconds, each its own transaction.
// Cancel: while the file is read nothing is written; once writing, the slices committed stay (a
// phone listed is protected at once) and the result says how many; the rest is not imported.
// Importing the same file again adds only what is missing.
class SuppressionImportJob : public QObject
{
    Q_OBJECT
public:
    explicit SuppressionImportJob(SuppressionList* list, QObject* parent = nullptr);
    // Cancels and waits for the worker thread.
    ~SuppressionImportJob() override;

    // False when an import is already running.
    bool start(const QString& path);
    void cancel();
    bool isRunning() const { return m_running; }
    int percent() const { return m_percent; }
    // Time budget of one write slice on the UI thread.
    void setSliceMs(int ms) { m_sliceMs = qMax(1, ms); }

signals:
    void progressChanged(int percent);
    // Once per start(). result.cancelled: stopped by cancel(); result.added were written.
    void finished(const SuppressionList::ImportResult& result);

private:
    void onPlanned();
    void writeSlice();
    void pollProgress();
    void finish();
    void setPercent(int percent);

    SuppressionList* m_list;
    std::shared_ptr<CsvImportProgress> m_progress;
    std::shared_ptr<SuppressionList::ImportPlan> m_plan;
    QThread* m_thread = nullptr;
    QTimer m_pollTimer;
    QTimer m_sliceTimer;
    SuppressionList::ImportResult m_result;
    qsizetype m_next = 0;
    qsizetype m_rowsPerSlice = 256;
    int m_percent = 0;
    int m_sliceMs = 8;
    bool m_running = false;
};
