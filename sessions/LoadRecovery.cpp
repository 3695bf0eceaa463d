#include "LoadRecovery.h"

LoadRecovery::LoadRecovery(QObject* parent)
    : LoadRecovery(Delays(), nullptr, parent)
{
}

LoadRecovery::LoadRecovery(const Delays& delays, QRandomGenerator* random, QObject* parent)
    : QObject(parent)
    , m_loadBackoff(delays.retryBaseMs, delays.retryCapMs, random)
    , m_crashBackoff(delays.crashBaseMs, delays.crashCapMs, random)
{
    m_retry.setSingleShot(true);
    m_reload.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &LoadRecovery::retryDue);
    connect(&m_reload, &QTimer::timeout, this, &LoadRecovery::reloadDue);
}

qint64 LoadRecovery::loadFailed()
{
    const qint64 delay = m_loadBackoff.nextDelay();
    m_retry.start(int(delay));
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
    m_reload.start(int(delay));
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
