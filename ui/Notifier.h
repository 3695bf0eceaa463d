#pragma once

#include "ConnectionState.h"
#include "ConnectionStatus.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

class Clock;
class ConnectionStatusRepository;
class FollowUpTracker;
class SdrRepository;
class Store;

// Decides when a person must be told something, without showing anything itself (TrayController
// shows it): an SDR dropped out (connected, then settled in a state that is neither connected nor
// hibernated), an SDR needs a QR scan, or sending failed N times in a row for one SDR.
// Loading and syncing are passing states (a reload), so "connected → loading → connected" is no
// drop-out, while "connected → loading → phone offline" is. The same notice for the same SDR is
// not repeated within the cooldown, so a flapping phone does not flood the desktop.
// A lead's reply is told once per reply (no cooldown: each is news), only when the person turned
// reply notifications on (off by default), and only for replies recorded while the app runs.
class Notifier : public QObject
{
    Q_OBJECT
public:
    enum class Kind
    {
        DroppedOut,
        QrRequired,
        RepeatedFailures,
        NeedsPerson, // paused by a WhatsApp warning, or the browser refused
        LeadReplied
    };
    Q_ENUM(Kind)

    Notifier(SdrRepository* sdrs, const Clock* clock, QObject* parent = nullptr);

    // Follows every status the store saves.
    void watch(ConnectionStatusRepository* statuses);
    // Follows every reply the tracker records from now on (its `replied` signal comes once per
    // lead, after the commit); the lead's name and reply text are read from the store.
    void watchReplies(FollowUpTracker* tracker, Store* store);

    bool replyNotificationsEnabled() const { return m_replyNotifications; }

    int failureThreshold() const { return m_failureThreshold; }
    void setFailureThreshold(int failures) { m_failureThreshold = qMax(1, failures); }
    int cooldownSecs() const { return m_cooldownSecs; }
    void setCooldownSecs(int secs) { m_cooldownSecs = qMax(0, secs); }
    int consecutiveFailures(const QString& sdrId) const { return m_failures.value(sdrId); }

public slots:
    void observeState(const QString& sdrId, ConnectionState state);
    // One send finished for this SDR; reason is a short code such as "send_timeout".
    void recordSendResult(const QString& sdrId, bool sent, const QString& reason = {});
    void forgetSdr(const QString& sdrId);
    void setReplyNotificationsEnabled(bool enabled) { m_replyNotifications = enabled; }
    // A lead replied: one notification when reply notifications are on. Title: who replied to
    // which SDR; message: the reply as plain text (TrayController escapes it for the desktop).
    void recordReply(const QString& sdrId, const QString& leadName, const QString& replyText);

signals:
    void notify(Notifier::Kind kind, const QString& sdrId, const QString& title, const QString& message);

private:
    QString nameOf(const QString& sdrId) const;
    void emitOnce(Kind kind, const QString& sdrId, const QString& title, const QString& message);

    SdrRepository* m_sdrs;
    const Clock* m_clock;
    QHash<QString, ConnectionState> m_settled; // last state that was not loading/syncing
    QHash<QString, int> m_failures;
    QHash<QString, QDateTime> m_lastShown; // key: kind/sdrId
    int m_failureThreshold = 3;
    int m_cooldownSecs = 600;
    bool m_replyNotifications = false;
    // Replies told lately (SDR, phone, text): one message to a phone with two watched leads is
    // recorded for each lead, and is still one reply.
    QHash<QString, QDateTime> m_recentReplies;
};
