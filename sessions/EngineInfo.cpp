#include "EngineInfo.h"

#include <QRegularExpression>
#include <QtGlobal>
#include <QtWebEngineCore/qtwebenginecoreglobal.h>

QString EngineInfo::qtVersion()
{
    return QString::fromLatin1(qVersion());
}

QString EngineInfo::webEngineVersion()
{
    return QString::fromLatin1(qWebEngineVersion());
}

QString EngineInfo::chromiumVersion()
{
    return QString::fromLatin1(qWebEngineChromiumVersion());
}

QString EngineInfo::chromiumVersionOf(const QString& userAgent)
{
    static const QRegularExpression chrome(QStringLiteral("Chrome/([0-9.]+)"));
    const QRegularExpressionMatch match = chrome.match(userAgent);
    return match.hasMatch() ? match.captured(1) : QString();
}

int EngineInfo::chromiumMajorVersion()
{
    return chromiumVersion().section(QLatin1Char('.'), 0, 0).toInt();
}

QString EngineInfo::summary()
{
    return QStringLiteral("Qt %1, Qt WebEngine %2 (Chromium %3)")
        .arg(qtVersion(), webEngineVersion(), chromiumVersion());
}
