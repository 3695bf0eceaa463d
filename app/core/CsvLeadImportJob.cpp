#include "CsvLeadImportJob.h"

#include "Logging.h"
#include "SdrRepository.h"
#include "Store.h"

CsvLeadImportJob::CsvLeadImportJob(Store* store, SdrRepository* sdrs, QObject* parent)
    : SlicedImportJob(parent)
    , m_store(store)
    , m_sdrs(sdrs)
{
}

bool CsvLeadImportJob::start(const QString& path)
{
    if (isRunning())
        return false;
    m_result = CsvImportResult();
    m_plan = std::make_shared<CsvImportPlan>();
    // The SDR list is read here: the store's connection belongs to this thread.
    const std::optional<QSet<QString>> known = CsvLeadImporter(m_store, m_sdrs).knownSdrs();
    return startPlanning(QStringLiteral("csv-import"),
                         [path, known, plan = m_plan](CsvImportProgress* progress) {
                             *plan = CsvLeadImporter::planFile(path, known, progress);
                         });
}

qsizetype CsvLeadImportJob::acceptPlan()
{
    if (!m_plan->ok) {
        m_result.error = m_plan->error;
        return -1;
    }
    m_result.rows = m_plan->rows;
    m_result.rowErrors = m_plan->rowErrors;
    return m_plan->leads.size();
}

bool CsvLeadImportJob::writeRows(qsizetype first, qsizetype count)
{
    return CsvLeadImporter(m_store, m_sdrs).write(*m_plan, first, count, &m_result, &m_result.error);
}

void CsvLeadImportJob::end(Ending ending)
{
    releaseElsewhere(m_plan);
    // After a failed write, what earlier slices wrote stays, as after a cancel; the error says why
    // the rest is missing.
    m_result.ok = ending == Ending::Done || ending == Ending::Cancelled ||
                  (ending == Ending::WriteFailed && (m_result.imported > 0 || m_result.duplicates > 0));
    m_result.cancelled = ending == Ending::Cancelled;
    qCInfo(lcQueue) << "CSV import" << (m_result.cancelled ? "cancelled:" : "finished:") << m_result.imported
                    << "imported," << m_result.duplicates << "duplicates," << m_result.rowErrors.size()
                    << "rows refused";
    emit finished(m_result);
}
