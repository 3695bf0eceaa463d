#include "ResultReporter.h"

#include "ActivityLog.h"
#include "Clock.h"
#include "CrmClient.h"
#include "Logging.h"
#include "Outbox.h"
#include "Store.h"

#include <QElapsedTimer>
#include <QSqlDatabase>

ResultReporter::ResultReporter(Outbox* outbox, CrmClient* crm, const Clock* clock, ActivityLog* activity,
                               QRandomGenerator* random, QObject* parent)
    : CrmReportLoop(crm, clock, activity, random, &lcReport, parent)
    , m_outbox(outbox)
{
}

QDateTime ResultReporter::nextDue() const
{
    return m_outbox->nextReportDue();
}

CrmReportLoop::Step ResultReporter::postDue(const QDateTime& now)
{
    // CRM-less: a step of about LocalStepMs (one transaction), so a backlog never holds the UI thread
    // for long.
    QElapsedTimer step; // the whole step, the look for due rows too
    step.start();
    const auto due = m_outbox->pendingReports(now, crm() ? 1 : int(m_localSteps.next()));
    if (due.isEmpty())
        return Step::NothingDue;
    if (!crm()) {
        // CRM-less mode: nobody to report to; the result is recorded here and the row is final.
        // The batch in one transaction: one commit instead of one per row (when every commit was
        // synced, 200 rows were a stall of seconds on the UI thread, issue 13). Said only once
        // committed; a failed commit leaves the rows due, to be recorded at the next step.
        QSqlDatabase db = m_outbox->store() ? m_outbox->store()->database() : QSqlDatabase();
        const bool batched = db.isOpen() && db.transaction();
        QStringList recorded;
        for (const OutboxEntry& entry : due) {
            if (m_outbox->markReported(entry.leadId, QString())) {
                recorded << entry.leadId;
            } else if (m_outbox->lastWriteFailed()) {
                if (batched)
                    db.rollback();
                storeFailed(entry);
                return Step::StoreFailed;
            }
        }
        if (batched && !db.commit()) {
            db.rollback();
            storeFailed(due.first());
            return Step::StoreFailed;
        }
        m_localSteps.measured(due.size(), step.nsecsElapsed());
        for (const QString& leadId : std::as_const(recorded))
            emit reported(leadId, true);
        return Step::RecordedLocally;
    }
    const OutboxEntry entry = due.first();
    posting();
    crm()->postResult(entry.leadId, CrmClient::resultPayload(entry), this,
                      [this, entry](const CrmResponse& response) {
                          answered();
                          handle(entry, response);
                      });
    return Step::Posted;
}

void ResultReporter::storeFailed(const OutboxEntry& entry)
{
    CrmReportLoop::storeFailed(
        entry.sdrId, QStringLiteral("the report of %1").arg(entry.leadId), m_outbox->errorString(),
        tr("Cannot write the local store (%1); reporting waits.").arg(m_outbox->errorString()));
}

void ResultReporter::handle(const OutboxEntry& entry, const CrmResponse& response)
{
    using Kind = CrmResponse::Kind;
    switch (response.kind) {
    case Kind::Ok:
        if (!m_outbox->markReported(entry.leadId) && m_outbox->lastWriteFailed())
            return storeFailed(entry); // the CRM de-duplicates the repeat by attempt_id
        qCInfo(lcReport) << "result of" << entry.leadId << "accepted";
        emit reported(entry.leadId, true);
        settled();
        return;
    case Kind::Conflict:
        // The lead is not this SDR's any more. A sent lead stays sent; either way the CRM does not
        // want this result, so the row is final.
        if (!m_outbox->markReported(entry.leadId,
                                    QStringLiteral("CRM: no longer assigned to this SDR (409)")) &&
            m_outbox->lastWriteFailed())
            return storeFailed(entry);
        if (activity())
            activity()->add(entry.sdrId, QStringLiteral("report"),
                            tr("The CRM no longer assigns lead %1 to this SDR (409).").arg(entry.leadId));
        emit reported(entry.leadId, false);
        settled();
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
    const qint64 delay = retryDelay(entry.reportAttempts, response.retryAfterMs);
    if (!m_outbox->scheduleReportRetry(entry.leadId, clock()->now().addMSecs(delay))) {
        // Without its new time the row would be due again at once: wait here instead.
        emit reportFailed(entry.leadId, response.errorString);
        return storeFailed(entry);
    }
    qCInfo(lcReport) << "result of" << entry.leadId << "not accepted:" << response.errorString << "- retry in"
                     << delay << "ms";
    if (activity() && entry.reportAttempts % 10 == 0)
        activity()->add(
            entry.sdrId, QStringLiteral("report"),
            tr("Reporting lead %1 failed (%2); retrying.").arg(entry.leadId, response.errorString));
    emit reportFailed(entry.leadId, response.errorString);
    kick();
}
