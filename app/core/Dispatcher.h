#pragma once

#include "Backoff.h"
#include "ChannelProvider.h"
#include "ClockTimer.h"
#include "OutboxEntry.h"
#include "SendOutcome.h"
#include "VerifyOutcome.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class ActivityLog;
class ContactPolicy;
class MessageChannel;
class Outbox;
class Pacer;
class QRandomGenerator;
class Settings;

// Sends one SDR's queued leads, one at a time, through that SDR's own channel only
// (ChannelProvider::channelFor(sdrId)), when the channel isReadyToSend() and the Pacer allows.
//
// Every step commits its outbox transition first: queued -> sending before send(); the outcome is
// written before the next lead is looked at. A lead found in `sending` (a crash, a lost channel, a
// watchdog, a person's resend) is never resent blindly: the channel is asked to verifySent() first —
// Found (a message no older than the attempt): sent; Absent: queued again, but automatically only
// once (attempts counts the sends that may have gone out; a second absent is uncertain); Unknown:
// uncertain, held for a person. A person's resend of an uncertain lead is queued again unless the
// chat shows it.
//
// A transition the store cannot write (disk full, read-only file) is an error state: the SDR waits
// with a growing delay, says so (storeError, activity log), and never loops. A lead that cannot be
// sent for reasons of its own (the compose box never held its text, ...) waits with a growing delay
// without blocking the leads behind it, and fails with its reason after MaxDeferrals tries.
//
// It wakes by one route: its SDR's outbox entries changed (Outbox::entryChanged: a lead queued,
// requeued or resent) or its channel changed (ChannelProvider::Listener); anything else that may let
// a waiting lead go (a reply, a budget or setting change, a resume) calls wake(). It never polls:
// every wait (pacing gap, hold, store retry, deferral, watchdog, the repeated wake request of a
// sleeping session) is a ClockTimer set to exactly that time on the injected Clock.
class Dispatcher : public QObject, public ChannelProvider::Listener
{
    Q_OBJECT
public:
    Dispatcher(const QString& sdrId, Outbox* outbox, Pacer* pacer, ChannelProvider* channels,
               Settings* settings, const Clock* clock, ActivityLog* activity = nullptr,
               QRandomGenerator* random = nullptr, QObject* parent = nullptr);
    ~Dispatcher() override;

    QString sdrId() const { return m_sdrId; }
    void start();
    void stop();
    // Paused: no new send or verification starts (a 401 keeps unsent leads unsent).
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    bool isBusy() const { return m_busy; }
    // Something outside the outbox and the channel may let a lead go now (a reply, a setting, a
    // resume): look again, from the event loop.
    void wake();
    // ChannelProvider::Listener: the SDR's channel appeared, went away or changed state.
    void channelChanged(const QString& sdrId) override;

    // Extra time granted to a channel beyond its own limits before the dispatcher stops waiting
    // for its answer (and verifies the lead instead). The watchdog of a send is 2 x SendTimeoutSecs
    // + grace (a session restarts its timeout when Send is pressed), of a verification
    // 3 x SendTimeoutSecs + grace (it may wait for a running request first).
    void setWatchdogGraceMs(int ms) { m_watchdogGraceMs = ms; }
    int watchdogMs(bool verify) const;
    // Growing delays: after a store write failed, and between the tries of a deferred lead.
    void setStoreRetryMs(qint64 baseMs, qint64 capMs);
    void setDeferralBaseMs(qint64 ms) { m_deferralBaseMs = ms; }
    bool hasStoreError() const { return m_storeError; }

    // Tries that end before Send is pressed for a reason of the lead (editor_mismatch, ...)
    // before it is failed.
    static constexpr int MaxDeferrals = 5;
    // Automatic sends of one lead (the first, and one more when the chat proved it absent).
    static constexpr int MaxAutomaticAttempts = 2;
    // Errors of a NotAttempted send that say the session, not the lead, is the problem.
    static bool isSessionError(const QString& error);
    // How long a session asked to wake may stay asleep before it is asked again.
    static constexpr qint64 WakeRepeatMs = 60 * 1000;
    // Asked about the next queued lead before its chat is opened (suppression list,
    // recently-contacted hold, unanswered budget). None: every lead is sent.
    void setContactPolicy(const ContactPolicy* policy) { m_policy = policy; }
    // The unanswered budget is used up: nothing is sent until it is not.
    bool isBudgetPaused() const { return m_budgetPaused; }

signals:
    void leadSent(const QString& sdrId, const QString& leadId);
    void leadFailed(const QString& sdrId, const QString& leadId, const QString& error);
    void leadUncertain(const QString& sdrId, const QString& leadId);
    // Held for a person: another SDR contacted the phone recently.
    void leadHeld(const QString& sdrId, const QString& leadId);
    void budgetPauseChanged(const QString& sdrId, bool paused);
    void waitingForChannel(const QString& sdrId);
    // A send or verification ended (from the event loop, once its outcome is recorded) and no
    // other one has started: the channel is not in use.
    void idle(const QString& sdrId);
    // The outbox could not be written; the SDR waits (retryInMs) before it tries again.
    void storeError(const QString& sdrId, const QString& message, qint64 retryInMs);

private:
    enum class Busy
    {
        None,
        Sending,
        Verifying
    };

    void pump();
    void scheduleAt(const QDateTime& at);
    void scheduleIn(qint64 delayMs);
    // An unset deadline (invalid) has passed.
    bool hasPassed(const QDateTime& deadline) const;
    MessageChannel* currentChannel();
    void attach(MessageChannel* channel);
    void startSend(const OutboxEntry& entry, MessageChannel* channel);
    void holdForStore(const QString& what, const QString& error);
    void press(const QString& requestId, const QString& digits, const OutboxEntry& entry, bool synced,
               const QString& syncError);
    void startVerify(const OutboxEntry& entry, MessageChannel* channel);
    bool finishRequest(Busy kind, const QString& requestId);
    void announceIdle();
    void onSendFinished(const QString& requestId, const SendOutcome& outcome);
    void onVerifyFinished(const QString& requestId, VerifyOutcome outcome);
    void abandonRequest(const QString& why);
    void onLateSendFinished(const QString& requestId, const SendOutcome& outcome);
    void log(const QString& kind, const QString& message);
    // Checks a transition's result: false and a store write failed -> error state with backoff.
    // A transition refused because the lead moved on is not an error (false, no hold).
    bool committed(bool ok, const QString& what);
    void notAttempted(const QString& leadId, const SendOutcome& outcome);
    void applyVerify(const QString& leadId, VerifyOutcome outcome, const QString& why);
    // False when the policy kept the lead from going out now (failed, held, or waiting).
    bool policyAllows(const OutboxEntry& entry);
    void setBudgetPaused(bool paused, const QString& detail);

    QString m_sdrId;
    Outbox* m_outbox;
    Pacer* m_pacer;
    ChannelProvider* m_channels;
    Settings* m_settings;
    const Clock* m_clock;
    ActivityLog* m_activity;
    QPointer<MessageChannel> m_channel;
    QList<QMetaObject::Connection> m_channelConnections;
    ClockTimer m_timer;
    ClockTimer m_watchdog;
    Backoff m_notAttemptedBackoff;
    Backoff m_storeBackoff;
    bool m_storeError = false;
    QDateTime m_storeHold; // nothing is tried before it (after a store failure)
    qint64 m_deferralBaseMs = 30 * 1000;
    QRandomGenerator* m_random;
    // A send the watchdog gave up on: a late Sent for it still counts.
    QString m_abandonedRequestId;
    QString m_abandonedLeadId;
    QDateTime m_hold; // no send starts before it (after a NotAttempted outcome)
    bool m_running = false;
    bool m_paused = false;
    bool m_busy = false;
    bool m_wakeRequested = false;
    QDateTime m_nextWake;           // a wake request is repeated while the session stays asleep
    bool m_channelWasReady = false; // at the last channel change: readiness clears the hold
    bool m_pumpQueued = false;
    Busy m_busyKind = Busy::None;
    QString m_requestId;
    QString m_leadId;
    QString m_pacedLeadId; // an unconfirmed send already counted by the pacer (verified next)
    int m_watchdogGraceMs = 30000;
    const ContactPolicy* m_policy = nullptr;
    bool m_budgetPaused = false;
};
