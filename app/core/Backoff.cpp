#include "Backoff.h"

#include <QRandomGenerator>

#include <algorithm>

Backoff::Backoff(qint64 baseMs, qint64 capMs, QRandomGenerator* random)
    : m_baseMs(std::max<qint64>(1, baseMs))
    , m_capMs(std::max(capMs, m_baseMs))
    , m_random(random ? random : QRandomGenerator::global())
{
}

qint64 Backoff::delayFor(int failures, qint64 retryAfterMs) const
{
    qint64 ceiling = m_baseMs;
    for (int i = 0; i < failures && ceiling < m_capMs; ++i)
        ceiling *= 2;
    ceiling = std::min(ceiling, m_capMs);
    // Jitter spreads the retries of many SDRs/clients so they do not hit the server together.
    const qint64 half = ceiling / 2;
    const qint64 delay = half + qint64(m_random->bounded(double(ceiling - half + 1)));
    return std::max(delay, retryAfterMs);
}

qint64 Backoff::nextDelay(qint64 retryAfterMs)
{
    const qint64 delay = delayFor(m_failures, retryAfterMs);
    ++m_failures;
    return delay;
}
