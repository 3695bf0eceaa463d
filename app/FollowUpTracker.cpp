#include "FollowUpTracker.h"

#include "ActivityLog.h"
#include "Clock.h"
#include "Logging.h"
#include "Phone.h"
#include "Settings.h"
#include "Store.h"
#include "SuppressionList.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace {
// At most `max` UTF-16 units, never ending in half a surrogate pair (an emoji cut in two).
QString cutText(const QString& text, int max)
{
    if (text.size() <= max)
        return text;
    int end = max;
    if (text.at(end - 1).isHighSurrogate())
        --end;
    return text.left(end);
}
} // namespace

FollowUpTracker::FollowUpTracker(Store* store, Settings* settings, const Clock* clock,
                                 SuppressionList* suppression, ActivityLog* activity, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(settings)
    , m_clock(clock)
    , m_suppression(suppression)
    , m_activity(activity)
    , m_repository(store)
{
}

int FollowUpTracker::watchDays() const
{
    return qMax(1, m_settings->intValue(SettingKeys::FollowUpWatchDays));
}

QVector<WatchedLead> FollowUpTracker::watchedLeads(const QString& sdrId) const
{
    const int days = watchDays();
    QVector<WatchedLead> leads = m_repository.watched(sdrId, m_clock->now().addDays(-days));
    for (WatchedLead& lead : leads)
        lead.watchUntil = lead.sentAt.addDays(days);
    return leads;
}

bool FollowUpTracker::queue(const WatchedLead& lead, FollowUpEvent event, const QDateTime& at,
                            const QString& text, const QDateTime& now, Result* result)
{
    LeadEvent pending;
    pending.leadId = lead.leadId;
    pending.sdrId = lead.sdrId;
    pending.attemptId = lead.attemptId;
    pending.event = followUpEventName(event);
    pending.at = at;
    pending.text = text;
    bool added = false;
    if (!m_repository.enqueueEvent(pending, now, &added))
        return false;
    if (added)
        result->queued.append(pending);
    return true;
}

FollowUpTracker::Result FollowUpTracker::recordObservation(const QString& sdrId, const QString& phone,
                                                           Observed kind, const QDateTime& at,
                                                           const QString& text)
{
    Result result;
    const auto normalized = Phone::normalize(phone);
    if (!normalized) {
        result.error = QStringLiteral("not a phone number");
        return result;
    }
    const QDateTime now = m_clock->now();
    const QDateTime when = at.isValid() ? at.toUTC() : now;
    QVector<WatchedLead> leads = m_repository.watched(sdrId, now.addDays(-watchDays()), *normalized);
    if (kind == Observed::Replied) {
        // Only a message after a lead's send is a reply to it.
        leads.erase(std::remove_if(leads.begin(), leads.end(),
                                   [&](const WatchedLead& lead) {
                                       return lead.sentAt.addSecs(-ReplyClockToleranceSecs) > when;
                                   }),
                    leads.end());
    }
    const QString reply = kind == Observed::Replied ? cutText(text, MaxReplyChars) : QString();
    const QString optOutPhrase = kind == Observed::Replied ? m_detector.matchedPhrase(reply) : QString();
    result.optedOut = !optOutPhrase.isEmpty();
    result.leads = int(leads.size());
    if (leads.isEmpty() && !result.optedOut) {
        result.ok = true; // nothing watched there: nothing to store
        return result;
    }

    QSqlDatabase db = m_store->database();
    if (!db.transaction()) {
        result.error = db.lastError().text();
        return result;
    }
    bool ok = true;
    QStringList repliedLeads;
    for (const WatchedLead& lead : std::as_const(leads)) {
        // WhatsApp never shows an event before the send; a page clock behind ours must not either.
        const QDateTime eventAt = std::max(when, lead.sentAt);
        ok = m_repository.ensureRow(lead, now);
        bool changed = false;
        switch (kind) {
        case Observed::Read:
            // Delivered comes first in the CRM's order: a read seen first means it was delivered.
            ok = ok && m_repository.setDelivered(lead.leadId, eventAt, &changed);
            if (ok && changed)
                ok = queue(lead, FollowUpEvent::Delivered, eventAt, {}, now, &result);
            ok = ok && m_repository.setRead(lead.leadId, eventAt, &changed);
            if (ok && changed)
                ok = queue(lead, FollowUpEvent::Read, eventAt, {}, now, &result);
            break;
        case Observed::Delivered:
            ok = ok && m_repository.setDelivered(lead.leadId, eventAt, &changed);
            if (ok && changed)
                ok = queue(lead, FollowUpEvent::Delivered, eventAt, {}, now, &result);
            break;
        case Observed::Replied:
            ok = ok && m_repository.setReplied(lead.leadId, eventAt, reply, &changed);
            if (ok && changed) {
                ok = queue(lead, FollowUpEvent::Replied, eventAt, reply, now, &result);
                repliedLeads << lead.leadId;
            }
            if (ok && result.optedOut) {
                ok = m_repository.setOptedOut(lead.leadId, eventAt, &changed);
                if (ok && changed)
                    ok = queue(lead, FollowUpEvent::OptedOut, eventAt, reply, now, &result);
            }
            break;
        }
        if (!ok)
            break;
    }
    if (ok && result.optedOut) {
        // Team-wide: no SDR of this app messages this phone again.
        const QString leadId = leads.isEmpty() ? QString() : leads.first().leadId;
        const auto added = m_suppression->add(*normalized, SuppressionList::Source::OptOut,
                                              tr("opt-out reply (\"%1\")").arg(optOutPhrase), leadId, sdrId);
        ok = added == SuppressionList::AddResult::Added || added == SuppressionList::AddResult::AlreadyListed;
        result.newlySuppressed = added == SuppressionList::AddResult::Added;
        if (ok && m_activity)
            ok = m_activity->add(
                sdrId, QStringLiteral("fail"),
                leadId.isEmpty()
                    ? tr("%1 asked not to be contacted again; no SDR will message it.").arg(*normalized)
                    : tr("Lead %1 (%2) asked not to be contacted again; no SDR will message "
                         "it.")
                          .arg(leadId, *normalized));
    }
    if (!ok || !db.commit()) {
        result.error = ok ? db.lastError().text() : m_repository.errorString();
        db.rollback();
        result.queued.clear();
        result.newlySuppressed = false;
        qCWarning(lcFollowUp) << "observation for" << sdrId << "not stored:" << result.error;
        return result;
    }
    result.ok = true;
    qCInfo(lcFollowUp) << sdrId << "observation" << kind << "applied to" << result.leads << "lead(s),"
                       << result.queued.size() << "event(s) queued" << (result.optedOut ? "(opt-out)" : "");
    if (!result.queued.isEmpty())
        emit eventsQueued(sdrId);
    for (const QString& leadId : std::as_const(repliedLeads))
        emit replied(sdrId, leadId);
    if (result.optedOut)
        emit optedOut(sdrId, leads.isEmpty() ? QString() : leads.first().leadId, *normalized);
    return result;
}
