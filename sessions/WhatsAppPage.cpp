#include "WhatsAppPage.h"

#include "SessionsLogging.h"

#include <QtWebEngineCore/qtwebenginecoreversion.h>

#if QTWEBENGINECORE_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QWebEnginePermission>
#endif

WhatsAppPage::WhatsAppPage(QWebEngineProfile* profile, const QUrl& whatsappUrl, QObject* parent)
    : QWebEnginePage(profile, parent)
    , m_whatsappUrl(whatsappUrl)
{
    // Permission requests are answered at once instead of a slow prompt: WhatsApp may show
    // notifications, nothing else is granted. Qt WebEngine 6.8 replaced the feature API.
#if QTWEBENGINECORE_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    connect(this, &QWebEnginePage::permissionRequested, this, [this](QWebEnginePermission permission) {
        if (isGrantable(permission.permissionType() == QWebEnginePermission::PermissionType::Notifications,
                        permission.origin()))
            permission.grant();
        else
            permission.deny();
    });
#else
    connect(this, &QWebEnginePage::featurePermissionRequested, this,
            [this](const QUrl& origin, QWebEnginePage::Feature feature) {
                setFeaturePermission(origin, feature,
                                     isGrantable(feature == QWebEnginePage::Notifications, origin)
                                         ? QWebEnginePage::PermissionGrantedByUser
                                         : QWebEnginePage::PermissionDeniedByUser);
            });
#endif
}

bool WhatsAppPage::isGrantable(bool isNotifications, const QUrl& origin) const
{
    return isNotifications && isWhatsAppOrigin(origin);
}

bool WhatsAppPage::isWhatsAppOrigin(const QUrl& url) const
{
    return url.scheme() == m_whatsappUrl.scheme() && url.host() == m_whatsappUrl.host() &&
           url.port(url.scheme() == QLatin1String("https") ? 443 : 80) ==
               m_whatsappUrl.port(m_whatsappUrl.scheme() == QLatin1String("https") ? 443 : 80);
}

bool WhatsAppPage::isOpenableExternally(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
                             scheme == QLatin1String("mailto") || scheme == QLatin1String("tel"));
}

bool WhatsAppPage::acceptNavigationRequest(const QUrl& url, NavigationType type, bool isMainFrame)
{
    if (isMainFrame && type == NavigationTypeLinkClicked && !isWhatsAppOrigin(url) &&
        isOpenableExternally(url)) {
        emit externalLinkRequested(url);
        return false;
    }
    return QWebEnginePage::acceptNavigationRequest(url, type, isMainFrame);
}

void WhatsAppPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString& message,
                                            int lineNumber, const QString& sourceID)
{
    // Page console output may quote chat content: debug level only.
    qCDebug(lcSession) << "console" << int(level) << sourceID << lineNumber << message.left(300);
}
