#pragma once

#include <QtGlobal>

class QRandomGenerator;

// Exponential backoff with jitter, capped: the n-th consecutive failure waits a random time in
// [d/2, d] where d = min(cap, base * 2^n). Retry-After from the server is a floor.
class Backoff
{
public:
    Backoff(qint64 baseMs, qint64 capMs, QRandomGenerator* random = nullptr);

    // Delay before the next try after one more failure (counts it).
    qint64 nextDelay(qint64 retryAfterMs = -1);
    // The delay for a given failure count without state (used for persisted report retries).
    qint64 delayFor(int failures, qint64 retryAfterMs = -1) const;
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }
    qint64 capMs() const { return m_capMs; }

private:
    qint64 m_baseMs;
    qint64 m_capMs;
    QRandomGenerator* m_random;
    int m_failures = 0;
};
