#pragma once

#include "BackgroundPriority.h"
#include "SliceSizer.h"

#include <QObject>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>

struct CsvImportProgress;

// What the CSV imports (leads, suppression list) share: a worker thread plans the import (reads,
// decodes, parses and checks the file, the slow part) while this thread shows its progress; then
// the planned rows are written here, on the store's own connection, in slices of a few
// milliseconds, each its own transaction, so the UI thread never stalls and the store keeps its
// single connection. Cancel: while planning nothing is written; once writing, the committed slices
// stay and the rest is not imported. Subclasses hold the plan and the result and say how a plan
// is judged, how rows are written and how the end is reported.
class SlicedImportJob : public QObject
{
    Q_OBJECT
public:
    // Cancels and waits for the worker thread.
    ~SlicedImportJob() override;

    void cancel();
    bool isRunning() const { return m_running; }
    int percent() const { return m_percent; }
    // Time budget of one write slice on this thread (tests shorten or lengthen it).
    void setSliceMs(int ms) { m_slices.setBudgetMs(ms); }

signals:
    void progressChanged(int percent);

protected:
    enum class Ending
    {
        Done,
        Cancelled,
        PlanFailed,
        WriteFailed
    };

    explicit SlicedImportJob(QObject* parent = nullptr);

    // False when an import is already running. plan runs on a worker thread named threadName and
    // reports through the progress it is given (cancel flag, per mille done).
    bool startPlanning(const QString& threadName, std::function<void(CsvImportProgress*)> plan);

    // On this thread once planning ended without a cancel: the number of rows to write, or -1 when
    // the plan failed (the subclass noted why).
    virtual qsizetype acceptPlan() = 0;
    // Writes rows [first, first + count) in one transaction; false on a store error.
    virtual bool writeRows(qsizetype first, qsizetype count) = 0;
    // Once per start: the subclass completes its result and reports it.
    virtual void end(Ending ending) = 0;

    // Lets go of a finished plan on a thread of its own: 200 000 planned rows are about a million
    // small allocations, and freeing them here stalled the UI thread for 100-300 ms at the end of
    // every large import (bench/ui_stall).
    template <typename Plan> static void releaseElsewhere(std::shared_ptr<Plan>& plan)
    {
        if (!plan)
            return;
        QThread* thread = QThread::create([doomed = std::move(plan)]() mutable {
            BackgroundPriority::lowerCurrentThread(BackgroundPriority::ReaderNice);
            doomed.reset();
        });
        thread->setObjectName(QStringLiteral("import-release"));
        connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        thread->start();
    }

private:
    void onPlanned();
    void writeSlice();
    void pollProgress();
    void finish(Ending ending);
    void setPercent(int percent);

    std::shared_ptr<CsvImportProgress> m_progress;
    QThread* m_thread = nullptr;
    QTimer m_pollTimer;
    QTimer m_sliceTimer;
    qsizetype m_total = 0;
    qsizetype m_next = 0;
    int m_percent = 0;
    SliceSizer m_slices{8, 256, 16, 20000};
    bool m_running = false;
};
