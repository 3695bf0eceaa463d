#pragma once

#include "ReportPump.h"

#include "Backoff.h"

#include <QObject>
#include <QTimer>

class ActivityLog;
class Clock;
class CrmClient;
class Outbox;
class QRandomGenerator;
struct CrmResponse;
struct OutboxEntry;

// Reports every final result (outbox rows in `sent` or `failed`) to the CRM (contract §3) with the
// row's attempt_id, one call at a time, until the CRM accepts it (200/204) or says the lead is no
// longer assigned (409). Failures are retried with capped exponential backoff honouring
// Retry-After; the schedule lives in the outbox rows (report_attempts, next_report_at), so retries
// survive restarts. Without a CRM (crm == nullptr) results are recorded locally: the rows move to
// `reported` at once.
class ResultReporter : public QObject
{
    Q_OBJECT
public:
    ResultReporter(Outbox* outbox, CrmClient* crm, const Clock* clock, ActivityLog* activity = nullptr,
                   QRandomGenerator* random = nullptr, QObject* parent = nullptr);

    void start();
    void stop();
    void setPaused(bool paused);
    // Results may be waiting: look now.
    void kick();
    bool isIdle() const { return !m_inFlight; }
    // Base of the retry backoff (tests shorten it).
    void setBackoff(qint64 baseMs, qint64 capMs);

signals:
    void reported(const QString& leadId, bool accepted); // accepted == false: 409
    void reportFailed(const QString& leadId, const QString& error);

private:
    void next();
    void handle(const OutboxEntry& entry, const CrmResponse& response);
    void storeFailed(const OutboxEntry& entry);

    Outbox* m_outbox;
    CrmClient* m_crm;
    const Clock* m_clock;
    ActivityLog* m_activity;
    QRandomGenerator* m_random;
    Backoff m_backoff;
    Backoff m_storeBackoff;
    ReportPump m_pump{[this] {
        next();
    }};
    bool m_inFlight = false;
};
