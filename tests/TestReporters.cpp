#include "CrmClient.h"
#include "FakeCrm.h"
#include "Outbox.h"
#include "QueueTestEnv.h"
#include "ResultReporter.h"
#include "StatusReporter.h"
#include "TryInEventLoop.h"

#include <QSignalSpy>
#include <QtTest>

class TestReporters : public QObject
{
    Q_OBJECT

    std::unique_ptr<QueueTestEnv> m_env;
    std::unique_ptr<FakeCrm> m_crm;
    std::unique_ptr<CrmClient> m_client;
    std::unique_ptr<Outbox> m_outbox;

    void sentLead(const QString& id, bool sent = true)
    {
        Lead lead;
        lead.id = id;
        lead.sdrId = "sdr_a";
        lead.phone = "+905454031918";
        lead.message = "hi";
        m_crm->addLead("sdr_a", id, lead.phone, lead.message);
        m_outbox->enqueue(lead);
        QVERIFY(m_outbox->beginSend(id));
        if (sent)
            QVERIFY(m_outbox->markSent(id, m_env->clock.now()));
        else
            QVERIFY(m_outbox->markFailed(id, "not_on_whatsapp", "the number is not on WhatsApp"));
    }
    std::unique_ptr<ResultReporter> makeResultReporter(CrmClient* client)
    {
        auto reporter =
            std::make_unique<ResultReporter>(m_outbox.get(), client, &m_env->clock, m_env->activity.get());
        reporter->setBackoff(100, 400);
        return reporter;
    }

private slots:
    void init()
    {
        m_env = std::make_unique<QueueTestEnv>();
        QVERIFY(m_env->open());
        m_env->addSdr("sdr_a", "crm");
        m_crm = std::make_unique<FakeCrm>();
        QVERIFY(m_crm->start());
        m_client = std::make_unique<CrmClient>();
        m_client->setBaseUrl(m_crm->url());
        m_client->setToken("t");
        m_client->setTimeoutMs(500);
        m_outbox = std::make_unique<Outbox>(m_env->store.get(), &m_env->clock);
    }
    void cleanup()
    {
        m_outbox.reset();
        m_client.reset();
        m_crm.reset();
        m_env.reset();
    }

    void reportsSentAndFailedWithTheirAttemptId()
    {
        sentLead("l1", true);
        sentLead("l2", false);
        auto reporter = makeResultReporter(m_client.get());
        QSignalSpy reported(reporter.get(), &ResultReporter::reported);
        reporter->start();
        SDR_TRY_COMPARE_WITH_TIMEOUT(reported.size(), 2, 5000);
        const auto results = m_crm->acceptedResults();
        QCOMPARE(results.value("l1").value("status").toString(), QStringLiteral("sent"));
        QCOMPARE(results.value("l1").value("attempt_id").toString(), m_outbox->find("l1")->attemptId);
        QCOMPARE(results.value("l2").value("status").toString(), QStringLiteral("failed"));
        QCOMPARE(results.value("l2").value("error").toString(), QStringLiteral("not_on_whatsapp"));
        QCOMPARE(m_outbox->find("l1")->state, OutboxState::Reported);
        QCOMPARE(m_outbox->find("l2")->state, OutboxState::Reported);
        QCOMPARE(m_crm->queueSize("sdr_a"), 0);
    }

    void retriesWithTheSameAttemptIdUntilAccepted()
    {
        sentLead("l1");
        m_crm->injectFault(FakeCrm::Endpoint::Result, FakeCrmFault::serverError(503));
        m_crm->injectFault(FakeCrm::Endpoint::Result, FakeCrmFault::hanging());
        m_crm->injectFault(FakeCrm::Endpoint::Result, FakeCrmFault::rateLimited("1"));
        auto reporter = makeResultReporter(m_client.get());
        QSignalSpy reported(reporter.get(), &ResultReporter::reported);
        QSignalSpy failed(reporter.get(), &ResultReporter::reportFailed);
        reporter->start();
        // Retries are due by the injected clock: after each failure (the hanging one ends with the
        // client's 500 ms timeout), move it past the backoff's cap and the Retry-After.
        for (int failures = 1; failures <= 3; ++failures) {
            SDR_TRY_COMPARE(failed.size(), failures);
            QVERIFY(reported.isEmpty());
            m_env->advance(1000);
        }
        SDR_TRY_COMPARE(reported.size(), 1);
        const auto posts = m_crm->resultPosts("l1");
        QCOMPARE(posts.size(), 4);
        for (const QJsonObject& post : posts)
            QCOMPARE(post.value("attempt_id").toString(), m_outbox->find("l1")->attemptId);
        QCOMPARE(m_outbox->find("l1")->reportAttempts, 3);
    }

    void retryScheduleSurvivesARestart()
    {
        sentLead("l1");
        m_crm->injectFault(FakeCrm::Endpoint::Result, FakeCrmFault::serverError(500));
        {
            auto reporter = makeResultReporter(m_client.get());
            QSignalSpy failed(reporter.get(), &ResultReporter::reportFailed);
            reporter->start();
            SDR_TRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        }
        QCOMPARE(m_outbox->find("l1")->state, OutboxState::Sent);
        QVERIFY(m_outbox->find("l1")->nextReportAt.isValid());
        // "Restart": a new reporter on the same store reports it once due.
        m_env->clock.advance(10 * 60 * 1000);
        auto reporter = makeResultReporter(m_client.get());
        QSignalSpy reported(reporter.get(), &ResultReporter::reported);
        reporter->start();
        SDR_TRY_COMPARE_WITH_TIMEOUT(reported.size(), 1, 5000);
        QCOMPARE(m_crm->resultPosts("l1").size(), 2);
    }

    void conflictMeansNoLongerAssigned()
    {
        sentLead("l1");
        m_crm->unassignLead("l1");
        auto reporter = makeResultReporter(m_client.get());
        QSignalSpy reported(reporter.get(), &ResultReporter::reported);
        reporter->start();
        SDR_TRY_COMPARE_WITH_TIMEOUT(reported.size(), 1, 5000);
        QCOMPARE(reported.first().at(1).toBool(), false);
        QCOMPARE(m_outbox->find("l1")->state, OutboxState::Reported);
        QVERIFY(m_outbox->find("l1")->detail.contains("409"));
        QVERIFY(m_outbox->find("l1")->wasSent()); // a sent lead stays sent
    }

    void unauthorizedKeepsTheResult()
    {
        sentLead("l1");
        m_client->setToken("wrong");
        m_crm->setToken("right");
        auto reporter = makeResultReporter(m_client.get());
        QSignalSpy failed(reporter.get(), &ResultReporter::reportFailed);
        reporter->start();
        SDR_TRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QCOMPARE(m_outbox->find("l1")->state, OutboxState::Sent);
    }

    void withoutACrmResultsAreRecordedLocally()
    {
        sentLead("l1", true);
        sentLead("l2", false);
        auto reporter = makeResultReporter(nullptr);
        QSignalSpy reported(reporter.get(), &ResultReporter::reported);
        reporter->start();
        SDR_TRY_COMPARE_WITH_TIMEOUT(reported.size(), 2, 5000);
        QCOMPARE(m_outbox->find("l1")->state, OutboxState::Reported);
        QCOMPARE(m_outbox->find("l2")->error, QStringLiteral("not_on_whatsapp"));
        QVERIFY(m_crm->requests().isEmpty());
    }

    void statusIsPutAndRetried()
    {
        ConnectionStatus status;
        status.sdrId = "sdr_a";
        status.whatsappConnected = true;
        status.whatsappPhone = "+15551234567";
        status.whatsappSessionId = "s1";
        status.whatsappConnectedAt = m_env->clock.now();
        status.state = ConnectionState::Connected;
        status.reportPending = true;
        status.updatedAt = m_env->clock.now();
        m_crm->injectFault(FakeCrm::Endpoint::Status, FakeCrmFault::serverError(502));
        StatusReporter reporter(m_env->statuses.get(), m_client.get(), &m_env->clock);
        reporter.setBackoff(100, 400);
        QSignalSpy reported(&reporter, &StatusReporter::statusReported);
        QSignalSpy failed(&reporter, &StatusReporter::statusReportFailed);
        reporter.start();
        QVERIFY(m_env->statuses->save(status));
        SDR_TRY_COMPARE(failed.size(), 1);
        QVERIFY(m_env->statuses->find("sdr_a")->reportPending);
        m_env->advance(400); // the retry is due by the clock: past the backoff's cap
        SDR_TRY_COMPARE(reported.size(), 1);
        QVERIFY(!m_env->statuses->find("sdr_a")->reportPending);
        const auto puts = m_crm->statusPuts("sdr_a");
        QCOMPARE(puts.size(), 2);
        QCOMPARE(puts.last().value("state").toString(), QStringLiteral("connected"));
        QCOMPARE(puts.last().value("whatsapp_phone").toString(), QStringLiteral("+15551234567"));

        // A new state is reported at once.
        status.state = ConnectionState::PhoneOffline;
        status.updatedAt = m_env->clock.now().addSecs(1);
        QVERIFY(m_env->statuses->save(status));
        SDR_TRY_COMPARE_WITH_TIMEOUT(m_crm->statusPuts("sdr_a").size(), 3, 5000);
        QCOMPARE(m_crm->statusPuts("sdr_a").last().value("state").toString(),
                 QStringLiteral("phone_offline"));
        SDR_TRY_VERIFY_WITH_TIMEOUT(!m_env->statuses->find("sdr_a")->reportPending, 5000);
    }

    // Contract §4 v1.1: every SDR's status again at start-up (a restarted sender is back) and
    // periodically, with sender_id and sender_online; sender_online false on a clean shutdown.
    void statusIsPutAgainAtStartUpPeriodicallyAndOfflineAtShutdown()
    {
        ConnectionStatus status;
        status.sdrId = "sdr_a";
        status.whatsappConnected = true;
        status.whatsappPhone = "+15551234567";
        status.state = ConnectionState::Connected;
        status.reportPending = false; // reported by the previous run
        status.updatedAt = m_env->clock.now();
        QVERIFY(m_env->statuses->save(status));
        StatusReporter reporter(m_env->statuses.get(), m_client.get(), &m_env->clock);
        reporter.setSenderId("sender-0b6e");
        reporter.setHeartbeatMs(1000);
        QSignalSpy reported(&reporter, &StatusReporter::statusReported);
        reporter.start();
        SDR_TRY_COMPARE(reported.size(), 1); // answered: the heartbeat below is a PUT of its own
        QCOMPARE(m_crm->statusPuts("sdr_a").size(), 1);
        QJsonObject put = m_crm->statusPuts("sdr_a").first();
        QCOMPARE(put.value("sender_id").toString(), QStringLiteral("sender-0b6e"));
        QCOMPARE(put.value("sender_online").toBool(), true);
        QCOMPARE(put.value("state").toString(), QStringLiteral("connected"));
        m_env->advance(1000);
        SDR_TRY_COMPARE(reported.size(), 2); // the heartbeat
        QCOMPARE(m_crm->statusPuts("sdr_a").size(), 2);
        reporter.goOffline(3000);
        put = m_crm->statusPuts("sdr_a").last();
        QCOMPARE(put.value("sender_online").toBool(), false);
        QCOMPARE(put.value("sender_id").toString(), QStringLiteral("sender-0b6e"));
        const int puts = int(m_crm->statusPuts("sdr_a").size());
        // No heartbeat after going offline, however far the clock moves. A change made afterwards
        // is still PUT (one at a time): had a heartbeat gone out, it would come first, one PUT more.
        m_env->advance(10 * 60 * 1000);
        status.state = ConnectionState::PhoneOffline;
        status.updatedAt = m_env->clock.now();
        status.reportPending = true;
        QVERIFY(m_env->statuses->save(status));
        SDR_TRY_VERIFY(!m_env->statuses->find("sdr_a")->reportPending);
        QCOMPARE(int(m_crm->statusPuts("sdr_a").size()), puts + 1);
        QCOMPARE(m_crm->statusPuts("sdr_a").last().value("state").toString(),
                 QStringLiteral("phone_offline"));
    }
};

QTEST_GUILESS_MAIN(TestReporters)
#include "TestReporters.moc"
