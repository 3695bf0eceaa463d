#pragma once

#include "ConnectionStatus.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <optional>

class ActivityLog;
class Clock;
class ConnectionStatusRepository;
class MessageChannel;
class SdrRepository;

// Watches every SDR's session (through the core's MessageChannel view) and keeps its connection
// status in the store: state, linked phone (E.164), whether WhatsApp is linked, since when, and a
// session id that is new for each QR link and kept across restarts while the link lasts. Each
// change is saved with reportPending = true, written to the activity log and emitted for the CRM
// reporter and the UI.
class ConnectionTracker : public QObject
{
    Q_OBJECT
public:
    ConnectionTracker(ConnectionStatusRepository* statuses, ActivityLog* activity, SdrRepository* sdrs,
                      const Clock* clock, QObject* parent = nullptr);

    // Starts watching a channel (replacing an earlier one of the same SDR) and records its state now.
    void track(MessageChannel* channel);
    void untrack(const QString& sdrId);
    bool isTracking(const QString& sdrId) const;

    std::optional<ConnectionStatus> status(const QString& sdrId) const;

    // `connected` turns into `wrong_number` when the SDR expects a number (E.164) and the linked
    // number's digits differ. Other states pass through.
    static ConnectionState effectiveState(ConnectionState state, const QString& linkedDigits,
                                          const QString& expectedPhone);
    static QString digitsOf(const QString& phone);

signals:
    void statusChanged(const ConnectionStatus& status);

private:
    void update(MessageChannel* channel);
    QString expectedPhoneOf(const QString& sdrId) const;

    ConnectionStatusRepository* m_statuses;
    ActivityLog* m_activity;
    SdrRepository* m_sdrs;
    const Clock* m_clock;
    QHash<QString, QPointer<MessageChannel>> m_channels;
};
