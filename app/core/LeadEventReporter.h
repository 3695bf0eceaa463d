#pragma once

#include "CrmReportLoop.h"

class FollowUpRepository;
struct CrmResponse;
struct LeadEvent;

// Reports the lead events the follow-up tracker queued (table lead_events) to the CRM (contract §6),
// oldest first, and a lead's events in the order they were observed (a later event of a lead waits
// while an earlier one is retried). 200/204: reported; 404: the CRM does not know the lead, the
// event is dropped; network errors, 5xx, 429 and other 4xx: retried with capped backoff honouring
// Retry-After, the schedule kept in the rows so retries survive restarts; 401: kept until a new
// token (the engine pauses reporting). Without a CRM the events are final at once.
class LeadEventReporter : public CrmReportLoop
{
    Q_OBJECT
public:
    LeadEventReporter(FollowUpRepository* repository, CrmClient* crm, const Clock* clock,
                      ActivityLog* activity = nullptr, QRandomGenerator* random = nullptr,
                      QObject* parent = nullptr);

signals:
    void reported(const QString& leadId, const QString& event, bool accepted); // accepted false: 404
    void reportFailed(const QString& leadId, const QString& event, const QString& error);

private:
    Step postDue(const QDateTime& now) override;
    QDateTime nextDue() const override;
    void handle(const LeadEvent& event, const CrmResponse& response);
    void storeFailed(const QString& sdrId);

    FollowUpRepository* m_repository;
};
