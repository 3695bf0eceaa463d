#include "SuppressionImportJob.h"

#include "CsvLeadImporter.h"
#include "Logging.h"

#include <QElapsedTimer>
#include <QThread>

namespace {
// Reading and checking (on the worker) is the first part of the bar, writing the rest.
constexpr int PlannedPercent = 50;
} // namespace

SuppressionImportJob::SuppressionImportJob(SuppressionList* list, QObject* parent)
    : QObject(parent)
    , m_list(list)
{
    m_pollTimer.setInterval(50);
    connect(&m_pollTimer, &QTimer::timeout, this, &SuppressionImportJob::pollProgress);
    m_sliceTimer.setSingleShot(true);
    m_sliceTimer.setInterval(0);
    connect(&m_sliceTimer, &QTimer::timeout, this, &SuppressionImportJob::writeSlice);
}

SuppressionImportJob::~SuppressionImportJob()
{
    if (m_thread) {
        m_progress->cancelRequested = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool SuppressionImportJob::start(const QString& path)
{
    if (m_running)
        return false;
    m_running = true;
    m_result = SuppressionList::ImportResult();
    m_next = 0;
    m_progress = std::make_shared<CsvImportProgress>();
    m_plan = std::make_shared<SuppressionList::ImportPlan>();
    setPercent(0);
    m_thread = QThread::create([path, progress = m_progress, plan = m_plan] {
        *plan = SuppressionList::planCsvFile(path, progress.get());
    });
    m_thread->setObjectName(QStringLiteral("suppression-import"));
    connect(m_thread, &QThread::finished, this, &SuppressionImportJob::onPlanned);
    m_thread->start(QThread::LowPriority);
    m_pollTimer.start();
    return true;
}

void SuppressionImportJob::cancel()
{
    if (m_running && m_progress)
        m_progress->cancelRequested = true;
}

void SuppressionImportJob::setPercent(int percent)
{
    if (percent == m_percent)
        return;
    m_percent = percent;
    emit progressChanged(percent);
}

void SuppressionImportJob::pollProgress()
{
    if (m_thread)
        setPercent(m_progress->permille.load() * PlannedPercent / 1000);
}

void SuppressionImportJob::onPlanned()
{
    m_pollTimer.stop();
    m_thread->deleteLater();
    m_thread = nullptr;
    const SuppressionList::ImportPlan& plan = *m_plan;
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

void SuppressionImportJob::writeSlice()
{
    const SuppressionList::ImportPlan& plan = *m_plan;
    if (m_progress->cancelRequested) {
        m_result.ok = true;
        m_result.cancelled = true;
        finish();
        return;
    }
    // One slice is one transaction of as many phones as fit in its time budget: the slices before
    // tell what a phone costs on this disk, so each one sizes the next.
    QElapsedTimer slice;
    slice.start();
    const qsizetype count = qMin(m_rowsPerSlice, plan.phones.size() - m_next);
    if (!m_list->writePlanned(plan, m_next, count, &m_result)) {
        // What earlier slices wrote stays, as after a cancel; the report says the rest failed.
        m_result.ok = m_result.added > 0 || m_result.alreadyListed > 0;
        finish();
        return;
    }
    m_next += count;
    const qint64 spentUs = qMax<qint64>(1, slice.nsecsElapsed() / 1000);
    m_rowsPerSlice = qBound(qsizetype(16), qsizetype(count * m_sliceMs * 1000 / spentUs), qsizetype(20000));
    if (m_next >= plan.phones.size()) {
        m_result.ok = true;
        finish();
        return;
    }
    setPercent(PlannedPercent +
               int((100 - PlannedPercent) * m_next / qMax<qsizetype>(1, plan.phones.size())));
    m_sliceTimer.start();
}

void SuppressionImportJob::finish()
{
    m_running = false;
    m_plan.reset();
    if (m_result.ok && !m_result.cancelled)
        setPercent(100);
    qCInfo(lcProtection) << "suppression CSV import" << (m_result.cancelled ? "cancelled:" : "finished:")
                         << m_result.added << "added," << m_result.alreadyListed << "already listed,"
                         << m_result.rowErrors.size() << "rows refused";
    m_list->finishImport(m_result);
    emit finished(m_result);
}
