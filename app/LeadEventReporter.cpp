#include "LeadEventReporter.h"

#include "ActivityLog.h"
#include "Clock.h"
#include "CrmClient.h"
#include "FollowUpRepository.h"
#include "Logging.h"

namespace {
constexpr int kIdleRecheckMs = 60 * 1000;
}

LeadEventReporter::LeadEventReporter(FollowUpRepository* repository, CrmClient* crm, const Clock* clock,
                                     ActivityLog* activity, QRandomGenerator* random, QObject* parent)
    : QObject(parent)
    , m_repository(repository)
    , m_crm(crm)
    , m_clock(clock)
    , m_activity(activity)
    , m_random(random)
    , m_backoff(2000, 10 * 60 * 1000, random)
    , m_storeBackoff(2000, 5 * 60 * 1000, random)
{
}

void LeadEventReporter::setBackoff(qint64 baseMs, qint64 capMs)
{
    m_backoff = Backoff(baseMs, capMs, m_random);
}

void LeadEventReporter::start()
{
    m_pump.start();
}

void LeadEventReporter::stop()
{
    m_pump.stop();
}

void LeadEventReporter::setPaused(bool paused)
{
    m_pump.setPaused(paused);
}

void LeadEventReporter::kick()
{
    m_pump.kick();
}

void LeadEventReporter::next()
{
    if (!m_pump.canRun() || m_inFlight)
        return;
    const QDateTime now = m_clock->now();
    const auto due = m_repository->dueEvents(now, m_crm ? 1 : 200);
    if (due.isEmpty()) {
        const QDateTime nextDue = m_repository->nextEventDue();
        const qint64 wait = nextDue.isValid() ? std::max<qint64>(0, now.msecsTo(nextDue)) : kIdleRecheckMs;
        m_pump.runIn(std::min<qint64>(wait, kIdleRecheckMs));
        return;
    }
    if (!m_crm) {
        // CRM-less mode: the events stay in the store for the screens; nobody to tell.
        for (const LeadEvent& event : due) {
            if (!m_repository->markEventReported(event.id, now))
                return storeFailed();
            emit reported(event.leadId, event.event, true);
        }
        kick();
        return;
    }
    const LeadEvent event = due.first();
    m_inFlight = true;
    m_crm->postLeadEvent(event.leadId, CrmClient::leadEventPayload(event), this,
                         [this, event](const CrmResponse& response) {
                             m_inFlight = false;
                             handle(event, response);
                         });
}

void LeadEventReporter::storeFailed()
{
    // Without the row's new state the event would be due again at once: wait instead of looping.
    const qint64 delay = m_storeBackoff.nextDelay();
    qCWarning(lcFollowUp) << "cannot record a lead event's report:" << m_repository->errorString()
                          << "- next look in" << delay << "ms";
    if (m_activity && m_storeBackoff.failures() == 1)
        m_activity->add(QString(), QStringLiteral("error"),
                        tr("Cannot write the local store (%1); reporting lead events waits.")
                            .arg(m_repository->errorString()));
    m_pump.runIn(delay);
}

void LeadEventReporter::handle(const LeadEvent& event, const CrmResponse& response)
{
    using Kind = CrmResponse::Kind;
    if (response.kind == Kind::Ok) {
        if (!m_repository->markEventReported(event.id, m_clock->now()))
            return storeFailed(); // posted again later: the CRM de-duplicates (lead, event)
        m_storeBackoff.reset();
        qCInfo(lcFollowUp) << "event" << event.event << "of" << event.leadId << "accepted";
        emit reported(event.leadId, event.event, true);
        kick();
        return;
    }
    if (response.kind == Kind::ClientError && response.httpStatus == 404) {
        // The contract: the CRM does not know the lead. Nothing will change that; drop the event.
        if (!m_repository->markEventDropped(event.id, QStringLiteral("CRM: unknown lead (404)")))
            return storeFailed();
        qCInfo(lcFollowUp) << "event" << event.event << "of" << event.leadId << "dropped: 404";
        emit reported(event.leadId, event.event, false);
        kick();
        return;
    }
    if (response.kind == Kind::Unauthorized || response.kind == Kind::Suspended) {
        // Kept; the engine pauses reporting until a new token is set.
        emit reportFailed(event.leadId, event.event, response.errorString);
        return;
    }
    const qint64 delay = m_backoff.delayFor(event.reportAttempts, response.retryAfterMs);
    if (!m_repository->scheduleEventRetry(event.id, m_clock->now().addMSecs(delay))) {
        emit reportFailed(event.leadId, event.event, response.errorString);
        return storeFailed();
    }
    qCInfo(lcFollowUp) << "event" << event.event << "of" << event.leadId
                       << "not accepted:" << response.errorString << "- retry in" << delay << "ms";
    if (m_activity && event.reportAttempts % 10 == 0)
        m_activity->add(event.sdrId, QStringLiteral("report"),
                        tr("Reporting the %1 event of lead %2 failed (%3); retrying.")
                            .arg(event.event, event.leadId, response.errorString));
    emit reportFailed(event.leadId, event.event, response.errorString);
    kick();
}
