#pragma once

#include "CrmReportLoop.h"
#include "SliceSizer.h"

class Outbox;
struct CrmResponse;
struct OutboxEntry;

// Reports every final result (outbox rows in `sent` or `failed`) to the CRM (contract §3) with the
// row's attempt_id, until the CRM accepts it (200/204) or says the lead is no longer assigned
// (409). Failures are retried with capped exponential backoff honouring Retry-After; the schedule
// lives in the outbox rows (report_attempts, next_report_at), so retries survive restarts. Without
// a CRM (crm == nullptr) results are recorded locally: the rows move to `reported` at once.
class ResultReporter : public CrmReportLoop
{
    Q_OBJECT
public:
    ResultReporter(Outbox* outbox, CrmClient* crm, const Clock* clock, ActivityLog* activity = nullptr,
                   QRandomGenerator* random = nullptr, QObject* parent = nullptr);

signals:
    void reported(const QString& leadId, bool accepted); // accepted == false: 409
    void reportFailed(const QString& leadId, const QString& error);

private:
    Step postDue(const QDateTime& now) override;
    QDateTime nextDue() const override;
    void handle(const OutboxEntry& entry, const CrmResponse& response);
    void storeFailed(const OutboxEntry& entry);

    Outbox* m_outbox;
    // CRM-less: rows made final per step, sized to about LocalStepMs of the UI thread.
    static constexpr int LocalStepMs = 8;
    SliceSizer m_localSteps{LocalStepMs, 16, 1, 500};
};
