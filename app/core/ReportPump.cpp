#include "ReportPump.h"

#include <algorithm>

ReportPump::ReportPump(const Clock* clock, std::function<void()> step, QObject* parent)
    : QObject(parent)
    , m_step(std::move(step))
    , m_timer(clock)
{
    connect(&m_timer, &ClockTimer::timeout, this, [this] {
        if (canRun())
            m_step();
    });
}

void ReportPump::start()
{
    m_running = true;
    kick();
}

void ReportPump::stop()
{
    m_running = false;
    m_timer.stop();
}

void ReportPump::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused)
        kick();
}

void ReportPump::kick()
{
    if (!m_running || m_kickQueued)
        return;
    m_kickQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_kickQueued = false;
            if (canRun())
                m_step();
        },
        Qt::QueuedConnection);
}

void ReportPump::runIn(qint64 msecs)
{
    m_timer.startIn(std::max<qint64>(0, msecs));
}
