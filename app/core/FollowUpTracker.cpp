#include "FollowUpTracker.h"

#include "ActivityLog.h"
#include "Clock.h"
#include "Logging.h"
#include "Phone.h"
#include "Settings.h"
#include "Store.h"
#include "SuppressionList.h"

#include <QSet>
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

QStringList FollowUpTracker::watchedSdrs() const
{
    return m_repository.watchedSdrs(m_clock->now().addDays(-watchDays()));
}

QVector<FollowUpLead> FollowUpTracker::followUpLeads(const QString& sdrId) const
{
    const int days = watchDays();
    QVector<FollowUpLead> leads = m_repository.watched(sdrId, m_clock->now().addDays(-days));
    for (FollowUpLead& lead : leads)
        lead.watchUntil = lead.sentAt.addDays(days);
    return leads;
}

QVector<WatchedLead> FollowUpTracker::watchedLeads(const QString& sdrId) const
{
    QVector<WatchedLead> result;
    for (const FollowUpLead& lead : followUpLeads(sdrId)) {
        WatchedLead watched;
        watched.leadId = lead.leadId;
        watched.phoneDigits = Phone::digits(lead.phone);
        watched.text = lead.message;
        watched.sentAt = lead.sentAt;
        watched.delivered = lead.deliveredKnown();
        watched.read = lead.readKnown();
        watched.replied = lead.repliedKnown();
        result.append(watched);
    }
    return result;
}

bool FollowUpTracker::queue(const FollowUpLead& lead, FollowUpEvent event, const QDateTime& at,
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

FollowUpTracker::Result FollowUpTracker::record(const QString& sdrId, const FollowUpObservation& observation)
{
    const QDateTime now = m_clock->now();
    QVector<FollowUpLead> leads = m_repository.watched(sdrId, now.addDays(-watchDays()));
    leads.erase(std::remove_if(leads.begin(), leads.end(),
                               [&](const FollowUpLead& lead) { return lead.leadId != observation.leadId; }),
                leads.end());
    const QDateTime seenAt = observation.seenAt.isValid() ? observation.seenAt.toUTC() : now;
    QVector<Step> steps;
    if (observation.read)
        steps.append({Observed::Read, seenAt, {}});
    else if (observation.delivered)
        steps.append({Observed::Delivered, seenAt, {}});
    if (observation.replied)
        steps.append({Observed::Replied, observation.replyAt.isValid() ? observation.replyAt.toUTC() : seenAt,
                      observation.replyText});
    if (leads.isEmpty() || steps.isEmpty()) {
        Result result;
        result.ok = true; // not watched (any more), or nothing seen: nothing to store
        return result;
    }
    return apply(sdrId, leads.first().phone, leads, steps);
}

FollowUpTracker::Result FollowUpTracker::recordObservation(const QString& sdrId, const QString& phone,
                                                           Observed kind, const QDateTime& at,
                                                           const QString& text)
{
    const auto normalized = Phone::normalize(phone);
    if (!normalized) {
        Result result;
        result.error = QStringLiteral("not a phone number");
        return result;
    }
    const QDateTime now = m_clock->now();
    return apply(sdrId, *normalized, m_repository.watched(sdrId, now.addDays(-watchDays()), *normalized),
                 {{kind, at.isValid() ? at.toUTC() : now, kind == Observed::Replied ? text : QString()}});
}

FollowUpTracker::Result FollowUpTracker::apply(const QString& sdrId, const QString& phone,
                                               QVector<FollowUpLead> leads, const QVector<Step>& steps)
{
    Result result;
    const QDateTime now = m_clock->now();
    QString optOutText;
    QString optOutPhrase;
    for (const Step& step : steps) {
        if (step.kind != Observed::Replied)
            continue;
        const QString phrase = m_detector.matchedPhrase(cutText(step.text, MaxReplyChars));
        if (!phrase.isEmpty()) {
            optOutPhrase = phrase;
            optOutText = cutText(step.text, MaxReplyChars);
        }
    }
    result.optedOut = !optOutPhrase.isEmpty();

    QSqlDatabase db = m_store->database();
    if (!db.transaction()) {
        result.error = db.lastError().text();
        return result;
    }
    bool ok = true;
    QSet<QString> touched;
    QStringList repliedLeads;
    for (const Step& step : steps) {
        for (const FollowUpLead& lead : std::as_const(leads)) {
            // Only a message after a lead's send is a reply to it.
            if (step.kind == Observed::Replied && lead.sentAt.addSecs(-ReplyClockToleranceSecs) > step.at)
                continue;
            touched.insert(lead.leadId);
            // WhatsApp never shows an event before the send; a page clock behind ours must not either.
            const QDateTime eventAt = std::max(step.at, lead.sentAt);
            ok = m_repository.ensureRow(lead, now);
            bool changed = false;
            switch (step.kind) {
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
            case Observed::Replied: {
                const QString reply = cutText(step.text, MaxReplyChars);
                ok = ok && m_repository.setReplied(lead.leadId, eventAt, reply, &changed);
                if (ok && changed) {
                    ok = queue(lead, FollowUpEvent::Replied, eventAt, reply, now, &result);
                    repliedLeads << lead.leadId;
                }
                if (ok && result.optedOut) {
                    ok = m_repository.setOptedOut(lead.leadId, eventAt, &changed);
                    if (ok && changed)
                        ok = queue(lead, FollowUpEvent::OptedOut, eventAt, optOutText, now, &result);
                }
                break;
            }
            }
            if (!ok)
                break;
        }
        if (!ok)
            break;
    }
    result.leads = int(touched.size());
    QString optOutLead;
    for (const FollowUpLead& lead : std::as_const(leads)) {
        if (touched.contains(lead.leadId)) {
            optOutLead = lead.leadId; // the newest lead the reply concerned
            break;
        }
    }
    if (ok && result.optedOut) {
        // Team-wide: no SDR of this app messages this phone again.
        const auto added =
            m_suppression->add(phone, SuppressionList::Source::OptOut,
                               tr("opt-out reply (\"%1\")").arg(optOutPhrase), optOutLead, sdrId);
        ok = added == SuppressionList::AddResult::Added || added == SuppressionList::AddResult::AlreadyListed;
        result.newlySuppressed = added == SuppressionList::AddResult::Added;
        if (ok && m_activity && result.newlySuppressed)
            ok = m_activity->add(
                sdrId, QStringLiteral("fail"),
                optOutLead.isEmpty()
                    ? tr("%1 asked not to be contacted again; no SDR will message it.").arg(phone)
                    : tr("Lead %1 (%2) asked not to be contacted again; no SDR will message "
                         "it.")
                          .arg(optOutLead, phone));
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
    if (!result.queued.isEmpty() || result.optedOut)
        qCInfo(lcFollowUp) << sdrId << "observation applied to" << result.leads << "lead(s),"
                           << result.queued.size() << "event(s) queued"
                           << (result.optedOut ? "(opt-out)" : "");
    if (!result.queued.isEmpty())
        emit eventsQueued(sdrId);
    for (const QString& leadId : std::as_const(repliedLeads))
        emit replied(sdrId, leadId);
    if (result.optedOut)
        emit optedOut(sdrId, optOutLead, phone);
    return result;
}
