#pragma once

#include "Backoff.h"
#include "OutboxEntry.h"
#include "SendOutcome.h"
#include "VerifyOutcome.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class ActivityLog;
class ChannelProvider;
class Clock;
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
class Dispatcher : public QObject
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
    // There may be work, or the channel may have changed: look again now.
    void wake();

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
    // How often to look again while waiting for a channel to exist or get ready.
    void setRecheckMs(int ms) { m_recheckMs = ms; }
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
    void scheduleAt(qint64 delayMs);
    MessageChannel* currentChannel();
    void attach(MessageChannel* channel);
    void startSend(const OutboxEntry& entry, MessageChannel* channel);
    void startVerify(const OutboxEntry& entry, MessageChannel* channel);
    bool finishRequest(Busy kind, const QString& requestId);
    void onSendFinished(const QString& requestId, const SendOutcome& outcome);
    void onVerifyFinished(const QString& requestId, VerifyOutcome outcome);
    void onChannelState();
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
    QTimer m_timer;
    QTimer m_watchdog;
    Backoff m_notAttemptedBackoff;
    Backoff m_storeBackoff;
    bool m_storeError = false;
    QDeadlineTimer m_storeHold{0}; // nothing is tried before it expires (after a store failure)
    qint64 m_deferralBaseMs = 30 * 1000;
    QRandomGenerator* m_random;
    // A send the watchdog gave up on: a late Sent for it still counts.
    QString m_abandonedRequestId;
    QString m_abandonedLeadId;
    QDeadlineTimer m_hold{0}; // no send starts before it expires (after a NotAttempted outcome)
    bool m_running = false;
    bool m_paused = false;
    bool m_busy = false;
    bool m_wakeRequested = false;
    QDeadlineTimer m_nextWake{0}; // a wake request is repeated while the session stays asleep
    bool m_pumpQueued = false;
    Busy m_busyKind = Busy::None;
    QString m_requestId;
    QString m_leadId;
    QString m_pacedLeadId; // an unconfirmed send already counted by the pacer (verified next)
    int m_watchdogGraceMs = 30000;
    int m_recheckMs = 2000;
    const ContactPolicy* m_policy = nullptr;
    bool m_budgetPaused = false;
};
