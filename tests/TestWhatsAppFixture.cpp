// The fake WhatsApp Web server itself, over real HTTP on 127.0.0.1: what the page and the tests
// rely on (QR refs and linking, message records, confirmations, faults).
#include "FakeWhatsAppServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QtTest>

class TestWhatsAppFixture : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_net;

    struct Reply
    {
        int status = 0;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray body;
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    };
    Reply request(const QUrl& url, const QByteArray& post = {})
    {
        QNetworkRequest req(url);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply* reply = post.isNull() ? m_net.get(req) : m_net.post(req, post);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(5000))
            qWarning() << "no answer from" << url;
        Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->error(),
                     reply->readAll()};
        reply->deleteLater();
        return result;
    }
    static QByteArray json(const QJsonObject& object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

private slots:
    void servesTheAppAndNothingElse()
    {
        FakeWhatsAppServer server;
        QVERIFY(server.start());
        QCOMPARE(server.url().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(server.port() > 0);
        const Reply app = request(server.url().resolved(QUrl(QStringLiteral("send?phone=1&text=x"))));
        QCOMPARE(app.status, 200);
        QVERIFY(app.body.contains("/static/app.js"));
        QCOMPARE(request(server.url().resolved(QUrl(QStringLiteral("static/app.js")))).status, 200);
        QCOMPARE(request(server.url().resolved(QUrl(QStringLiteral("static/..%2Fapp.html")))).status, 404);
        QCOMPARE(request(server.url().resolved(QUrl(QStringLiteral("static/missing.js")))).status, 404);
    }

    void linksAScannedRefOnly()
    {
        FakeWhatsAppServer server;
        QVERIFY(server.start());
        const QUrl qr = server.url().resolved(QUrl(QStringLiteral("api/qr?client=page1")));
        const QString ref = request(qr).json().value(QStringLiteral("ref")).toString();
        QVERIFY(ref.startsWith(QStringLiteral("2@")));
        QCOMPARE(server.currentRefs(), QStringList{ref});
        QVERIFY(!server.scan(QStringLiteral("2@unknown"), QStringLiteral("+905551112233")));
        QVERIFY(!server.scan(ref, QStringLiteral("123"))); // not a phone number
        QSignalSpy linked(&server, &FakeWhatsAppServer::linked);
        QVERIFY(server.scan(ref, QStringLiteral("+905551112233")));
        QCOMPARE(linked.size(), 1);
        QVERIFY(!server.scan(ref, QStringLiteral("+15551234567"))); // already used
        const QJsonObject reply = request(qr).json();
        QVERIFY(reply.value(QStringLiteral("linked")).toBool());
        QCOMPARE(reply.value(QStringLiteral("wid")).toString(), QStringLiteral("905551112233:1@c.us"));
        const QString token = reply.value(QStringLiteral("token")).toString();
        QVERIFY(!token.isEmpty());

        const QUrl state = server.url().resolved(QUrl(QStringLiteral("api/state?token=") + token));
        QVERIFY(request(state).json().value(QStringLiteral("valid")).toBool());
        server.logoutFromPhone(QStringLiteral("905551112233"));
        QVERIFY(!request(state).json().value(QStringLiteral("valid")).toBool());
    }

    void recordsMessagesOnceAndConfirmsThem()
    {
        FakeWhatsAppServer server;
        QVERIFY(server.start());
        server.setConfirmDelay(100);
        const QUrl qr = server.url().resolved(QUrl(QStringLiteral("api/qr?client=p")));
        QVERIFY(server.scan(request(qr).json().value(QStringLiteral("ref")).toString(),
                            QStringLiteral("+905551112233")));
        const QString token = request(qr).json().value(QStringLiteral("token")).toString();

        const QString text = QStringLiteral("Line 1\n\"quoted\" </script> 👋🏽 مرحبا");
        const QUrl send = server.url().resolved(QUrl(QStringLiteral("api/send")));
        const QByteArray body =
            json({{"token", token}, {"to", "+15551234567"}, {"text", text}, {"id", "3EB0AA"}});
        server.holdConfirmations(true);
        QCOMPARE(request(send, body).status, 200);
        QCOMPARE(request(send, body).status, 200); // a retried post of the same message
        QCOMPARE(server.messages().size(), 1);
        const FakeWhatsAppMessage message = server.messages().first();
        QCOMPARE(message.text, text);
        QCOMPARE(message.fromPhone, QStringLiteral("+905551112233"));
        QCOMPARE(message.toPhone, QStringLiteral("+15551234567"));
        QTest::qWait(300);
        QCOMPARE(server.messages().first().status, QStringLiteral("msg-time")); // held
        server.holdConfirmations(false);
        QCOMPARE(server.messages().first().status, QStringLiteral("msg-check"));

        // Unknown token: refused, nothing recorded.
        QCOMPARE(request(send, json({{"token", "nope"}, {"to", "1555"}, {"text", "x"}, {"id", "B"}})).status,
                 401);
        QCOMPARE(server.messages().size(), 1);

        // Chats: history and numbers that are not on WhatsApp.
        server.addExistingMessage(QStringLiteral("+905551112233"), QStringLiteral("+15551234567"),
                                  QStringLiteral("old"));
        const QJsonObject chat =
            request(
                server.url().resolved(QUrl(QStringLiteral("api/chat?token=%1&phone=15551234567").arg(token))))
                .json();
        QVERIFY(chat.value(QStringLiteral("exists")).toBool());
        QCOMPARE(chat.value(QStringLiteral("messages")).toArray().size(), 2);
        QCOMPARE(server.messages().size(), 1); // history is not "received"
        server.setNotOnWhatsApp(QStringLiteral("+4915100000000"));
        QVERIFY(!request(server.url().resolved(
                             QUrl(QStringLiteral("api/chat?token=%1&phone=4915100000000").arg(token))))
                     .json()
                     .value(QStringLiteral("exists"))
                     .toBool());
    }

    void unreachableModes()
    {
        FakeWhatsAppServer server;
        QVERIFY(server.start());
        server.setUnreachable(true, FakeWhatsAppServer::UnreachableMode::ServiceUnavailable);
        QCOMPARE(request(server.url()).status, 503);
        server.setUnreachable(true, FakeWhatsAppServer::UnreachableMode::CloseConnection);
        const Reply closed = request(server.url());
        QCOMPARE(closed.status, 0);
        QVERIFY(closed.error != QNetworkReply::NoError);
        server.setUnreachable(false);
        // A fresh connection: the manager may keep one from the 503 answers, which a browser
        // would drop too after the server went away.
        m_net.clearConnectionCache();
        QCOMPARE(request(server.url()).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestWhatsAppFixture)
#include "TestWhatsAppFixture.moc"
