#include "ConnectionStatus.h"
#include "CrmClient.h"
#include "FakeCrm.h"
#include "OutboxEntry.h"
#include "SelfSignedCertificate.h"
#include "Utc.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QtTest>

namespace {
// Runs one call and waits for its callback (the event loop keeps running: QTRY).
template <typename Call> CrmResponse call(Call&& start)
{
    std::optional<CrmResponse> result;
    QObject context;
    start(&context, [&result](const CrmResponse& response) { result = response; });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
    }();
    return result.value_or(CrmResponse());
}
} // namespace

class TestCrmClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeCrm> m_crm;
    std::unique_ptr<CrmClient> m_client;

private slots:
    void init()
    {
        m_crm = std::make_unique<FakeCrm>();
        QVERIFY(m_crm->start());
        m_crm->setToken(QStringLiteral("secret-token-123"));
        m_client = std::make_unique<CrmClient>();
        m_client->setBaseUrl(m_crm->url());
        m_client->setToken(QStringLiteral("secret-token-123"));
        m_client->setTimeoutMs(500);
    }
    void cleanup()
    {
        m_client.reset();
        m_crm.reset();
    }

    void sdrListWithBearerToken()
    {
        m_crm->addSdr("sdr_john", "John Smith", true, "+15551234567");
        const CrmResponse response = call([&](QObject* ctx, auto cb) { m_client->fetchSdrs(ctx, cb); });
        QCOMPARE(response.kind, CrmResponse::Kind::Ok);
        const QJsonArray sdrs = response.json.object().value("sdrs").toArray();
        QCOMPARE(sdrs.size(), 1);
        QCOMPARE(sdrs.first().toObject().value("id").toString(), QStringLiteral("sdr_john"));
        const auto requests = m_crm->requests(FakeCrm::Endpoint::Sdrs);
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().header("authorization"), QByteArray("Bearer secret-token-123"));
        QCOMPARE(requests.first().method, QByteArray("GET"));
    }

    void queueQueryCarriesSdrIdAndLimit()
    {
        m_crm->addLead("sdr a&b", "lead_1", "+905454031918", "hi");
        const CrmResponse response =
            call([&](QObject* ctx, auto cb) { m_client->fetchQueue("sdr a&b", 7, ctx, cb); });
        QCOMPARE(response.kind, CrmResponse::Kind::Ok);
        const auto request = m_crm->requests(FakeCrm::Endpoint::Queue).first();
        QCOMPARE(request.query.queryItemValue("sdrId", QUrl::FullyDecoded), QStringLiteral("sdr a&b"));
        QCOMPARE(request.query.queryItemValue("limit"), QStringLiteral("7"));
        QCOMPARE(response.json.object().value("leads").toArray().size(), 1);
    }

    void resultAndStatusPayloads()
    {
        m_crm->addLead("sdr_john", "lead/1?x", "+905454031918", "hi");
        OutboxEntry entry;
        entry.leadId = "lead/1?x";
        entry.sdrId = "sdr_john";
        entry.attemptId = "6f1c-attempt";
        entry.sentAt = QDateTime(QDate(2026, 11, 20), QTime(10, 1, 2), Utc::zone());
        const CrmResponse posted = call([&](QObject* ctx, auto cb) {
            m_client->postResult(entry.leadId, CrmClient::resultPayload(entry), ctx, cb);
        });
        QCOMPARE(posted.kind, CrmResponse::Kind::Ok);
        QCOMPARE(posted.httpStatus, 204);
        const QJsonObject body = m_crm->acceptedResults().value("lead/1?x");
        QCOMPARE(body.value("status").toString(), QStringLiteral("sent"));
        QCOMPARE(body.value("sdrId").toString(), QStringLiteral("sdr_john"));
        QCOMPARE(body.value("attempt_id").toString(), QStringLiteral("6f1c-attempt"));
        QCOMPARE(body.value("sent_at").toString(), QStringLiteral("2026-11-20T10:01:02.000Z"));
        QVERIFY(body.value("error").isNull());

        OutboxEntry failed = entry;
        failed.sentAt = QDateTime();
        failed.error = "invalid_phone";
        const QJsonObject failedPayload = CrmClient::resultPayload(failed);
        QCOMPARE(failedPayload.value("status").toString(), QStringLiteral("failed"));
        QCOMPARE(failedPayload.value("error").toString(), QStringLiteral("invalid_phone"));
        QVERIFY(failedPayload.value("sent_at").isNull());

        ConnectionStatus status;
        status.sdrId = "sdr_john";
        status.whatsappConnected = true;
        status.whatsappPhone = "+15551234567";
        status.whatsappSessionId = "b1d2";
        status.whatsappConnectedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 58), Utc::zone());
        status.state = ConnectionState::Connected;
        const CrmResponse put = call([&](QObject* ctx, auto cb) {
            m_client->putStatus("sdr_john", CrmClient::statusPayload(status), ctx, cb);
        });
        QCOMPARE(put.kind, CrmResponse::Kind::Ok);
        const QJsonObject statusBody = m_crm->statusPuts("sdr_john").first();
        QCOMPARE(statusBody.value("whatsapp_connected").toBool(), true);
        QCOMPARE(statusBody.value("whatsapp_phone").toString(), QStringLiteral("+15551234567"));
        QCOMPARE(statusBody.value("whatsapp_session_id").toString(), QStringLiteral("b1d2"));
        QCOMPARE(statusBody.value("state").toString(), QStringLiteral("connected"));
        QCOMPARE(statusBody.value("whatsapp_connected_at").toString(),
                 QStringLiteral("2026-11-20T09:58:00.000Z"));
    }

    void unauthorizedSuspendsEverythingUntilANewToken()
    {
        m_client->setToken("wrong");
        QSignalSpy unauthorized(m_client.get(), &CrmClient::unauthorized);
        CrmResponse response =
            call([&](QObject* ctx, auto cb) { m_client->fetchQueue("sdr_john", 20, ctx, cb); });
        QCOMPARE(response.kind, CrmResponse::Kind::Unauthorized);
        QCOMPARE(unauthorized.size(), 1);
        QVERIFY(m_client->isSuspended());
        const int requestsBefore = int(m_crm->requests().size());
        response = call([&](QObject* ctx, auto cb) { m_client->fetchSdrs(ctx, cb); });
        QCOMPARE(response.kind, CrmResponse::Kind::Suspended);
        QCOMPARE(int(m_crm->requests().size()), requestsBefore); // nothing went out
        QCOMPARE(unauthorized.size(), 1);

        m_client->setToken("secret-token-123");
        QVERIFY(!m_client->isSuspended());
        response = call([&](QObject* ctx, auto cb) { m_client->fetchSdrs(ctx, cb); });
        QCOMPARE(response.kind, CrmResponse::Kind::Ok);
    }

    void aStale401DoesNotSuspend()
    {
        // The token changes while a call made with the old one is on the wire (the keychain answered
        // late): the CRM's 401 to it says nothing about the new token.
        m_client->setToken("old-token");
        QSignalSpy unauthorized(m_client.get(), &CrmClient::unauthorized);
        bool rotated = false;
        connect(m_crm.get(), &FakeCrm::requestReceived, m_client.get(), [&](const FakeCrmRequest&) {
            if (!std::exchange(rotated, true))
                m_client->setToken("secret-token-123");
        });
        const CrmResponse response = call([&](QObject* ctx, auto cb) { m_client->fetchSdrs(ctx, cb); });
        QCOMPARE(response.kind, CrmResponse::Kind::Ok);
        QVERIFY(!m_client->isSuspended());
        QCOMPARE(unauthorized.size(), 0);
        const auto requests = m_crm->requests(FakeCrm::Endpoint::Sdrs);
        QCOMPARE(requests.size(), 2); // refused with the old token, then sent again with the new one
        QCOMPARE(requests.at(0).header("authorization"), QByteArray("Bearer old-token"));
        QCOMPARE(requests.at(1).header("authorization"), QByteArray("Bearer secret-token-123"));
    }

    void a401ToTheCurrentTokenStillSuspends()
    {
        m_client->setToken("revoked");
        m_client->setToken("revoked-too"); // several changes: only the token a call carried matters
        QSignalSpy unauthorized(m_client.get(), &CrmClient::unauthorized);
        const CrmResponse response = call([&](QObject* ctx, auto cb) { m_client->fetchSdrs(ctx, cb); });
        QCOMPARE(response.kind, CrmResponse::Kind::Unauthorized);
        QVERIFY(m_client->isSuspended());
        QCOMPARE(unauthorized.size(), 1);
        QCOMPARE(m_crm->requests().size(), 1);
    }

    void callsWaitForTheToken()
    {
        CrmClient client;
        client.setBaseUrl(m_crm->url());
        client.awaitToken();
        std::optional<CrmResponse> result;
        QObject context;
        client.fetchSdrs(&context, [&](const CrmResponse& response) { result = response; });
        client.fetchQueue("sdr_john", 5, &context, [](const CrmResponse&) {});
        QCOMPARE(client.heldCalls(), 2);
        QCoreApplication::processEvents();
        QVERIFY(!result);
        QVERIFY(m_crm->requests().isEmpty()); // nothing went out without the token

        client.setToken("secret-token-123");
        QCOMPARE(client.heldCalls(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
        QCOMPARE(result->kind, CrmResponse::Kind::Ok);
        QTRY_COMPARE(m_crm->requests().size(), 2);
        for (const FakeCrmRequest& request : m_crm->requests())
            QCOMPARE(request.header("authorization"), QByteArray("Bearer secret-token-123"));
    }

    void faults_data()
    {
        QTest::addColumn<int>("faultIndex");
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("retryAfterMs");
        QTest::newRow("503") << 0 << int(CrmResponse::Kind::ServerError) << qint64(-1);
        QTest::newRow("429 retry-after seconds") << 1 << int(CrmResponse::Kind::RateLimited) << qint64(7000);
        QTest::newRow("hang") << 2 << int(CrmResponse::Kind::Timeout) << qint64(-1);
        QTest::newRow("malformed json") << 3 << int(CrmResponse::Kind::NotJson) << qint64(-1);
        QTest::newRow("html") << 4 << int(CrmResponse::Kind::NotJson) << qint64(-1);
        QTest::newRow("9 MiB body") << 5 << int(CrmResponse::Kind::TooLarge) << qint64(-1);
        QTest::newRow("connection closed") << 6 << int(CrmResponse::Kind::NetworkError) << qint64(-1);
        QTest::newRow("409") << 7 << int(CrmResponse::Kind::Conflict) << qint64(-1);
        QTest::newRow("400") << 8 << int(CrmResponse::Kind::ClientError) << qint64(-1);
    }

    void faults()
    {
        QFETCH(int, faultIndex);
        QFETCH(int, kind);
        QFETCH(qint64, retryAfterMs);
        const QVector<FakeCrmFault> faults{
            FakeCrmFault::serverError(503), FakeCrmFault::rateLimited("7"), FakeCrmFault::hanging(),
            FakeCrmFault::malformedJson(),  FakeCrmFault::notJson(),        FakeCrmFault::huge(),
            FakeCrmFault::closed(),         FakeCrmFault::withStatus(409),  FakeCrmFault::withStatus(400)};
        // QNetworkAccessManager itself resends a GET once when a kept-alive connection was closed
        // without an answer, so a closed connection must happen more than once to reach us.
        m_crm->injectFault(FakeCrm::Endpoint::Queue, faults.at(faultIndex),
                           faults.at(faultIndex).close ? 5 : 1);
        const CrmResponse response =
            call([&](QObject* ctx, auto cb) { m_client->fetchQueue("sdr_john", 20, ctx, cb); });
        m_crm->clearFaults();
        QCOMPARE(int(response.kind), kind);
        QCOMPARE(response.retryAfterMs, retryAfterMs);
        QVERIFY(!response.errorString.isEmpty());
        QVERIFY(response.body.size() <= CrmClient::MaxResponseBytes);
        // The client is fine afterwards (the fault was for one call only).
        const CrmResponse next =
            call([&](QObject* ctx, auto cb) { m_client->fetchQueue("sdr_john", 20, ctx, cb); });
        QCOMPARE(next.kind, CrmResponse::Kind::Ok);
    }

    void connectionRefused()
    {
        const QUrl url = m_crm->url();
        m_crm.reset(); // nothing listens there now
        m_client->setBaseUrl(url);
        const CrmResponse response = call([&](QObject* ctx, auto cb) { m_client->fetchSdrs(ctx, cb); });
        QCOMPARE(response.kind, CrmResponse::Kind::NetworkError);
    }

    void notConfigured()
    {
        CrmClient client;
        const CrmResponse response = call([&](QObject* ctx, auto cb) { client.fetchSdrs(ctx, cb); });
        QCOMPARE(response.kind, CrmResponse::Kind::NotConfigured);
    }

    void callbackSkippedWhenContextIsGone()
    {
        m_crm->injectFault(FakeCrm::Endpoint::Sdrs, FakeCrmFault::serverError());
        bool called = false;
        auto* context = new QObject;
        m_client->fetchSdrs(context, [&called](const CrmResponse&) { called = true; });
        delete context;
        QTRY_COMPARE_WITH_TIMEOUT(m_crm->requests(FakeCrm::Endpoint::Sdrs).size(), 1, 5000);
        QTest::qWait(100);
        QVERIFY(!called);
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("seconds") << QByteArray("120") << qint64(120000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("capped") << QByteArray("999999") << qint64(3600000);
        QTest::newRow("http date") << QByteArray("Fri, 20 Nov 2026 10:00:30 GMT") << qint64(30000);
        QTest::newRow("past date") << QByteArray("Fri, 20 Nov 2026 09:00:00 GMT") << qint64(0);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
    }

    void retryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expected);
        const QDateTime now(QDate(2026, 11, 20), QTime(10, 0), Utc::zone());
        QCOMPARE(CrmClient::parseRetryAfter(value, now), expected);
    }

    void tlsErrorsAreSurfacedNotIgnored()
    {
        QSslServer server;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(SelfSignedCertificate::certificatePem()));
        config.setPrivateKey(QSslKey(SelfSignedCertificate::privateKeyPem(), QSsl::Rsa));
        server.setSslConfiguration(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        CrmClient client;
        client.setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort())));
        client.setToken("secret-token-123");
        client.setTimeoutMs(5000);
        QSignalSpy tls(&client, &CrmClient::tlsError);
        const CrmResponse response = call([&](QObject* ctx, auto cb) { client.fetchSdrs(ctx, cb); });
        QCOMPARE(response.kind, CrmResponse::Kind::TlsError);
        QCOMPARE(tls.size(), 1);
        QCOMPARE(tls.first().at(0).toString(), QStringLiteral("127.0.0.1"));
        QVERIFY(!tls.first().at(1).toString().isEmpty());
        QVERIFY(!response.errorString.contains("secret-token-123"));
    }
};

QTEST_GUILESS_MAIN(TestCrmClient)
#include "TestCrmClient.moc"
