#include "LoadRecovery.h"

LoadRecovery::LoadRecovery(const Clock* clock, QObject* parent)
    : LoadRecovery(Delays(), nullptr, clock, parent)
{
}

LoadRecovery::LoadRecovery(const Delays& delays, QRandomGenerator* random, const Clock* clock,
                           QObject* parent)
    : QObject(parent)
    , m_loadBackoff(delays.retryBaseMs, delays.retryCapMs, random)
    , m_crashBackoff(delays.crashBaseMs, delays.crashCapMs, random)
    , m_retry(clock)
    , m_reload(clock)
{
    connect(&m_retry, &ClockTimer::timeout, this, &LoadRecovery::retryDue);
    connect(&m_reload, &ClockTimer::timeout, this, &LoadRecovery::reloadDue);
}

qint64 LoadRecovery::loadFailed()
{
    const qint64 delay = m_loadBackoff.nextDelay();
    m_retry.startIn(delay);
    return delay;
}

void LoadRecovery::loadSucceeded()
{
    m_retry.stop();
}

qint64 LoadRecovery::crashed()
{
    // A crash ends whatever load was pending: the reload replaces it.
    m_retry.stop();
    const qint64 delay = m_crashBackoff.nextDelay();
    m_reload.startIn(delay);
    return delay;
}

void LoadRecovery::appServed()
{
    m_loadBackoff.reset();
    m_crashBackoff.reset();
}

void LoadRecovery::stop()
{
    m_retry.stop();
    m_reload.stop();
}
