#pragma once

#include "ReportPump.h"

#include "Backoff.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

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

signals:
    void statusReported(const QString& sdrId);
    void statusReportFailed(const QString& sdrId, const QString& error);

private:
    void next();

    ConnectionStatusRepository* m_statuses;
    CrmClient* m_crm;
    const Clock* m_clock;
    QRandomGenerator* m_random;
    qint64 m_backoffBaseMs = 2000;
    qint64 m_backoffCapMs = 10 * 60 * 1000;
    QHash<QString, int> m_failures;
    QHash<QString, QDateTime> m_notBefore;
    ReportPump m_pump{[this] {
        next();
    }};
    bool m_inFlight = false;
};
