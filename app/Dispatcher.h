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
// watchdog) is never resent blindly: the channel is asked to verifySent() first — Found: sent;
// Absent: queued again; Unknown: uncertain, held for a person.
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

    // Extra time granted to a channel beyond SendTimeoutSecs before the dispatcher stops waiting
    // for its answer (and verifies the lead instead).
    void setWatchdogGraceMs(int ms) { m_watchdogGraceMs = ms; }
    // How often to look again while waiting for a channel to exist or get ready.
    void setRecheckMs(int ms) { m_recheckMs = ms; }

signals:
    void leadSent(const QString& sdrId, const QString& leadId);
    void leadFailed(const QString& sdrId, const QString& leadId, const QString& error);
    void leadUncertain(const QString& sdrId, const QString& leadId);
    void waitingForChannel(const QString& sdrId);

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
    void log(const QString& kind, const QString& message);

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
};
