#include "Notifier.h"

#include "Clock.h"
#include "ConnectionStatusRepository.h"
#include "FollowUpTracker.h"
#include "LeadList.h"
#include "SdrRepository.h"
#include "StatePresentation.h"
#include "Store.h"
#include "UiLogging.h"

Notifier::Notifier(SdrRepository* sdrs, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_sdrs(sdrs)
    , m_clock(clock)
{
    if (m_sdrs)
        connect(m_sdrs, &SdrRepository::sdrRemoved, this, &Notifier::forgetSdr);
}

void Notifier::watch(ConnectionStatusRepository* statuses)
{
    // What is already stored is the starting point, not news.
    for (const ConnectionStatus& status : statuses->all()) {
        if (status.state != ConnectionState::Loading && status.state != ConnectionState::Syncing)
            m_settled.insert(status.sdrId, status.state);
    }
    connect(statuses, &ConnectionStatusRepository::statusSaved, this,
            [this](const ConnectionStatus& status) { observeState(status.sdrId, status.state); });
}

void Notifier::watchReplies(FollowUpTracker* tracker, Store* store)
{
    // Replies already in the store are not news: only the signal (a reply newly stored) counts.
    connect(tracker, &FollowUpTracker::replied, this,
            [this, store](const QString& sdrId, const QString& leadId) {
                if (!m_replyNotifications)
                    return;
                const std::optional<LeadListRow> lead = LeadList::find(store->database(), leadId);
                QString name = leadId;
                QString text;
                if (lead) {
                    if (!lead->leadName.isEmpty())
                        name = lead->leadName;
                    text = lead->replyText;
                    const QDateTime now = m_clock->now();
                    for (auto it = m_recentReplies.begin(); it != m_recentReplies.end();)
                        it = it->secsTo(now) > 600 ? m_recentReplies.erase(it) : std::next(it);
                    const QString key = sdrId + QLatin1Char('\n') + lead->phone + QLatin1Char('\n') + text;
                    if (m_recentReplies.contains(key))
                        return;
                    m_recentReplies.insert(key, now);
                }
                recordReply(sdrId, name, text);
            });
}

void Notifier::recordReply(const QString& sdrId, const QString& leadName, const QString& replyText)
{
    if (!m_replyNotifications)
        return;
    // Long replies are cut: a notification is a glance; the Leads view has the whole text.
    QString body = replyText.trimmed();
    if (body.isEmpty())
        body = tr("(no text)");
    else if (body.size() > 300)
        body = body.left(299) + QChar(0x2026);
    qCInfo(lcUi) << "notification" << Kind::LeadReplied << "for" << sdrId;
    emit notify(Kind::LeadReplied, sdrId, tr("%1 replied to %2").arg(leadName, nameOf(sdrId)), body);
}

QString Notifier::nameOf(const QString& sdrId) const
{
    if (m_sdrs) {
        if (const auto sdr = m_sdrs->find(sdrId); sdr && !sdr->name.isEmpty())
            return sdr->name;
    }
    return sdrId;
}

void Notifier::observeState(const QString& sdrId, ConnectionState state)
{
    if (state == ConnectionState::Loading || state == ConnectionState::Syncing)
        return;
    const auto previous = m_settled.constFind(sdrId);
    const bool known = previous != m_settled.constEnd();
    const ConnectionState before = known ? *previous : ConnectionState::Loading;
    m_settled.insert(sdrId, state);
    if (known && before == state)
        return;

    const QString name = nameOf(sdrId);
    if (state == ConnectionState::QrRequired) {
        emitOnce(Kind::QrRequired, sdrId, tr("%1 needs a QR scan").arg(name),
                 tr("Open %1 in SDR Sender and scan the QR code with their phone. Nothing is sent for "
                    "this SDR until then.")
                     .arg(name));
        return;
    }
    if (state == ConnectionState::Restricted) {
        emitOnce(Kind::NeedsPerson, sdrId, tr("%1 is paused by a WhatsApp warning").arg(name),
                 tr("WhatsApp showed a warning or an unknown dialog for %1. Nothing is sent for this SDR "
                    "until someone reads it and presses Resume sending.")
                     .arg(name));
        return;
    }
    if (state == ConnectionState::BrowserUnsupported) {
        emitOnce(Kind::NeedsPerson, sdrId, tr("WhatsApp Web refuses the browser for %1").arg(name),
                 tr("WhatsApp Web does not accept this app's browser engine. Nothing is sent for %1; see "
                    "the session for what to do.")
                     .arg(name));
        return;
    }
    if (before == ConnectionState::Connected && state != ConnectionState::Connected &&
        state != ConnectionState::Hibernated) {
        emitOnce(Kind::DroppedOut, sdrId, tr("%1 dropped out").arg(name),
                 tr("%1 is no longer connected (%2). Sending for this SDR is paused.")
                     .arg(name, StatePresentation::label(state)));
    }
}

void Notifier::recordSendResult(const QString& sdrId, bool sent, const QString& reason)
{
    if (sent) {
        m_failures.remove(sdrId);
        return;
    }
    const int failures = m_failures.value(sdrId) + 1;
    m_failures.insert(sdrId, failures);
    // Once when the streak reaches the threshold, not for every failure after it.
    if (failures != m_failureThreshold)
        return;
    const QString name = nameOf(sdrId);
    QString message = tr("The last %n send(s) for %1 failed.", nullptr, failures).arg(name);
    if (!reason.isEmpty())
        message += QLatin1Char(' ') + tr("Last reason: %1.").arg(reason);
    emitOnce(Kind::RepeatedFailures, sdrId, tr("Sending fails for %1").arg(name), message);
}

void Notifier::forgetSdr(const QString& sdrId)
{
    m_settled.remove(sdrId);
    m_failures.remove(sdrId);
    for (const Kind kind : {Kind::DroppedOut, Kind::QrRequired, Kind::RepeatedFailures})
        m_lastShown.remove(QStringLiteral("%1/%2").arg(int(kind)).arg(sdrId));
}

void Notifier::emitOnce(Kind kind, const QString& sdrId, const QString& title, const QString& message)
{
    const QString key = QStringLiteral("%1/%2").arg(int(kind)).arg(sdrId);
    const QDateTime now = m_clock->now();
    const auto last = m_lastShown.constFind(key);
    if (last != m_lastShown.constEnd() && last->secsTo(now) < m_cooldownSecs) {
        qCDebug(lcUi) << "notification held back (cooldown)" << kind << sdrId;
        return;
    }
    m_lastShown.insert(key, now);
    qCInfo(lcUi) << "notification" << kind << "for" << sdrId;
    emit notify(kind, sdrId, title, message);
}
