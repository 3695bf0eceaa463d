#include "ReportPump.h"

#include <algorithm>
#include <limits>

ReportPump::ReportPump(std::function<void()> step, QObject* parent)
    : QObject(parent)
    , m_step(std::move(step))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
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
    m_timer.start(int(std::clamp<qint64>(msecs, 0, std::numeric_limits<int>::max())));
}
