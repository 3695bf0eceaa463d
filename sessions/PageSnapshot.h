#pragma once

#include "ConnectionState.h"

#include <QJsonObject>
#include <QString>

// What the injected observer saw on the WhatsApp Web page at one moment (no message text).
struct PageSnapshot
{
    QString url;
    QString title;
    bool qr = false;
    QString qrRef;
    bool qrReload = false;
    bool progress = false;
    bool chatList = false;
    bool phoneOffline = false;
    bool computerOffline = false;
    bool conflict = false;
    bool invalidPhone = false;
    bool loggedOutUrl = false;
    QString wid; // raw localStorage value of last-wid-md
    bool chatOpen = false;
    bool editor = false;
    bool invalidated = false; // old-logout-cred: WhatsApp invalidated this session
    bool refused = false;     // the "works with Google Chrome" page
    bool refusalLink = false; // ... with its link to update Chrome
    QString dialog;           // text of an open dialog the app does not handle itself
    QString restriction;      // text of a limit / restriction / ban notice

    static PageSnapshot fromJson(const QJsonObject& object);

    // The connection state this page shows (before the expected-number check).
    ConnectionState state() const;
    // Digits of the linked number from last-wid-md ("\"905551112233:3@c.us\"" -> "905551112233").
    static QString phoneFromWid(const QString& wid);
    // The N of a "(N) WhatsApp" title; 0 without one.
    static int unreadFromTitle(const QString& title);
};
