#include "CsvLeadImportJob.h"

#include "Logging.h"
#include "SdrRepository.h"
#include "Store.h"

#include <QThread>

namespace {
// Planning (on the worker) is the first part of the bar, writing the rest.
constexpr int PlannedPercent = 50;
} // namespace

CsvLeadImportJob::CsvLeadImportJob(Store* store, SdrRepository* sdrs, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_sdrs(sdrs)
{
    m_pollTimer.setInterval(50);
    connect(&m_pollTimer, &QTimer::timeout, this, &CsvLeadImportJob::pollProgress);
    // Zero: the next slice comes as soon as the events that waited behind this one are handled.
    m_sliceTimer.setSingleShot(true);
    m_sliceTimer.setInterval(0);
    connect(&m_sliceTimer, &QTimer::timeout, this, &CsvLeadImportJob::writeSlice);
}

CsvLeadImportJob::~CsvLeadImportJob()
{
    if (m_thread) {
        m_progress->cancelRequested = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool CsvLeadImportJob::start(const QString& path)
{
    if (m_running)
        return false;
    m_running = true;
    m_result = CsvImportResult();
    m_next = 0;
    m_progress = std::make_shared<CsvImportProgress>();
    m_plan = std::make_shared<CsvImportPlan>();
    setPercent(0);
    // The SDR list is read here: the store's connection belongs to this thread.
    const std::optional<QSet<QString>> known = CsvLeadImporter(m_store, m_sdrs).knownSdrs();
    m_thread = QThread::create([path, known, progress = m_progress, plan = m_plan] {
        *plan = CsvLeadImporter::planFile(path, known, progress.get());
    });
    m_thread->setObjectName(QStringLiteral("csv-import"));
    connect(m_thread, &QThread::finished, this, &CsvLeadImportJob::onPlanned);
    m_thread->start(QThread::LowPriority);
    m_pollTimer.start();
    return true;
}

void CsvLeadImportJob::cancel()
{
    if (m_running && m_progress)
        m_progress->cancelRequested = true;
}

void CsvLeadImportJob::setPercent(int percent)
{
    if (percent == m_percent)
        return;
    m_percent = percent;
    emit progressChanged(percent);
}

void CsvLeadImportJob::pollProgress()
{
    if (m_thread)
        setPercent(m_progress->permille.load() * PlannedPercent / 1000);
}

void CsvLeadImportJob::onPlanned()
{
    m_pollTimer.stop();
    m_thread->deleteLater();
    m_thread = nullptr;
    const CsvImportPlan& plan = *m_plan;
    if (plan.cancelled || m_progress->cancelRequested) {
        m_result.ok = true;
        m_result.cancelled = true;
        finish();
        return;
    }
    if (!plan.ok) {
        m_result.error = plan.error;
        finish();
        return;
    }
    m_result.rows = plan.rows;
    m_result.rowErrors = plan.rowErrors;
    setPercent(PlannedPercent);
    writeSlice();
}

void CsvLeadImportJob::writeSlice()
{
    const CsvImportPlan& plan = *m_plan;
    if (m_progress->cancelRequested) {
        m_result.ok = true;
        m_result.cancelled = true;
        finish();
        return;
    }
    // One slice is one transaction (one fsync) of as many rows as fit in its time budget: the
    // slices before tell what a row costs on this disk, so each one sizes the next.
    QElapsedTimer slice;
    slice.start();
    QString error;
    const qsizetype count = qMin(m_rowsPerSlice, plan.leads.size() - m_next);
    if (!CsvLeadImporter(m_store, m_sdrs).write(plan, m_next, count, &m_result, &error)) {
        // What earlier slices wrote stays, as after a cancel; the report says the rest failed.
        m_result.ok = m_result.imported > 0 || m_result.duplicates > 0;
        m_result.error = error;
        finish();
        return;
    }
    m_next += count;
    const qint64 spentUs = qMax<qint64>(1, slice.nsecsElapsed() / 1000);
    m_rowsPerSlice = qBound(qsizetype(16), qsizetype(count * m_sliceMs * 1000 / spentUs), qsizetype(20000));
    if (m_next >= plan.leads.size()) {
        m_result.ok = true;
        finish();
        return;
    }
    setPercent(PlannedPercent + int((100 - PlannedPercent) * m_next / qMax<qsizetype>(1, plan.leads.size())));
    m_sliceTimer.start();
}

void CsvLeadImportJob::finish()
{
    m_running = false;
    m_plan.reset();
    if (m_result.ok && !m_result.cancelled)
        setPercent(100);
    qCInfo(lcQueue) << "CSV import" << (m_result.cancelled ? "cancelled:" : "finished:") << m_result.imported
                    << "imported," << m_result.duplicates << "duplicates," << m_result.rowErrors.size()
                    << "rows refused";
    emit finished(m_result);
}
