#include "PageSnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

PageSnapshot PageSnapshot::fromJson(const QJsonObject& o)
{
    PageSnapshot s;
    s.url = o.value(QStringLiteral("url")).toString();
    s.title = o.value(QStringLiteral("title")).toString();
    s.qr = o.value(QStringLiteral("qr")).toBool();
    s.qrRef = o.value(QStringLiteral("qrRef")).toString();
    s.qrReload = o.value(QStringLiteral("qrReload")).toBool();
    s.progress = o.value(QStringLiteral("progress")).toBool();
    s.chatList = o.value(QStringLiteral("chatList")).toBool();
    s.phoneOffline = o.value(QStringLiteral("phoneOffline")).toBool();
    s.computerOffline = o.value(QStringLiteral("computerOffline")).toBool();
    s.conflict = o.value(QStringLiteral("conflict")).toBool();
    s.invalidPhone = o.value(QStringLiteral("invalidPhone")).toBool();
    s.loggedOutUrl = o.value(QStringLiteral("loggedOutUrl")).toBool();
    s.wid = o.value(QStringLiteral("wid")).toString();
    s.chatOpen = o.value(QStringLiteral("chatOpen")).toBool();
    s.editor = o.value(QStringLiteral("editor")).toBool();
    s.invalidated = o.value(QStringLiteral("invalidated")).toBool();
    s.refused = o.value(QStringLiteral("refused")).toBool();
    s.refusalLink = o.value(QStringLiteral("refusalLink")).toBool();
    s.dialog = o.value(QStringLiteral("dialog")).toString().left(500);
    s.restriction = o.value(QStringLiteral("restriction")).toString().left(500);
    return s;
}

ConnectionState PageSnapshot::state() const
{
    // Order matters: a logged-out page shows the QR too; the conflict dialog sits over the app.
    // WhatsApp marks a session it invalidated with old-logout-cred, with or without the URL.
    if ((loggedOutUrl || invalidated) && !chatList)
        return ConnectionState::LoggedOut;
    if (refused)
        return ConnectionState::Loading; // the session decides: reload once, then browser_unsupported
    if (conflict)
        return ConnectionState::Conflict;
    if (qr)
        return ConnectionState::QrRequired;
    if (chatList) {
        if (computerOffline)
            return ConnectionState::Unreachable;
        if (phoneOffline)
            return ConnectionState::PhoneOffline;
        return ConnectionState::Connected;
    }
    if (progress && !phoneFromWid(wid).isEmpty())
        return ConnectionState::Syncing;
    return ConnectionState::Loading;
}

QString PageSnapshot::phoneFromWid(const QString& wid)
{
    QString value = wid.trimmed();
    // WhatsApp stores it JSON-quoted ("\"9055...:3@c.us\""); older builds stored it bare.
    if (value.startsWith(QLatin1Char('"'))) {
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + value.toUtf8() + "]");
        value = doc.isArray() ? doc.array().at(0).toString() : QString();
    }
    // <digits>[.<agent>|_<agent>][:<device>]@c.us or @s.whatsapp.net (the server part in any case).
    static const QRegularExpression pattern(
        QStringLiteral("^([0-9]{7,15})(?:[._][0-9]+)?(?::[0-9]+)?@(?:c\\.us|s\\.whatsapp\\.net)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(value);
    return match.hasMatch() ? match.captured(1) : QString();
}

int PageSnapshot::unreadFromTitle(const QString& title)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*\\((\\d{1,6})\\)"));
    const QRegularExpressionMatch match = pattern.match(title);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}
