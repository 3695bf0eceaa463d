#include "SafeText.h"

QString SafeText::toolTip(const QString& plain)
{
    if (plain.isEmpty())
        return plain;
    QString html = plain.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return QStringLiteral("<qt>%1</qt>").arg(html);
}

QString SafeText::escapedMarkup(const QString& plain)
{
    // toHtmlEscaped() covers < > & and "; the notification spec's markup is XML-like, so ' too.
    QString escaped = plain.toHtmlEscaped();
    escaped.replace(QLatin1Char('\''), QStringLiteral("&#39;"));
    return escaped;
}

QString SafeText::notificationBody(const QString& plain)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    return escapedMarkup(plain);
#else
    return plain;
#endif
}
