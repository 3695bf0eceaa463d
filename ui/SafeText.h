#pragma once

#include <QString>

// Qt guesses whether a tooltip or message box text is HTML (Qt::mightBeRichText), so a name such
// as "<b>Eve</b>" from the CRM would be rendered as markup. Text that may come from the network is
// passed through here first: it is escaped and wrapped so Qt shows exactly the characters given.
class SafeText
{
public:
    static QString toolTip(const QString& plain);
    // The body of a desktop notification. On Linux QSystemTrayIcon hands it to the freedesktop
    // notification server unchanged, and servers with "body-markup" read it as (a subset of) HTML,
    // so a name like "<a href=...>" would become a link: escape it there. Elsewhere the body is plain.
    static QString notificationBody(const QString& plain);
    // The same escaping, whatever the platform (what notificationBody() does on Linux).
    static QString escapedMarkup(const QString& plain);
};
