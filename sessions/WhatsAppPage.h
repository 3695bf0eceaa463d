#pragma once

#include <QUrl>
#include <QWebEnginePage>

// The page of one SDR's WhatsApp Web. Links that leave WhatsApp's origin are not opened inside the
// session: they are handed out through externalLinkRequested (the system browser opens them).
class WhatsAppPage : public QWebEnginePage
{
    Q_OBJECT
public:
    WhatsAppPage(QWebEngineProfile* profile, const QUrl& whatsappUrl, QObject* parent = nullptr);

    bool isWhatsAppOrigin(const QUrl& url) const;
    // Links the system may open for a person: http(s), mailto and tel only (never file:, custom
    // schemes or javascript:, which a message from anyone could carry).
    static bool isOpenableExternally(const QUrl& url);

signals:
    void externalLinkRequested(const QUrl& url);

protected:
    bool acceptNavigationRequest(const QUrl& url, NavigationType type, bool isMainFrame) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString& message, int lineNumber,
                                  const QString& sourceID) override;

private:
    bool isGrantable(bool isNotifications, const QUrl& origin) const;

    QUrl m_whatsappUrl;
};
