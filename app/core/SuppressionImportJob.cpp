#include "SuppressionImportJob.h"

#include "Logging.h"

SuppressionImportJob::SuppressionImportJob(SuppressionList* list, QObject* parent)
    : SlicedImportJob(parent)
    , m_list(list)
{
}

bool SuppressionImportJob::start(const QString& path)
{
    if (isRunning())
        return false;
    m_result = SuppressionList::ImportResult();
    m_plan = std::make_shared<SuppressionList::ImportPlan>();
    return startPlanning(QStringLiteral("suppression-import"),
                         [path, plan = m_plan](CsvImportProgress* progress) {
                             *plan = SuppressionList::planCsvFile(path, progress);
                         });
}

qsizetype SuppressionImportJob::acceptPlan()
{
    if (!m_plan->ok) {
        m_result.error = m_plan->error;
        return -1;
    }
    m_result.rows = m_plan->rows;
    m_result.rowErrors = m_plan->rowErrors;
    return m_plan->phones.size();
}

bool SuppressionImportJob::writeRows(qsizetype first, qsizetype count)
{
    return m_list->writePlanned(*m_plan, first, count, &m_result);
}

void SuppressionImportJob::end(Ending ending)
{
    releaseElsewhere(m_plan);
    // After a failed write, what earlier slices wrote stays, as after a cancel.
    m_result.ok = ending == Ending::Done || ending == Ending::Cancelled ||
                  (ending == Ending::WriteFailed && (m_result.added > 0 || m_result.alreadyListed > 0));
    m_result.cancelled = ending == Ending::Cancelled;
    qCInfo(lcProtection) << "suppression CSV import" << (m_result.cancelled ? "cancelled:" : "finished:")
                         << m_result.added << "added," << m_result.alreadyListed << "already listed,"
                         << m_result.rowErrors.size() << "rows refused";
    m_list->finishImport(m_result);
    emit finished(m_result);
}
