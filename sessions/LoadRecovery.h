#pragma once

#include "Backoff.h"
#include "ClockTimer.h"

#include <QObject>

class Clock;
class QRandomGenerator;

// When a session's page should load WhatsApp Web again after it went wrong, on app/core's Backoff:
// a load that failed (connection refused, HTTP 5xx) is retried after a growing delay, and a
// renderer that crashed is reloaded after one (a renderer that keeps crashing must not reload in a
// tight loop). Both start afresh once WhatsApp Web served its app again. It only says when
// (retryDue, reloadDue); the page decides whether a load still makes sense then. The delays run on
// the injected clock (tests move it instead of waiting).
class LoadRecovery : public QObject
{
    Q_OBJECT
public:
    struct Delays
    {
        qint64 retryBaseMs = 1000;
        qint64 retryCapMs = 60 * 1000;
        qint64 crashBaseMs = 500;
        qint64 crashCapMs = 30 * 1000;
    };

    explicit LoadRecovery(const Clock* clock, QObject* parent = nullptr);
    LoadRecovery(const Delays& delays, QRandomGenerator* random, const Clock* clock,
                 QObject* parent = nullptr);

    // The page did not load: retry after the next delay. Returns that delay.
    qint64 loadFailed();
    // A load succeeded: a pending retry is not needed (the backoff goes on until appServed).
    void loadSucceeded();
    // The renderer died: reload after the next delay. Returns that delay.
    qint64 crashed();
    // WhatsApp Web shows its app: the next failure or crash waits the shortest delay again.
    void appServed();
    // The page is gone (wiped, removed): nothing is due any more.
    void stop();

    bool isRetryPending() const { return m_retry.isActive(); }
    bool isReloadPending() const { return m_reload.isActive(); }
    int loadFailures() const { return m_loadBackoff.failures(); }
    int crashes() const { return m_crashBackoff.failures(); }

signals:
    void retryDue();
    void reloadDue();

private:
    Backoff m_loadBackoff;
    Backoff m_crashBackoff;
    ClockTimer m_retry;
    ClockTimer m_reload;
};
