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
    BrowserUnsupported, // WhatsApp Web shows its "works with Google Chrome" refusal page
    Restricted,         // WhatsApp showed a warning, limit or ban notice: paused until a person resumes
    Error,
};
Q_DECLARE_METATYPE(ConnectionState)

// Wire name as in the product brief and the CRM contract ("qr_required", ...).
QString connectionStateName(ConnectionState state);
// The page shows a linked WhatsApp account (connected, or linked but not usable right now).
bool isLinkedState(ConnectionState state);
// States that need a person and carry a text for them (contract §4 `detail`): the refusal page, a
// WhatsApp warning.
bool needsPersonWithDetail(ConnectionState state);
// Parses a wire name; unknown names give ConnectionState::Error and ok=false.
ConnectionState connectionStateFromName(const QString& name, bool* ok = nullptr);
