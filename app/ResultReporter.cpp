#include "ResultReporter.h"

#include "ActivityLog.h"
#include "Clock.h"
#include "CrmClient.h"
#include "Logging.h"
#include "Outbox.h"

namespace {
constexpr int kIdleRecheckMs = 60 * 1000;
}

ResultReporter::ResultReporter(Outbox* outbox, CrmClient* crm, const Clock* clock, ActivityLog* activity,
                               QRandomGenerator* random, QObject* parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_crm(crm)
    , m_clock(clock)
    , m_activity(activity)
    , m_random(random)
    , m_backoff(2000, 10 * 60 * 1000, random)
    , m_storeBackoff(2000, 5 * 60 * 1000, random)
{
}

void ResultReporter::setBackoff(qint64 baseMs, qint64 capMs)
{
    m_backoff = Backoff(baseMs, capMs, m_random);
}

void ResultReporter::start()
{
    m_pump.start();
}

void ResultReporter::stop()
{
    m_pump.stop();
}

void ResultReporter::setPaused(bool paused)
{
    m_pump.setPaused(paused);
}

void ResultReporter::kick()
{
    m_pump.kick();
}

void ResultReporter::next()
{
    if (!m_pump.canRun() || m_inFlight)
        return;
    const QDateTime now = m_clock->now();
    const auto due = m_outbox->pendingReports(now, m_crm ? 1 : 200);
    if (due.isEmpty()) {
        const QDateTime nextDue = m_outbox->nextReportDue();
        const qint64 wait = nextDue.isValid() ? std::max<qint64>(0, now.msecsTo(nextDue)) : kIdleRecheckMs;
        m_pump.runIn(std::min<qint64>(wait, kIdleRecheckMs));
        return;
    }
    if (!m_crm) {
        // CRM-less mode: nobody to report to; the result is recorded here and the row is final.
        for (const OutboxEntry& entry : due) {
            if (m_outbox->markReported(entry.leadId, QString()))
                emit reported(entry.leadId, true);
            else if (m_outbox->lastWriteFailed())
                return storeFailed(entry);
        }
        kick();
        return;
    }
    const OutboxEntry entry = due.first();
    m_inFlight = true;
    m_crm->postResult(entry.leadId, CrmClient::resultPayload(entry), this,
                      [this, entry](const CrmResponse& response) {
                          m_inFlight = false;
                          handle(entry, response);
                      });
}

void ResultReporter::storeFailed(const OutboxEntry& entry)
{
    // The row could not be written: it would be due again at once. Wait, with a growing delay,
    // instead of looping (or posting the same result again and again).
    const qint64 delay = m_storeBackoff.nextDelay();
    qCWarning(lcReport) << "cannot record the report of" << entry.leadId << ":" << m_outbox->errorString()
                        << "- next look in" << delay << "ms";
    if (m_activity && m_storeBackoff.failures() == 1)
        m_activity->add(
            entry.sdrId, QStringLiteral("error"),
            tr("Cannot write the local store (%1); reporting waits.").arg(m_outbox->errorString()));
    m_pump.runIn(delay);
}

void ResultReporter::handle(const OutboxEntry& entry, const CrmResponse& response)
{
    using Kind = CrmResponse::Kind;
    switch (response.kind) {
    case Kind::Ok:
        if (!m_outbox->markReported(entry.leadId) && m_outbox->lastWriteFailed())
            return storeFailed(entry); // the CRM de-duplicates the repeat by attempt_id
        m_storeBackoff.reset();
        qCInfo(lcReport) << "result of" << entry.leadId << "accepted";
        emit reported(entry.leadId, true);
        kick();
        return;
    case Kind::Conflict:
        // The lead is not this SDR's any more. A sent lead stays sent; either way the CRM does not
        // want this result, so the row is final.
        if (!m_outbox->markReported(entry.leadId,
                                    QStringLiteral("CRM: no longer assigned to this SDR (409)")) &&
            m_outbox->lastWriteFailed())
            return storeFailed(entry);
        if (m_activity)
            m_activity->add(entry.sdrId, QStringLiteral("report"),
                            tr("The CRM no longer assigns lead %1 to this SDR (409).").arg(entry.leadId));
        emit reported(entry.leadId, false);
        kick();
        return;
    case Kind::Unauthorized:
    case Kind::Suspended:
        // Keep the result; the engine pauses reporting until a new token is set.
        emit reportFailed(entry.leadId, response.errorString);
        return;
    default:
        break;
    }
    // Retried until accepted; never dropped. The attempt count is in the row, so the backoff
    // continues where it was after a restart.
    const qint64 delay = m_backoff.delayFor(entry.reportAttempts, response.retryAfterMs);
    if (!m_outbox->scheduleReportRetry(entry.leadId, m_clock->now().addMSecs(delay))) {
        // Without its new time the row would be due again at once: wait here instead.
        emit reportFailed(entry.leadId, response.errorString);
        return storeFailed(entry);
    }
    qCInfo(lcReport) << "result of" << entry.leadId << "not accepted:" << response.errorString << "- retry in"
                     << delay << "ms";
    if (m_activity && entry.reportAttempts % 10 == 0)
        m_activity->add(
            entry.sdrId, QStringLiteral("report"),
            tr("Reporting lead %1 failed (%2); retrying.").arg(entry.leadId, response.errorString));
    emit reportFailed(entry.leadId, response.errorString);
    kick();
}
