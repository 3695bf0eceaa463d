#include "Dispatcher.h"

#include "ActivityLog.h"
#include "ChannelProvider.h"
#include "Clock.h"
#include "ContactPolicy.h"
#include "Logging.h"
#include "MessageChannel.h"
#include "Outbox.h"
#include "Pacer.h"
#include "Phone.h"
#include "Settings.h"
#include "Store.h"

Dispatcher::Dispatcher(const QString& sdrId, Outbox* outbox, Pacer* pacer, ChannelProvider* channels,
                       Settings* settings, const Clock* clock, ActivityLog* activity,
                       QRandomGenerator* random, QObject* parent)
    : QObject(parent)
    , m_sdrId(sdrId)
    , m_outbox(outbox)
    , m_pacer(pacer)
    , m_channels(channels)
    , m_settings(settings)
    , m_clock(clock)
    , m_activity(activity)
    , m_timer(clock)
    , m_watchdog(clock)
    , m_notAttemptedBackoff(5000, 5 * 60 * 1000, random)
    , m_storeBackoff(2000, 5 * 60 * 1000, random)
    , m_random(random)
{
    connect(&m_timer, &ClockTimer::timeout, this, &Dispatcher::pump);
    // The outbox half of the one wake route: a lead of this SDR queued (routed from its queue, moved
    // here from another SDR, requeued, a person's resend) is work.
    connect(m_outbox, &Outbox::entryChanged, this,
            [this](const QString&, const QString& sdrId, OutboxState state) {
                // Sending: a person's resend, to be verified first.
                if ((state == OutboxState::Queued || state == OutboxState::Sending) && sdrId == m_sdrId &&
                    !m_busy)
                    wake();
            });
    connect(&m_watchdog, &ClockTimer::timeout, this,
            [this] { abandonRequest(QStringLiteral("the session did not answer in time")); });
    // The channel half: the provider says when this SDR's channel appears, goes or changes.
    if (m_channels)
        m_channels->addListener(this);
}

Dispatcher::~Dispatcher()
{
    if (m_channels)
        m_channels->removeListener(this);
    m_running = false;
    m_busy = false;
    attach(nullptr);
}

bool Dispatcher::hasPassed(const QDateTime& deadline) const
{
    return !deadline.isValid() || m_clock->now() >= deadline;
}

void Dispatcher::setStoreRetryMs(qint64 baseMs, qint64 capMs)
{
    m_storeBackoff = Backoff(baseMs, capMs, m_random);
}

int Dispatcher::watchdogMs(bool verify) const
{
    const qint64 timeout =
        qint64(qMax(1, m_settings->intValue(SettingKeys::SendTimeoutSecs, m_sdrId))) * 1000;
    return int(std::clamp<qint64>((verify ? 3 : 2) * timeout + m_watchdogGraceMs, 1, INT_MAX));
}

bool Dispatcher::isSessionError(const QString& error)
{
    static const QStringList session{
        QStringLiteral("session_logged_out"),   QStringLiteral("phone_offline"),
        QStringLiteral("session_conflict"),     QStringLiteral("wrong_number"),
        QStringLiteral("session_not_ready"),    QStringLiteral("session_busy"),
        QStringLiteral("whatsapp_unreachable"), QStringLiteral("renderer_crashed"),
        QStringLiteral("session_removed"),
    };
    return error.isEmpty() || session.contains(error);
}

bool Dispatcher::committed(bool ok, const QString& what)
{
    if (ok) {
        if (m_storeError) {
            m_storeError = false;
            m_storeBackoff.reset();
            log(QStringLiteral("state"), tr("The local store can be written again; sending goes on."));
        }
        return true;
    }
    if (!m_outbox->lastWriteFailed())
        return false; // the lead moved on (another transition won): nothing to hold
    holdForStore(what, m_outbox->errorString());
    return false;
}

void Dispatcher::holdForStore(const QString& what, const QString& error)
{
    const qint64 delay = m_storeBackoff.nextDelay();
    m_storeHold = m_clock->now().addMSecs(delay);
    const QString message = tr("Cannot write the local store (%1: %2); sending for this SDR waits %3 s.")
                                .arg(what, error)
                                .arg((delay + 999) / 1000);
    qCWarning(lcQueue) << m_sdrId << "store write failed:" << what << error << "- retry in" << delay << "ms";
    if (!m_storeError)
        log(QStringLiteral("error"), message); // once per streak: the log is not flooded
    m_storeError = true;
    emit storeError(m_sdrId, message, delay);
}

void Dispatcher::log(const QString& kind, const QString& message)
{
    if (m_activity)
        m_activity->add(m_sdrId, kind, message);
}

void Dispatcher::start()
{
    m_running = true;
    wake();
}

void Dispatcher::stop()
{
    m_running = false;
    m_timer.stop();
    // An answer still in flight is dropped: the lead stays `sending` and is verified next time.
    m_watchdog.stop();
    m_busy = false;
    m_busyKind = Busy::None;
    m_requestId.clear();
    m_abandonedRequestId.clear();
    attach(nullptr);
}

void Dispatcher::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused)
        wake();
}

void Dispatcher::wake()
{
    if (!m_running || m_pumpQueued)
        return;
    m_pumpQueued = true;
    // Always from the event loop: never re-enter the outbox from inside a caller's slot.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pumpQueued = false;
            pump();
        },
        Qt::QueuedConnection);
}

void Dispatcher::scheduleAt(const QDateTime& at)
{
    // At most an hour ahead (settings may change meanwhile); an earlier wake-up already planned is
    // kept.
    const QDateTime now = m_clock->now();
    const QDateTime when = !at.isValid() || at < now ? now : std::min(at, now.addSecs(3600));
    if (m_timer.isActive() && m_timer.deadline() <= when)
        return;
    m_timer.start(when);
}

void Dispatcher::scheduleIn(qint64 delayMs)
{
    scheduleAt(m_clock->now().addMSecs(std::max<qint64>(0, delayMs)));
}

MessageChannel* Dispatcher::currentChannel()
{
    MessageChannel* channel = m_channels ? m_channels->channelFor(m_sdrId) : nullptr;
    if (channel != m_channel.data())
        attach(channel);
    return m_channel.data(); // null when attach() refused it
}

void Dispatcher::attach(MessageChannel* channel)
{
    for (const auto& connection : std::as_const(m_channelConnections))
        disconnect(connection);
    m_channelConnections.clear();
    if (m_busy && m_channel != channel)
        abandonRequest(QStringLiteral("the session was replaced"));
    m_channel = channel;
    if (!channel)
        return;
    // A channel belongs to one SDR. Refuse to use one that says otherwise: routing a lead through
    // another SDR's account is the one thing that must never happen.
    if (channel->sdrId() != m_sdrId) {
        qCCritical(lcRouting) << "channel of" << channel->sdrId() << "offered for" << m_sdrId << "- refused";
        m_channel = nullptr;
        return;
    }
    // Its state changes come through the provider (channelChanged); only the answers come from here.
    m_channelConnections << connect(channel, &MessageChannel::sendFinished, this, &Dispatcher::onSendFinished)
                         << connect(channel, &MessageChannel::sendFinished, this,
                                    &Dispatcher::onLateSendFinished)
                         << connect(channel, &MessageChannel::verifyFinished, this,
                                    &Dispatcher::onVerifyFinished)
                         << connect(channel, &QObject::destroyed, this, [this] {
                                if (m_busy)
                                    abandonRequest(QStringLiteral("the session went away"));
                                wake();
                            });
}

void Dispatcher::channelChanged(const QString& sdrId)
{
    if (sdrId != m_sdrId)
        return;
    // Told from inside the provider: only look (no attach, no outbox write); pump() acts.
    MessageChannel* channel = m_channels ? m_channels->channelFor(m_sdrId) : nullptr;
    const bool ready = channel && channel->sdrId() == m_sdrId && channel->isReadyToSend();
    if (ready && !m_channelWasReady) {
        // "Paused until its channel is ready again": becoming ready clears the NotAttempted hold.
        m_hold = QDateTime();
        m_notAttemptedBackoff.reset();
        m_wakeRequested = false;
    }
    m_channelWasReady = ready;
    wake();
}

void Dispatcher::pump()
{
    if (!m_running || m_paused || m_busy)
        return;
    if (!hasPassed(m_storeHold)) {
        // The store could not be written: wait, never spin.
        scheduleAt(m_storeHold);
        return;
    }
    const auto sending = m_outbox->entries(OutboxState::Sending, m_sdrId);
    const auto next = sending.isEmpty() ? m_outbox->nextQueued(m_sdrId) : std::nullopt;
    if (sending.isEmpty() && !next) {
        // Only deferred leads (if any): look again when the first may be tried.
        const QDateTime deferred = m_outbox->nextDeferredAt(m_sdrId);
        if (deferred.isValid())
            scheduleAt(deferred);
        return; // otherwise nothing to do until the router says so
    }
    // Before any chat is opened or any session woken: a lead that must not go out now never
    // touches the page.
    if (next && !policyAllows(*next))
        return;

    MessageChannel* channel = currentChannel();
    if (!channel) {
        // Nothing to poll: the provider says when the channel appears (channelChanged).
        emit waitingForChannel(m_sdrId);
        return;
    }
    if (!channel->isReadyToSend()) {
        if (!m_wakeRequested || hasPassed(m_nextWake)) {
            // The session may be hibernated: there is work, so ask it to wake, then wait for its
            // state to change (and ask again after a while, should a wake-up not have taken).
            m_wakeRequested = true;
            m_nextWake = m_clock->now().addMSecs(WakeRepeatMs);
            qCInfo(lcQueue) << m_sdrId << "has work; waiting for its session ("
                            << connectionStateName(channel->state()) << ")";
            channel->requestWake();
            emit waitingForChannel(m_sdrId);
        }
        scheduleAt(m_nextWake);
        return;
    }
    m_wakeRequested = false;

    // Recovery first: a lead left in `sending` is verified in its chat before anything else goes.
    if (!sending.isEmpty()) {
        startVerify(sending.first(), channel);
        return;
    }
    if (!hasPassed(m_hold)) {
        scheduleAt(m_hold);
        return;
    }
    const Pacer::Decision decision = m_pacer->decide(m_sdrId);
    if (!decision.at.isValid()) {
        scheduleIn(60 * 1000); // a cap of 0: look again later (settings may change)
        return;
    }
    if (m_clock->now() < decision.at) {
        qCDebug(lcPacing) << m_sdrId << "next send at" << decision.at << Pacer::reasonName(decision.reason);
        scheduleAt(decision.at);
        return;
    }
    startSend(*next, channel);
}

void Dispatcher::startSend(const OutboxEntry& queued, MessageChannel* channel)
{
    const QString digits = Phone::digits(queued.phone);
    if (digits.isEmpty()) {
        // Cannot happen for a validated lead; if the store was edited by hand, fail it clearly.
        if (committed(m_outbox->markFailed(queued.leadId, QStringLiteral("invalid_phone"),
                                           QStringLiteral("stored phone is invalid")),
                      tr("failing lead %1").arg(queued.leadId)) ||
            !m_storeError)
            wake();
        else
            scheduleAt(m_storeHold);
        return;
    }
    // The transition is committed before the channel is touched.
    const auto entry = m_outbox->beginSend(queued.leadId);
    if (!committed(entry.has_value(), tr("starting lead %1").arg(queued.leadId))) {
        if (m_storeError)
            scheduleAt(m_storeHold);
        else
            wake(); // another transition took the lead: look at the next one
        return;
    }
    if (entry->sdrId != m_sdrId) {
        // Moved to another SDR between the look and the commit: never through this account.
        qCCritical(lcRouting) << "lead" << entry->leadId << "now belongs to" << entry->sdrId
                              << "- not sent by" << m_sdrId;
        if (committed(m_outbox->requeueNotPressed(entry->leadId, QStringLiteral("moved to another SDR")),
                      tr("queueing lead %1").arg(entry->leadId)))
            wake();
        return;
    }
    m_busy = true;
    m_busyKind = Busy::Sending;
    m_leadId = entry->leadId;
    m_requestId = QStringLiteral("send/%1/%2").arg(entry->leadId, entry->attemptId);
    m_abandonedRequestId.clear();
    m_watchdog.startIn(watchdogMs(false));
    // Send is pressed only once `sending` is on the disk, whatever happens to the machine. The sync
    // runs on the store's own thread: here it took up to 85 ms while the disk was busy (issue 13).
    const QString requestId = m_requestId;
    m_outbox->store()->whenDurable(this,
                                   [this, requestId, digits, entry = *entry](bool ok, const QString& error) {
                                       press(requestId, digits, entry, ok, error);
                                   });
}

void Dispatcher::press(const QString& requestId, const QString& digits, const OutboxEntry& entry, bool synced,
                       const QString& syncError)
{
    if (!m_busy || m_requestId != requestId)
        return; // stopped or given up meanwhile: the lead stays `sending` and is verified first
    if (!synced) {
        // Not pressed: the lead goes back to the queue, and the SDR waits as for a failed write.
        finishRequest(Busy::Sending, requestId);
        (void)m_outbox->requeueNotPressed(entry.leadId, QStringLiteral("not synced to the disk"));
        holdForStore(tr("syncing lead %1 to the disk").arg(entry.leadId), syncError);
        wake();
        return;
    }
    MessageChannel* channel = currentChannel();
    if (!m_busy || m_requestId != requestId)
        return; // the session was replaced meanwhile (abandoned: verified first)
    if (!channel || !channel->isReadyToSend()) {
        SendOutcome notReady;
        notReady.error = QStringLiteral("session_not_ready");
        notReady.detail = tr("the session stopped being ready before Send");
        onSendFinished(requestId, notReady);
        return;
    }
    qCInfo(lcQueue) << m_sdrId << "sending lead" << entry.leadId << "attempt" << entry.attempts;
    channel->send(requestId, digits, entry.message);
}

void Dispatcher::startVerify(const OutboxEntry& entry, MessageChannel* channel)
{
    m_busy = true;
    m_busyKind = Busy::Verifying;
    m_leadId = entry.leadId;
    m_requestId = QStringLiteral("verify/%1/%2").arg(entry.leadId, entry.attemptId);
    m_watchdog.startIn(watchdogMs(true));
    qCInfo(lcQueue) << m_sdrId << "verifying lead" << entry.leadId << "left in sending";
    if (entry.resendApproved)
        log(QStringLiteral("send"),
            tr("Resend of lead %1: checking its chat first, so it never goes out twice.").arg(entry.leadId));
    else
        log(QStringLiteral("send"),
            tr("Checking the chat of lead %1: was it sent before the interruption?").arg(entry.leadId));
    // Only a message no older than this attempt can be this lead's (the chat may hold the same text
    // from an earlier lead).
    const QDateTime since = entry.attemptStartedAt.isValid() ? entry.attemptStartedAt : entry.updatedAt;
    channel->verifySent(m_requestId, Phone::digits(entry.phone), entry.message, since);
}

void Dispatcher::abandonRequest(const QString& why)
{
    if (!m_busy)
        return;
    m_watchdog.stop();
    const QString leadId = m_leadId;
    const QString requestId = m_requestId;
    const Busy kind = m_busyKind;
    m_busy = false;
    m_busyKind = Busy::None;
    m_requestId.clear();
    announceIdle();
    if (kind == Busy::Verifying) {
        // A verification that never answered could not be made.
        applyVerify(leadId, VerifyOutcome::Unknown, why);
    } else {
        // The lead stays `sending`; it is verified before anything else is sent. Should the
        // channel still answer Sent, that answer counts (onLateSendFinished).
        m_abandonedRequestId = requestId;
        m_abandonedLeadId = leadId;
        qCWarning(lcQueue) << m_sdrId << "lost track of lead" << leadId << ":" << why;
        log(QStringLiteral("error"),
            tr("Lost track of lead %1 (%2); it will be checked before anything else.").arg(leadId, why));
    }
    wake();
}

bool Dispatcher::finishRequest(Busy kind, const QString& requestId)
{
    // Answers to an abandoned or replaced request are stale: the watchdog already moved on.
    if (!m_busy || m_busyKind != kind || requestId != m_requestId)
        return false;
    m_watchdog.stop();
    m_busy = false;
    m_busyKind = Busy::None;
    m_requestId.clear();
    announceIdle();
    return true;
}

void Dispatcher::announceIdle()
{
    // Queued: the caller records the outcome first (and may start the next request).
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_busy)
                emit idle(m_sdrId);
        },
        Qt::QueuedConnection);
}

void Dispatcher::onLateSendFinished(const QString& requestId, const SendOutcome& outcome)
{
    // The channel confirms a send the watchdog gave up on: the message went out. Count it, unless
    // the lead was settled meanwhile (a verification found it).
    if (m_abandonedRequestId.isEmpty() || requestId != m_abandonedRequestId)
        return;
    const QString leadId = std::exchange(m_abandonedLeadId, QString());
    m_abandonedRequestId.clear();
    if (outcome.result != SendOutcome::Result::Sent)
        return; // anything else: the verification decides
    const auto entry = m_outbox->find(leadId);
    if (!entry || (entry->state != OutboxState::Sending && entry->state != OutboxState::Uncertain))
        return;
    const QDateTime sentAt = outcome.sentAt.isValid() ? outcome.sentAt.toUTC() : m_clock->now();
    if (!committed(m_outbox->markSent(leadId, sentAt), tr("recording lead %1 as sent").arg(leadId)))
        return;
    m_pacer->recordSend(m_sdrId, m_clock->now());
    m_pacedLeadId = leadId; // a verification of it still running must not count it again
    log(QStringLiteral("send"), tr("Lead %1 sent (confirmed late).").arg(leadId));
    emit leadSent(m_sdrId, leadId);
    wake();
}

void Dispatcher::onSendFinished(const QString& requestId, const SendOutcome& outcome)
{
    if (!finishRequest(Busy::Sending, requestId))
        return;
    const QString leadId = m_leadId;
    const QDateTime now = m_clock->now();
    switch (outcome.result) {
    case SendOutcome::Result::Sent: {
        const QDateTime sentAt = outcome.sentAt.isValid() ? outcome.sentAt.toUTC() : now;
        // Pacing runs on the injected clock (the channel's sentAt is wall time). Counted even when
        // the row cannot be written: the message went out.
        m_pacer->recordSend(m_sdrId, now);
        m_notAttemptedBackoff.reset();
        if (!committed(m_outbox->markSent(leadId, sentAt), tr("recording lead %1 as sent").arg(leadId))) {
            // Still `sending`: after the hold it is verified in its chat (found: sent), never resent
            // blindly.
            m_pacedLeadId = leadId;
            break;
        }
        log(QStringLiteral("send"), tr("Lead %1 sent.").arg(leadId));
        emit leadSent(m_sdrId, leadId);
        break;
    }
    case SendOutcome::Result::Rejected: {
        const QString error = outcome.error.isEmpty() ? QStringLiteral("invalid_phone") : outcome.error;
        if (committed(m_outbox->markFailed(leadId, error, outcome.detail),
                      tr("failing lead %1").arg(leadId))) {
            log(QStringLiteral("fail"), tr("Lead %1 failed: %2").arg(leadId, error));
            emit leadFailed(m_sdrId, leadId, error);
        }
        break;
    }
    case SendOutcome::Result::NotAttempted:
        notAttempted(leadId, outcome);
        break;
    case SendOutcome::Result::Unconfirmed:
        // Send was pressed: it may have gone out. Count it for pacing and verify before anything else
        // (the lead stays `sending`; pump() verifies it next).
        m_pacer->recordSend(m_sdrId, now);
        m_pacedLeadId = leadId;
        log(QStringLiteral("send"), tr("Lead %1: sending was not confirmed; checking the chat.").arg(leadId));
        break;
    }
    wake();
}

void Dispatcher::notAttempted(const QString& leadId, const SendOutcome& outcome)
{
    // Nothing went out.
    if (isSessionError(outcome.error)) {
        // The session is the problem: keep the lead, and hold this SDR until its channel is ready
        // again (or a growing delay passed, if the channel keeps saying it is ready).
        if (!committed(m_outbox->requeueNotPressed(leadId, outcome.error),
                       tr("queueing lead %1").arg(leadId)))
            return;
        const qint64 delay = m_notAttemptedBackoff.nextDelay();
        m_hold = m_clock->now().addMSecs(delay);
        log(QStringLiteral("queue"),
            tr("Lead %1 not sent yet (%2); it stays queued.").arg(leadId, outcome.error));
        return;
    }
    // Something about this lead: it waits (the ones behind it go on), and fails after a few tries.
    const auto entry = m_outbox->find(leadId);
    const int deferrals = entry ? entry->deferrals + 1 : 1;
    const QString reason =
        outcome.detail.isEmpty() ? outcome.error : outcome.error + QStringLiteral(": ") + outcome.detail;
    if (deferrals >= MaxDeferrals) {
        if (committed(m_outbox->markFailed(leadId, outcome.error,
                                           tr("not sent after %1 tries (%2)").arg(deferrals).arg(reason)),
                      tr("failing lead %1").arg(leadId))) {
            log(QStringLiteral("fail"),
                tr("Lead %1 failed after %2 tries: %3").arg(leadId).arg(deferrals).arg(reason));
            emit leadFailed(m_sdrId, leadId, outcome.error);
        }
        return;
    }
    const qint64 delay = std::min<qint64>(m_deferralBaseMs << (deferrals - 1), 30 * 60 * 1000);
    if (committed(m_outbox->defer(leadId, outcome.error, reason, m_clock->now().addMSecs(delay)),
                  tr("deferring lead %1").arg(leadId)))
        log(QStringLiteral("queue"),
            tr("Lead %1 not sent (%2); tried again in %3 s, the next leads go first.")
                .arg(leadId, reason)
                .arg((delay + 999) / 1000));
}

void Dispatcher::onVerifyFinished(const QString& requestId, VerifyOutcome outcome)
{
    if (!finishRequest(Busy::Verifying, requestId))
        return;
    applyVerify(m_leadId, outcome, QString());
    wake();
}

void Dispatcher::applyVerify(const QString& leadId, VerifyOutcome outcome, const QString& why)
{
    const QString pacedLeadId = std::exchange(m_pacedLeadId, QString());
    const auto entry = m_outbox->find(leadId);
    if (!entry || entry->state != OutboxState::Sending)
        return; // settled meanwhile (a late confirmation)
    switch (outcome) {
    case VerifyOutcome::Found:
        if (!committed(m_outbox->markSent(leadId, m_clock->now()),
                       tr("recording lead %1 as sent").arg(leadId)))
            break;
        // A lead found after a crash went out moments ago, unseen by the pacer (it was not `sent`
        // when the pacer read the history): count it, so the next lead waits a gap instead of
        // following it at once. An unconfirmed send of this run was counted already.
        if (leadId != pacedLeadId)
            m_pacer->recordSend(m_sdrId, m_clock->now());
        log(QStringLiteral("send"), tr("Lead %1 was found in its chat: sent.").arg(leadId));
        emit leadSent(m_sdrId, leadId);
        break;
    case VerifyOutcome::Absent:
        if (entry->resendApproved || entry->attempts < MaxAutomaticAttempts) {
            if (committed(m_outbox->requeue(leadId, QStringLiteral("verified absent from the chat")),
                          tr("queueing lead %1").arg(leadId)))
                log(QStringLiteral("queue"),
                    tr("Lead %1 is not in its chat; it will be sent again.").arg(leadId));
            break;
        }
        // Sent (maybe) more than once already: a page that hides our messages would make every
        // automatic re-send another copy. A person decides.
        if (committed(
                m_outbox->markUncertain(leadId, tr("not found in the chat after %1 attempts; not resent "
                                                   "automatically again")
                                                    .arg(entry->attempts)),
                tr("holding lead %1").arg(leadId))) {
            log(QStringLiteral("fail"),
                tr("Lead %1 is not in its chat after %2 attempts; held for a person to resend or drop.")
                    .arg(leadId)
                    .arg(entry->attempts));
            emit leadUncertain(m_sdrId, leadId);
        }
        break;
    case VerifyOutcome::Unknown:
        if (entry->resendApproved) {
            // A person asked for it knowing it may have gone out; the chat could not say.
            if (committed(m_outbox->requeue(
                              leadId, QStringLiteral("resent by a person; the chat could not be checked")),
                          tr("queueing lead %1").arg(leadId)))
                log(QStringLiteral("queue"),
                    tr("Lead %1: its chat could not be checked; sent again as the person asked.")
                        .arg(leadId));
            break;
        }
        if (committed(m_outbox->markUncertain(
                          leadId, why.isEmpty() ? QStringLiteral("could not verify the chat") : why),
                      tr("holding lead %1").arg(leadId))) {
            log(QStringLiteral("fail"),
                why.isEmpty()
                    ? tr("Lead %1 could not be verified; held for a person to resend or drop.").arg(leadId)
                    : tr("Lead %1 could not be checked (%2); held for a person.").arg(leadId, why));
            emit leadUncertain(m_sdrId, leadId);
        }
        break;
    }
}

bool Dispatcher::policyAllows(const OutboxEntry& entry)
{
    if (!m_policy)
        return true;
    const ContactPolicy::Verdict verdict = m_policy->check(entry);
    using Action = ContactPolicy::Verdict::Action;
    switch (verdict.action) {
    case Action::Send:
        setBudgetPaused(false, QString());
        return true;
    case Action::FailOptedOut:
        if (committed(m_outbox->markFailed(entry.leadId, QStringLiteral("opted_out"), verdict.detail),
                      tr("failing lead %1").arg(entry.leadId))) {
            qCInfo(lcProtection) << m_sdrId << "lead" << entry.leadId << "failed: phone suppressed";
            log(QStringLiteral("fail"), tr("Lead %1 not sent: %2.").arg(entry.leadId, verdict.detail));
            emit leadFailed(m_sdrId, entry.leadId, QStringLiteral("opted_out"));
        }
        break;
    case Action::Hold:
        if (committed(m_outbox->hold(entry.leadId, verdict.detail),
                      tr("holding lead %1").arg(entry.leadId))) {
            qCInfo(lcProtection) << m_sdrId << "lead" << entry.leadId << "held: contacted recently";
            log(QStringLiteral("queue"), tr("Lead %1 held for a person: %2. Send it anyway or drop it.")
                                             .arg(entry.leadId, verdict.detail));
            emit leadHeld(m_sdrId, entry.leadId);
        }
        break;
    case Action::WaitBudget: {
        setBudgetPaused(true, verdict.detail);
        // Look again when the oldest unanswered send leaves the window (a reply or a raised budget
        // wakes the dispatcher at once); without such a time, in a minute.
        if (verdict.retryAt.isValid())
            scheduleAt(verdict.retryAt);
        else
            scheduleIn(60 * 1000);
        return false;
    }
    }
    if (m_storeError)
        scheduleAt(m_storeHold);
    else
        wake();
    return false;
}

void Dispatcher::setBudgetPaused(bool paused, const QString& detail)
{
    if (paused == m_budgetPaused)
        return;
    m_budgetPaused = paused;
    if (paused) {
        qCInfo(lcProtection) << m_sdrId << "unanswered budget used up: sending paused";
        log(QStringLiteral("state"),
            tr("Sending paused: %1. It resumes when leads reply, old sends age out, or the budget is raised.")
                .arg(detail));
    } else {
        qCInfo(lcProtection) << m_sdrId << "unanswered budget allows sending again";
        log(QStringLiteral("state"), tr("Sending resumed: the unanswered budget allows it again."));
    }
    emit budgetPauseChanged(m_sdrId, paused);
}
