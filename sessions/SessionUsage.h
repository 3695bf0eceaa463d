#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

// What one SDR's session costs, as SessionManager last sampled it. An asleep session (frozen or
// discarded) has no renderer to measure: awake is false and the figures mean nothing.
struct SessionUsage
{
    bool awake = false;
    qint64 pid = 0;            // its renderer process
    qint64 memoryKb = -1;      // -1: not measured yet (woken since the last sample)
    bool proportional = false; // memoryKb is PSS (false: RSS)
    double cpuPercent = -1;    // of one core since the previous sample; -1: not known yet
    QDateTime awakeSince;
};

using SessionUsageMap = QHash<QString, SessionUsage>; // by SDR id
