#include "ShortTime.h"

#include <QLocale>

QString ShortTime::text(const QDateTime& when, const QDateTime& now)
{
    if (!when.isValid())
        return QStringLiteral("—");
    const QDateTime local = when.toLocalTime();
    if (local.date() == now.toLocalTime().date())
        return local.toString(QStringLiteral("HH:mm"));
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           local.toString(QStringLiteral("HH:mm"));
}
