#pragma once

#include "Clock.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

// A single-shot timer set to a time of a Clock, not to a span of real time: behaviour that waits
// (holds, pacing, watchdogs) waits on the injected clock. On the system clock it waits in real time
// (and waits again should the wall clock have stepped back); on a clock moved by hand it fires when
// the clock is moved past its deadline, so tests advance time instead of sleeping.
// timeout() always comes from the event loop, never from inside start() or a clock move.
class ClockTimer : public QObject, private Clock::Watcher
{
    Q_OBJECT
public:
    explicit ClockTimer(const Clock* clock, QObject* parent = nullptr);
    ~ClockTimer() override;

    // Fires at `at` (at once, from the event loop, when it has passed). Replaces any earlier start.
    void start(const QDateTime& at);
    void startIn(qint64 msecs) { start(m_clock->now().addMSecs(msecs)); }
    void stop();
    bool isActive() const { return m_deadline.isValid(); }
    // Invalid when not active.
    QDateTime deadline() const { return m_deadline; }
    // Milliseconds until the deadline on the clock (0 when due, -1 when not active).
    qint64 remainingMs() const;

signals:
    void timeout();

private:
    void timeMoved() override;
    void arm();
    void onRealTimer();

    const Clock* m_clock;
    QDateTime m_deadline;
    QTimer m_timer;
};
