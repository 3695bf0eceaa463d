#include "Router.h"

#include "ActivityLog.h"
#include "Logging.h"
#include "Outbox.h"
#include "Store.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>

Router::Router(Outbox* outbox, ActivityLog* activity, QObject* parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_activity(activity)
{
}

Router::Summary Router::route(const QString& sdrId, const QueueFetch& fetch, const QString& source)
{
    Summary summary;
    if (!fetch.ok)
        return summary;
    // A page of leads in one transaction: one commit instead of one per lead (when every commit
    // was synced, that was 1-2 s of UI thread for a page of imported leads on a busy disk). Nothing is sent
    // before it commits: dispatchers pump from the event loop, never from inside this call. A
    // failed commit loses only `queued` rows, which the next poll brings again.
    QSqlDatabase db = m_outbox->store() ? m_outbox->store()->database() : QSqlDatabase();
    const bool batched = db.isOpen() && db.transaction();
    QSet<QString> returned;
    for (const Lead& lead : fetch.parsed.leads) {
        returned.insert(lead.id);
        // LeadParser already refused leads of other SDRs; this is the last line of defence.
        if (lead.sdrId != sdrId) {
            qCCritical(lcRouting) << "lead" << lead.id << "of" << lead.sdrId << "offered to" << sdrId
                                  << "- ignored";
            continue;
        }
        switch (m_outbox->enqueue(lead, source)) {
        case Outbox::Insert::Inserted:
            ++summary.queued;
            break;
        case Outbox::Insert::AlreadyKnown:
            ++summary.known;
            break;
        case Outbox::Insert::TakenOver:
            ++summary.queued;
            if (m_activity)
                m_activity->add(sdrId, QStringLiteral("queue"),
                                tr("Lead %1 was moved to this SDR; it will be sent from here.").arg(lead.id));
            break;
        case Outbox::Insert::ReportAgain:
            ++summary.known;
            if (m_activity)
                m_activity->add(sdrId, QStringLiteral("report"),
                                tr("Lead %1 was sent already; its result is reported again.").arg(lead.id));
            break;
        case Outbox::Insert::Error:
            break;
        }
    }
    int withoutId = 0;
    for (const RejectedLead& rejected : fetch.parsed.rejected) {
        if (rejected.id.isEmpty()) {
            ++withoutId;
            continue;
        }
        returned.insert(rejected.id);
        if (!rejected.assignedSdrId.isEmpty() && rejected.assignedSdrId != sdrId)
            emit otherSdrNamed(rejected.assignedSdrId);
        if (m_outbox->recordRejected(rejected, source) == Outbox::Insert::Inserted) {
            ++summary.rejected;
            qCInfo(lcRouting) << "lead" << rejected.id << "of" << sdrId << "rejected:" << rejected.error;
            if (m_activity)
                m_activity->add(
                    sdrId, QStringLiteral("fail"),
                    tr("Lead %1 not sent: %2 (%3)").arg(rejected.id, rejected.error, rejected.detail));
        }
    }
    if (withoutId > 0 && m_activity)
        m_activity->add(sdrId, QStringLiteral("error"),
                        tr("%n lead(s) without a usable id in the queue were ignored (cannot be reported).",
                           nullptr, withoutId));

    // When the answer was the whole queue, a lead still queued here but absent there was taken away
    // from this SDR (reassigned or withdrawn): it must not be sent any more.
    if (fetch.complete && source == QLatin1String("crm")) {
        for (const OutboxEntry& entry : m_outbox->entries(OutboxState::Queued, sdrId)) {
            if (entry.source == source && !returned.contains(entry.leadId) &&
                m_outbox->cancel(entry.leadId, QStringLiteral("no longer in the CRM queue of this SDR"))) {
                ++summary.cancelled;
                if (m_activity)
                    m_activity->add(sdrId, QStringLiteral("queue"),
                                    tr("Lead %1 is no longer assigned to this SDR; it will not be sent.")
                                        .arg(entry.leadId));
            }
        }
    }
    if (batched && !db.commit()) {
        qCWarning(lcRouting) << "cannot commit the routed page of" << sdrId << ":" << db.lastError().text();
        db.rollback();
        summary = Summary();
    }
    if (summary.queued > 0 || summary.rejected > 0)
        qCInfo(lcRouting) << sdrId << "queued" << summary.queued << "rejected" << summary.rejected;
    return summary;
}
