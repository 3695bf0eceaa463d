#pragma once

#include <QDateTime>

// Injectable time source: pacing, caps, working hours and hibernation read the time through it,
// so tests can move time by hand.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
};
