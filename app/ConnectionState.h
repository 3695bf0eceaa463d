#pragma once

#include <QMetaType>
#include <QString>

// The connection state of one SDR's WhatsApp Web session, as stored, shown and reported to the CRM.
enum class ConnectionState
{
    Loading,
    QrRequired,
    Syncing,
    Connected,
    PhoneOffline,
    Conflict,
    LoggedOut,
    Unreachable,
    WrongNumber,
    Hibernated,
    Error,
};
Q_DECLARE_METATYPE(ConnectionState)

// Wire name as in the product brief and the CRM contract ("qr_required", ...).
QString connectionStateName(ConnectionState state);
// The page shows a linked WhatsApp account (connected, or linked but not usable right now).
bool isLinkedState(ConnectionState state);
// Parses a wire name; unknown names give ConnectionState::Error and ok=false.
ConnectionState connectionStateFromName(const QString& name, bool* ok = nullptr);
