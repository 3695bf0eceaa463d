#include "EngineInfo.h"

#include <QRegularExpression>
#include <QWebEngineProfile>
#include <QtGlobal>

QString EngineInfo::qtVersion()
{
    return QString::fromLatin1(qVersion());
}

QString EngineInfo::chromiumVersionOf(const QString& userAgent)
{
    static const QRegularExpression chrome(QStringLiteral("Chrome/([0-9.]+)"));
    const QRegularExpressionMatch match = chrome.match(userAgent);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString EngineInfo::defaultUserAgent()
{
    return QWebEngineProfile::defaultProfile()->httpUserAgent();
}

namespace {
QString g_chromiumVersion;
}

void EngineInfo::rememberUserAgent(const QString& userAgent)
{
    if (g_chromiumVersion.isEmpty())
        g_chromiumVersion = chromiumVersionOf(userAgent);
}

QString EngineInfo::chromiumVersion()
{
    return g_chromiumVersion;
}

QString EngineInfo::summary()
{
    const QString chromium = chromiumVersion();
    return QStringLiteral("Qt %1, Qt WebEngine %1, Chromium %2")
        .arg(qtVersion(), chromium.isEmpty() ? QStringLiteral("?") : chromium);
}
