#include "HeavyWhatsAppServer.h"

#include "EventLoopWait.h"
#include "WhatsAppSession.h"

#include <QFile>
#include <QWebEnginePage>
#include <QWebEngineScript>

HeavyWhatsAppServer::HeavyWhatsAppServer(QObject* parent)
    : FakeWhatsAppServer(parent)
{
}

HeavyWhatsAppServer::Response HeavyWhatsAppServer::respond(const Request& request)
{
    if (request.path == QLatin1String("/bench/retain.js")) {
        QFile file(QStringLiteral(":/bench/heavy/retain.js"));
        if (!file.open(QIODevice::ReadOnly))
            return Response{404, "text/plain", "not found"};
        return Response{200, "application/javascript", file.readAll()};
    }
    Response response = FakeWhatsAppServer::respond(request);
    static const QByteArray appScript = "<script src=\"/static/app.js\"></script>";
    if (m_heavy && response.contentType.startsWith("text/html") && response.body.contains(appScript))
        response.body.replace(appScript, appScript + "\n<script src=\"/bench/retain.js\"></script>");
    return response;
}

bool HeavyWhatsAppServer::retainDone(WhatsAppSession* session)
{
    QWebEnginePage* page = session->page();
    if (!page || !session->isAwake())
        return false;
    bool done = false;
    bool answered = false;
    // The page's own world: retain.js keeps its objects on the page's window.
    page->runJavaScript(QStringLiteral("!!(window.__sdrHeavy && window.__sdrHeavy.done)"),
                        QWebEngineScript::MainWorld, [&](const QVariant& value) {
                            done = value.toBool();
                            answered = true;
                        });
    return EventLoopWait::until([&] { return answered; }, 5000) && done;
}
