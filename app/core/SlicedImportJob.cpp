#include "SlicedImportJob.h"

#include "BackgroundPriority.h"
#include "CsvLeadImporter.h"

#include <QElapsedTimer>
#include <QThread>

namespace {
// Planning (on the worker) is the first part of the bar, writing the rest.
constexpr int PlannedPercent = 50;
} // namespace

SlicedImportJob::SlicedImportJob(QObject* parent)
    : QObject(parent)
{
    m_pollTimer.setInterval(50);
    connect(&m_pollTimer, &QTimer::timeout, this, &SlicedImportJob::pollProgress);
    // Zero: the next slice comes as soon as the events that waited behind this one are handled.
    m_sliceTimer.setSingleShot(true);
    m_sliceTimer.setInterval(0);
    connect(&m_sliceTimer, &QTimer::timeout, this, &SlicedImportJob::writeSlice);
}

SlicedImportJob::~SlicedImportJob()
{
    if (m_thread) {
        m_progress->cancelRequested = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool SlicedImportJob::startPlanning(const QString& threadName, std::function<void(CsvImportProgress*)> plan)
{
    if (m_running)
        return false;
    m_running = true;
    m_next = 0;
    m_total = 0;
    m_progress = std::make_shared<CsvImportProgress>();
    setPercent(0);
    m_thread = QThread::create([plan = std::move(plan), progress = m_progress] {
        BackgroundPriority::lowerCurrentThread(BackgroundPriority::ReaderNice);
        plan(progress.get());
    });
    m_thread->setObjectName(threadName);
    connect(m_thread, &QThread::finished, this, &SlicedImportJob::onPlanned);
    m_thread->start();
    m_pollTimer.start();
    return true;
}

void SlicedImportJob::cancel()
{
    if (m_running && m_progress)
        m_progress->cancelRequested = true;
}

void SlicedImportJob::setPercent(int percent)
{
    if (percent == m_percent)
        return;
    m_percent = percent;
    emit progressChanged(percent);
}

void SlicedImportJob::pollProgress()
{
    if (m_thread)
        setPercent(m_progress->permille.load() * PlannedPercent / 1000);
}

void SlicedImportJob::onPlanned()
{
    m_pollTimer.stop();
    m_thread->deleteLater();
    m_thread = nullptr;
    if (m_progress->cancelRequested) {
        finish(Ending::Cancelled);
        return;
    }
    m_total = acceptPlan();
    if (m_total < 0) {
        finish(Ending::PlanFailed);
        return;
    }
    setPercent(PlannedPercent);
    writeSlice();
}

void SlicedImportJob::writeSlice()
{
    if (m_progress->cancelRequested) {
        finish(Ending::Cancelled);
        return;
    }
    // One slice is one transaction of as many rows as fit in its time budget: the
    // slices before tell what a row costs on this disk, so each one sizes the next.
    QElapsedTimer slice;
    slice.start();
    const qsizetype count = qMin(m_slices.next(), m_total - m_next);
    if (!writeRows(m_next, count)) {
        finish(Ending::WriteFailed);
        return;
    }
    m_next += count;
    m_slices.measured(count, slice.nsecsElapsed());
    if (m_next >= m_total) {
        finish(Ending::Done);
        return;
    }
    setPercent(PlannedPercent + int((100 - PlannedPercent) * m_next / qMax<qsizetype>(1, m_total)));
    m_sliceTimer.start();
}

void SlicedImportJob::finish(Ending ending)
{
    m_running = false;
    if (ending == Ending::Done)
        setPercent(100);
    end(ending);
}
