#pragma once

#include "Backoff.h"
#include "ClockTimer.h"

#include <QObject>

class Clock;
class QRandomGenerator;
class QueueSource;
class Router;
class Settings;

// Polls one SDR's queue. The interval is SettingKeys::PollIntervalSecs (read again before every
// poll, per-SDR overrides first); it stretches up to 4x while the queue is empty, backs off
// exponentially (with jitter, honouring Retry-After) while polls fail, and snaps back to the base
// interval as soon as there is work. A poll never starts while the previous one is in flight.
// While the queue-changes feed (contract §2b) watches the SDR, the timer poll is only a safety net
// (setSafetyNet): the feed says when to poll (pollNow), the timer catches what a feed might miss.
// Every wait is on the injected clock (tests move a ManualClock instead of sleeping).
class QueuePoller : public QObject
{
    Q_OBJECT
public:
    QueuePoller(const QString& sdrId, QueueSource* source, Router* router, Settings* settings,
                const Clock* clock, QRandomGenerator* random = nullptr, QObject* parent = nullptr);

    QString sdrId() const { return m_sdrId; }
    // First poll after initialDelayMs (pollers of several SDRs start staggered).
    void start(qint64 initialDelayMs = 0);
    void stop();
    bool isRunning() const { return m_running; }
    bool isInFlight() const { return m_inFlight; }
    // Poll as soon as the current one (if any) is done.
    void pollNow();
    qint64 currentIntervalMs() const { return m_intervalMs; }
    // On: the timer polls every safetyNetIntervalMs() only. Off again (the feed failed): the normal
    // cadence resumes at once, the next poll within one base interval.
    void setSafetyNet(bool on);
    bool isSafetyNet() const { return m_safetyNet; }
    static qint64 safetyNetIntervalMs(qint64 baseIntervalMs);
    int consecutiveFailures() const { return m_backoff.failures(); }

signals:
    void polled(const QString& sdrId, int newLeads, int entries);
    void pollFailed(const QString& sdrId, const QString& error);
    void unauthorized();
    // The CRM answered that this instance does not hold the SDR's claim (contract §5).
    void claimLost(const QString& sdrId);

private:
    void poll();
    void schedule(qint64 delayMs);
    qint64 baseIntervalMs() const;

    QString m_sdrId;
    QueueSource* m_source;
    Router* m_router;
    Settings* m_settings;
    QRandomGenerator* m_random;
    ClockTimer m_timer;
    Backoff m_backoff;
    bool m_running = false;
    bool m_inFlight = false;
    bool m_pollAgain = false;
    bool m_safetyNet = false;
    int m_emptyPolls = 0;
    quint64 m_generation = 0; // answers to polls from before a stop() are dropped
    qint64 m_intervalMs = 0;
};
