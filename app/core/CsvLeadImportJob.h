#pragma once

#include "CsvLeadImporter.h"
#include "SlicedImportJob.h"

#include <memory>

class SdrRepository;
class Store;

// Imports a CSV of leads (up to 64 MiB) without stalling the UI thread, planned on a worker and
// written in slices (SlicedImportJob), so the outbox's writes never wait behind an import.
// After a cancel the committed slices stay (their leads may already be in the outbox, on their way)
// and the result says how many. Importing the same file again adds only what is missing, since a
// lead's id is stable (its id column, or SDR + phone + message).
class CsvLeadImportJob : public SlicedImportJob
{
    Q_OBJECT
public:
    // sdrs: when given, rows for unknown SDRs are refused (read here, before the worker starts).
    explicit CsvLeadImportJob(Store* store, SdrRepository* sdrs = nullptr, QObject* parent = nullptr);

    // False when an import is already running.
    bool start(const QString& path);

signals:
    // Once per start(). result.cancelled: stopped by cancel(); result.imported were written.
    void finished(const CsvImportResult& result);

private:
    qsizetype acceptPlan() override;
    bool writeRows(qsizetype first, qsizetype count) override;
    void end(Ending ending) override;

    Store* m_store;
    SdrRepository* m_sdrs;
    std::shared_ptr<CsvImportPlan> m_plan;
    CsvImportResult m_result;
};
