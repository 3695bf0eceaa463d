#pragma once

#include <QDateTime>

// Injectable time source: pacing, caps, working hours, hibernation and the dispatcher's holds and
// deadlines read the time through it, so tests can move time by hand.
class Clock
{
public:
    // Told when a clock moved by hand jumped (a test's clock): timers on that clock fire what fell due.
    class Watcher
    {
    public:
        virtual ~Watcher() = default;
        virtual void timeMoved() = 0;
    };

    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC

    // True for a clock that only moves when told to (tests): a ClockTimer then waits for the clock,
    // not for real time. Such a clock calls its watchers' timeMoved() after every move.
    virtual bool movesByHand() const { return false; }
    virtual void addWatcher(Watcher* watcher) const { Q_UNUSED(watcher) }
    virtual void removeWatcher(Watcher* watcher) const { Q_UNUSED(watcher) }
};
