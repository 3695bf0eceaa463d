#include "ClockTimer.h"

#include <algorithm>

ClockTimer::ClockTimer(const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ClockTimer::onRealTimer);
    m_clock->addWatcher(this);
}

ClockTimer::~ClockTimer()
{
    m_clock->removeWatcher(this);
}

void ClockTimer::start(const QDateTime& at)
{
    m_deadline = at.isValid() ? at : m_clock->now();
    arm();
}

void ClockTimer::stop()
{
    m_deadline = QDateTime();
    m_timer.stop();
}

qint64 ClockTimer::remainingMs() const
{
    if (!m_deadline.isValid())
        return -1;
    return std::max<qint64>(0, m_clock->now().msecsTo(m_deadline));
}

void ClockTimer::arm()
{
    const qint64 remaining = remainingMs();
    if (remaining <= 0) {
        m_timer.start(0); // due: from the event loop
    } else if (m_clock->movesByHand()) {
        m_timer.stop(); // waits for the clock to be moved (timeMoved)
    } else {
        // QTimer takes an int; a longer wait is re-armed when it ends.
        m_timer.start(int(std::min<qint64>(remaining, 24LL * 3600 * 1000)));
    }
}

void ClockTimer::timeMoved()
{
    // Not in this call: the test (or whoever moved the clock) finishes first.
    if (isActive() && remainingMs() <= 0)
        m_timer.start(0);
}

void ClockTimer::onRealTimer()
{
    if (!isActive())
        return;
    if (remainingMs() > 0) {
        arm(); // the clock is behind the real timer (a wall-clock step back, a long wait): wait on
        return;
    }
    m_deadline = QDateTime();
    emit timeout();
}
