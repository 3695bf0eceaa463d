#pragma once

#include "Backoff.h"
#include "ClockTimer.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

class Clock;
class CrmClient;
class QRandomGenerator;
struct CrmResponse;

// Contract §2b (v1.1): one long-poll for the queues of all SDRs served here
// (GET /api/sender/queue/changes). The CRM answers as soon as a listed SDR's queue changed, or after
// `wait` seconds with nothing; every answer is followed at once by the next request with the new
// cursor, so exactly one request is open while the feed runs (also across stop()/start(): a new
// one waits for the old one's answer).
//
// queuesChanged() says which queues to fetch now. While the feed is healthy (its last answer was
// good) the timer polls of the SDRs it covers are only a safety net; when it fails it says so at
// once (coverageChanged) and the normal timer cadence takes over: 5xx, timeouts and network errors
// are retried with backoff; a 404 (a CRM without the feed) stops it for kMissingRetryMs; a 401
// leaves it stopped until start() is called again (the engine does so when a new token is set).
class QueueChangeFeed : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultWaitSecs = 25;
    // The client gives the server this much longer than `wait` before it calls it a timeout.
    static constexpr int kTimeoutMarginMs = 10 * 1000;
    static constexpr int kMissingRetryMs = 30 * 60 * 1000;
    // An empty answer that comes sooner than this did not wait (a proxy or a CRM that ignores
    // `wait`): the next request is held back (with backoff) instead of looping.
    static constexpr int kMinEmptyAnswerMs = 1000;

    // The waits between requests (backoff, the 404 pause) are on `clock`.
    QueueChangeFeed(CrmClient* crm, const Clock* clock, QRandomGenerator* random = nullptr,
                    QObject* parent = nullptr);

    // Seconds the CRM may hold a request (1..30; tests shorten it).
    void setWaitSecs(int secs);
    int waitSecs() const { return m_waitSecs; }
    void setBackoff(qint64 baseMs, qint64 capMs);
    void setMissingRetryMs(int ms) { m_missingRetryMs = ms; }

    // The SDRs to watch (those whose queues are polled here). A change while a request is open takes
    // effect with the next request (at most `wait` seconds later); until then an added SDR is not
    // covered, so it keeps its normal timer cadence.
    void setSdrIds(const QStringList& sdrIds);
    QStringList sdrIds() const { return m_sdrIds; }

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    bool isHealthy() const { return m_healthy; }
    // The CRM answered 404: it has no feed (tried again after kMissingRetryMs or the next start()).
    bool isMissing() const { return m_missing; }
    bool isInFlight() const { return m_inFlight; }
    // The feed watches this SDR now: healthy, and the SDR is in the open request.
    bool covers(const QString& sdrId) const;
    QString cursor() const { return m_cursor; }

    // Parses an answer; false for an unknown shape.
    static bool parseAnswer(const QByteArray& body, QString* cursor, QStringList* sdrIds);

signals:
    // Fetch these SDRs' queues now (an id may name an SDR that is not served here).
    void queuesChanged(const QStringList& sdrIds);
    // covers() may have changed for some SDR.
    void coverageChanged();
    // A 404: the CRM has no feed; timer polling carries on alone.
    void unavailable();

private:
    void request();
    void scheduleRequest(qint64 delayMs);
    void onAnswer(quint64 generation, const CrmResponse& response);
    void setHealthy(bool healthy);
    void setRequested(const QStringList& sdrIds);

    CrmClient* m_crm;
    QRandomGenerator* m_random;
    Backoff m_backoff;
    Backoff m_emptyBackoff; // answers that did not wait
    ClockTimer m_timer;
    // How long the CRM really held the open request (real time: it measures the server, not a
    // schedule of ours).
    QElapsedTimer m_requestTimer;
    QStringList m_sdrIds;
    QStringList m_requested; // the SDRs of the open (or last) request
    QString m_cursor;
    int m_waitSecs = kDefaultWaitSecs;
    int m_missingRetryMs = kMissingRetryMs;
    bool m_running = false;
    bool m_inFlight = false;
    bool m_healthy = false;
    bool m_missing = false;
    quint64 m_generation = 0; // bumped by stop(): answers to older requests are not acted on
};
