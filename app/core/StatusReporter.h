#pragma once

#include "ReportPump.h"

#include "Backoff.h"
#include "ClockTimer.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>

class Clock;
class ConnectionStatusRepository;
class CrmClient;
class QRandomGenerator;
struct ConnectionStatus;

// PUTs each SDR's WhatsApp connection status to the CRM (contract §4) whenever it changes
// (ConnectionStatusRepository::statusSaved with reportPending) and retries like results: backoff
// with jitter per SDR, Retry-After honoured, the pending flag in SQLite so it survives restarts.
// markReported() only clears the flag of the version that was sent, so a change made while a PUT
// was in flight is sent too.
class StatusReporter : public QObject
{
    Q_OBJECT
public:
    StatusReporter(ConnectionStatusRepository* statuses, CrmClient* crm, const Clock* clock,
                   QRandomGenerator* random = nullptr, QObject* parent = nullptr);

    void start();
    void stop();
    void setPaused(bool paused);
    void kick();
    void setBackoff(qint64 baseMs, qint64 capMs);
    // Contract v1.1: the app instance's id in every PUT (sender_id).
    void setSenderId(const QString& senderId) { m_senderId = senderId; }
    // Every SDR's status is PUT again at start() and then at this interval (at most 10 minutes).
    void setHeartbeatMs(qint64 ms);
    // Clean shutdown: PUTs every SDR's status with sender_online false and waits for the answers
    // (at most timeoutMs, events run meanwhile).
    void goOffline(int timeoutMs = 3000);

signals:
    void statusReported(const QString& sdrId);
    void statusReportFailed(const QString& sdrId, const QString& error);

private:
    void next();
    void heartbeat();
    QJsonObject payload(const ConnectionStatus& status, bool online) const;

    ConnectionStatusRepository* m_statuses;
    CrmClient* m_crm;
    const Clock* m_clock;
    QRandomGenerator* m_random;
    qint64 m_backoffBaseMs = 2000;
    qint64 m_backoffCapMs = 10 * 60 * 1000;
    QHash<QString, int> m_failures;
    QHash<QString, QDateTime> m_notBefore;
    ReportPump m_pump{m_clock, [this] {
                          next();
                      }};
    bool m_inFlight = false;
    QString m_senderId;
    ClockTimer m_heartbeat; // on the clock: a test moves it past the interval
    qint64 m_heartbeatMs = 10 * 60 * 1000;
    QSet<QString> m_heartbeatDue;
};
