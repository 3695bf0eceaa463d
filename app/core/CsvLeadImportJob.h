#pragma once

#include "CsvLeadImporter.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

class QThread;
class SdrRepository;
class Store;

// Imports a CSV of leads without stalling the UI thread. A worker thread reads, decodes, parses and
// checks the file (the slow part, up to 64 MiB); the rows that pass are then written on the store's
// own connection, on this thread, in slices of a few milliseconds, each its own transaction, so
// the outbox's writes never wait behind an import and the store keeps its single connection.
//
// Cancel: while the file is being read nothing has been written and nothing is. Once writing, the
// slices already committed stay (their leads may already be in the outbox, on their way) and the
// result says how many; the rest of the file is not imported. Importing the same file again adds
// only what is missing, since a lead's id is stable (its id column, or SDR + phone + message).
class CsvLeadImportJob : public QObject
{
    Q_OBJECT
public:
    // sdrs: when given, rows for unknown SDRs are refused (read here, before the worker starts).
    explicit CsvLeadImportJob(Store* store, SdrRepository* sdrs = nullptr, QObject* parent = nullptr);
    // Cancels and waits for the worker thread.
    ~CsvLeadImportJob() override;

    // False when an import is already running.
    bool start(const QString& path);
    void cancel();
    bool isRunning() const { return m_running; }
    int percent() const { return m_percent; }
    // Time budget of one write slice on the UI thread (tests shorten or lengthen it).
    void setSliceMs(int ms) { m_sliceMs = qMax(1, ms); }

signals:
    void progressChanged(int percent);
    // Once per start(). result.cancelled: stopped by cancel(); result.imported were written.
    void finished(const CsvImportResult& result);

private:
    void onPlanned();
    void writeSlice();
    void pollProgress();
    void finish();
    void setPercent(int percent);

    Store* m_store;
    SdrRepository* m_sdrs;
    std::shared_ptr<CsvImportProgress> m_progress;
    std::shared_ptr<CsvImportPlan> m_plan;
    QThread* m_thread = nullptr;
    QTimer m_pollTimer;
    QTimer m_sliceTimer;
    CsvImportResult m_result;
    qsizetype m_next = 0;
    qsizetype m_rowsPerSlice = 256;
    int m_percent = 0;
    int m_sliceMs = 8;
    bool m_running = false;
};
