#include "SafeText.h"

QString SafeText::toolTip(const QString& plain)
{
    if (plain.isEmpty())
        return plain;
    QString html = plain.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return QStringLiteral("<qt>%1</qt>").arg(html);
}
