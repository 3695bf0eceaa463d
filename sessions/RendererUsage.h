#pragma once

#include <QString>

// Reads what one process (a session's renderer) costs from /proc: its memory (the proportional
// set size from smaps_rollup, or the resident set size from status where smaps_rollup is missing or
// unreadable) and its CPU time so far (utime + stime from stat). Two small reads per process, cheap
// enough for the UI thread every few seconds. The /proc root is injectable so tests can feed a fake
// tree.
class RendererUsage
{
public:
    struct Reading
    {
        bool ok = false;
        qint64 memoryKb = 0;
        bool proportional = false; // memoryKb is PSS (false: RSS)
        qint64 cpuTicks = -1;      // utime + stime in clock ticks; -1 when stat was unreadable
    };

    explicit RendererUsage(const QString& procRoot = QStringLiteral("/proc"));

    Reading read(qint64 pid) const;

    // CPU use between two readings as a percentage of one core (100 = one core busy all the time).
    // -1 when it cannot be told (no earlier reading, no time passed, the counter went back).
    static double cpuPercent(qint64 ticksBefore, qint64 ticksAfter, qint64 elapsedMs, long ticksPerSecond);
    static long ticksPerSecond();

private:
    QString m_procRoot;
};
