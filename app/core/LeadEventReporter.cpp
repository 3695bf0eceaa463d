#include "LeadEventReporter.h"

#include "ActivityLog.h"
#include "Clock.h"
#include "CrmClient.h"
#include "FollowUpRepository.h"
#include "Logging.h"

LeadEventReporter::LeadEventReporter(FollowUpRepository* repository, CrmClient* crm, const Clock* clock,
                                     ActivityLog* activity, QRandomGenerator* random, QObject* parent)
    : CrmReportLoop(crm, clock, activity, random, &lcFollowUp, parent)
    , m_repository(repository)
{
}

QDateTime LeadEventReporter::nextDue() const
{
    return m_repository->nextEventDue();
}

CrmReportLoop::Step LeadEventReporter::postDue(const QDateTime& now)
{
    const auto due = m_repository->dueEvents(now, crm() ? 1 : 200);
    if (due.isEmpty())
        return Step::NothingDue;
    if (!crm()) {
        // CRM-less mode: the events stay in the store for the screens; nobody to tell.
        for (const LeadEvent& event : due) {
            if (!m_repository->markEventReported(event.id, now)) {
                storeFailed(QString());
                return Step::StoreFailed;
            }
            emit reported(event.leadId, event.event, true);
        }
        return Step::RecordedLocally;
    }
    const LeadEvent event = due.first();
    posting();
    crm()->postLeadEvent(event.leadId, CrmClient::leadEventPayload(event), this,
                         [this, event](const CrmResponse& response) {
                             answered();
                             handle(event, response);
                         });
    return Step::Posted;
}

void LeadEventReporter::storeFailed(const QString& sdrId)
{
    CrmReportLoop::storeFailed(sdrId, QStringLiteral("a lead event's report"), m_repository->errorString(),
                               tr("Cannot write the local store (%1); reporting lead events waits.")
                                   .arg(m_repository->errorString()));
}

void LeadEventReporter::handle(const LeadEvent& event, const CrmResponse& response)
{
    using Kind = CrmResponse::Kind;
    if (response.kind == Kind::Ok) {
        if (!m_repository->markEventReported(event.id, clock()->now()))
            return storeFailed(QString()); // posted again later: the CRM de-duplicates (lead, event)
        qCInfo(lcFollowUp) << "event" << event.event << "of" << event.leadId << "accepted";
        emit reported(event.leadId, event.event, true);
        settled();
        return;
    }
    if (response.kind == Kind::ClientError && response.httpStatus == 404) {
        // The contract: the CRM does not know the lead. Nothing will change that; drop the event.
        if (!m_repository->markEventDropped(event.id, QStringLiteral("CRM: unknown lead (404)")))
            return storeFailed(QString());
        qCInfo(lcFollowUp) << "event" << event.event << "of" << event.leadId << "dropped: 404";
        emit reported(event.leadId, event.event, false);
        settled();
        return;
    }
    if (response.kind == Kind::Unauthorized || response.kind == Kind::Suspended) {
        // Kept; the engine pauses reporting until a new token is set.
        emit reportFailed(event.leadId, event.event, response.errorString);
        return;
    }
    const qint64 delay = retryDelay(event.reportAttempts, response.retryAfterMs);
    if (!m_repository->scheduleEventRetry(event.id, clock()->now().addMSecs(delay))) {
        emit reportFailed(event.leadId, event.event, response.errorString);
        return storeFailed(QString());
    }
    qCInfo(lcFollowUp) << "event" << event.event << "of" << event.leadId
                       << "not accepted:" << response.errorString << "- retry in" << delay << "ms";
    if (activity() && event.reportAttempts % 10 == 0)
        activity()->add(event.sdrId, QStringLiteral("report"),
                        tr("Reporting the %1 event of lead %2 failed (%3); retrying.")
                            .arg(event.event, event.leadId, response.errorString));
    emit reportFailed(event.leadId, event.event, response.errorString);
    kick();
}
