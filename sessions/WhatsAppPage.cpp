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

bool WhatsAppPage::acceptNavigationRequest(const QUrl& url, NavigationType type, bool isMainFrame)
{
    if (isMainFrame && type == NavigationTypeLinkClicked && !isWhatsAppOrigin(url) &&
        (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))) {
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
