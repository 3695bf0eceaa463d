#pragma once

#include "ClockTimer.h"

#include <QObject>
#include <functional>

class Clock;

// Drives a reporter's step from the event loop: soon after kick() (coalesced, never re-entrant
// from a caller's slot), or after a delay on the injected clock (retry with backoff), and never
// while stopped or paused.
class ReportPump : public QObject
{
    Q_OBJECT
public:
    ReportPump(const Clock* clock, std::function<void()> step, QObject* parent = nullptr);

    void start();
    void stop();
    void setPaused(bool paused);
    void kick();
    void runIn(qint64 msecs);
    bool canRun() const { return m_running && !m_paused; }

private:
    std::function<void()> m_step;
    ClockTimer m_timer;
    bool m_running = false;
    bool m_paused = false;
    bool m_kickQueued = false;
};
