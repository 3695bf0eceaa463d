#include "WhatsAppPage.h"

#include "SessionsLogging.h"

WhatsAppPage::WhatsAppPage(QWebEngineProfile* profile, const QUrl& whatsappUrl, QObject* parent)
    : QWebEnginePage(profile, parent)
    , m_whatsappUrl(whatsappUrl)
{
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
