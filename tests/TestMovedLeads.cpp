// Deliver 4: leads the CRM moves between SDRs are never lost, never blocked and never sent twice —
// the whole core path against the fake CRM over real HTTP, with fake channels.
#include "CrmClient.h"
#include "FakeChannelProvider.h"
#include "FakeCrm.h"
#include "FakeMessageChannel.h"
#include "Outbox.h"
#include "QueueTestEnv.h"
#include "ResultReporter.h"
#include "SdrDirectory.h"
#include "SenderEngine.h"
#include "SystemClock.h"

#include <QtTest>

class TestMovedLeads : public QObject
{
    Q_OBJECT

    std::unique_ptr<QueueTestEnv> m_env;
    std::unique_ptr<FakeCrm> m_crm;
    std::unique_ptr<CrmClient> m_client;
    std::unique_ptr<FakeMessageChannel> m_ana;
    std::unique_ptr<FakeMessageChannel> m_ben;
    std::unique_ptr<FakeChannelProvider> m_provider;
    SystemClock m_clock;
    std::unique_ptr<SenderEngine> m_engine;

    void startEngine()
    {
        m_engine = std::make_unique<SenderEngine>(m_env->store.get(), m_env->settings.get(), &m_clock,
                                                  m_client.get(), m_provider.get(), m_env->sdrs.get(),
                                                  m_env->activity.get(), m_env->statuses.get());
        m_engine->setRandomSeed(99);
        m_engine->resultReporter()->setBackoff(100, 400);
        m_engine->start();
    }
    OutboxState stateOf(const QString& id) const
    {
        const auto entry = m_engine->outbox()->find(id);
        return entry ? entry->state : OutboxState::Cancelled;
    }
    int sendsOf(const FakeMessageChannel& channel, const QString& text) const
    {
        int count = 0;
        for (const FakeChannelMessage& message : channel.messages())
            count += message.text == text ? 1 : 0;
        return count;
    }

private slots:
    void init()
    {
        m_env = std::make_unique<QueueTestEnv>();
        QVERIFY(m_env->open());
        m_env->disablePacing();
        QVERIFY(m_env->settings->setGlobal(SettingKeys::PollIntervalSecs, 1));
        m_crm = std::make_unique<FakeCrm>();
        QVERIFY(m_crm->start());
        m_crm->setToken("t");
        m_crm->addSdr("sdr_ana", "Ana", true);
        m_crm->addSdr("sdr_ben", "Ben", true);
        m_client = std::make_unique<CrmClient>();
        m_client->setBaseUrl(m_crm->url());
        m_client->setToken("t");
        m_client->setTimeoutMs(1000);
        m_provider = std::make_unique<FakeChannelProvider>();
        m_ana = std::make_unique<FakeMessageChannel>("sdr_ana", "15550000001");
        m_ben = std::make_unique<FakeMessageChannel>("sdr_ben", "15550000002");
        m_provider->setChannel("sdr_ana", m_ana.get());
        m_provider->setChannel("sdr_ben", m_ben.get());
    }
    void cleanup()
    {
        m_engine.reset();
        m_provider.reset();
        m_ana.reset();
        m_ben.reset();
        m_client.reset();
        m_crm.reset();
        m_env.reset();
    }

    void aDeactivatedSdrsLeadsGoToTheirNewOwner()
    {
        m_ana->setState(ConnectionState::PhoneOffline); // Ana cannot send: her leads wait
        m_crm->addLead("sdr_ana", "a1", "+905454031901", "Hi one");
        m_crm->addLead("sdr_ana", "a2", "+905454031902", "Hi two");
        startEngine();
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->outbox()->count(OutboxState::Queued, "sdr_ana"), 2, 10000);

        // The CRM deactivates Ana and gives her leads to Ben (oldest first in his queue).
        m_crm->setSdrActive("sdr_ana", false);
        m_crm->reassignLead("a1", "sdr_ben");
        m_crm->reassignLead("a2", "sdr_ben");
        m_engine->directory()->refresh();

        QTRY_COMPARE_WITH_TIMEOUT(m_crm->acceptedResults().size(), 2, 20000);
        for (const char* id : {"a1", "a2"}) {
            const QJsonObject result = m_crm->acceptedResults().value(id);
            QCOMPARE(result.value("status").toString(), QStringLiteral("sent"));
            QCOMPARE(result.value("sdrId").toString(), QStringLiteral("sdr_ben"));
        }
        QVERIFY(m_ana->sendRequests().isEmpty());
        QCOMPARE(sendsOf(*m_ben, "Hi one"), 1);
        QCOMPARE(sendsOf(*m_ben, "Hi two"), 1);
        QVERIFY2(m_crm->violations().isEmpty(), qPrintable(m_crm->violations().join('\n')));
    }

    void aLeadRecordedUnderTheWrongSdrIsSentByItsOwner()
    {
        // A CRM glitch serves Ben's lead in Ana's queue too: recorded under Ana as routing_mismatch.
        // Ana's report does not get through before Ben's queue serves the lead.
        m_crm->addLead("sdr_ana", "x1", "+905454031903", "For Ben", "X", "sdr_ben");
        m_crm->injectFault(FakeCrm::Endpoint::Result, FakeCrmFault::serverError(503), 1000);
        m_crm->setSdrActive("sdr_ben", false);
        startEngine();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf("x1"), OutboxState::Failed, 10000);
        QCOMPARE(m_engine->outbox()->find("x1")->error, QStringLiteral("routing_mismatch"));

        m_crm->addLead("sdr_ben", "x1", "+905454031903", "For Ben", "X", "sdr_ben");
        m_crm->setSdrActive("sdr_ben", true);
        m_engine->directory()->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf("x1"), OutboxState::Sent, 20000);
        m_crm->clearFaults();
        QTRY_VERIFY_WITH_TIMEOUT(m_crm->acceptedResults().contains("x1"), 20000);
        QCOMPARE(m_crm->acceptedResults().value("x1").value("status").toString(), QStringLiteral("sent"));
        QCOMPARE(m_crm->acceptedResults().value("x1").value("sdrId").toString(), QStringLiteral("sdr_ben"));
        QCOMPARE(sendsOf(*m_ben, "For Ben"), 1);
        QVERIFY(m_ana->sendRequests().isEmpty());
    }

    void aSentLeadAnswered409IsReportedAgainForItsNewOwner()
    {
        m_crm->setSdrActive("sdr_ben", false);
        m_crm->addLead("sdr_ana", "s1", "+905454031904", "Sent by Ana");
        m_crm->injectFault(FakeCrm::Endpoint::Result, FakeCrmFault::serverError(503), 1000);
        startEngine();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf("s1"), OutboxState::Sent, 10000);
        const QString attempt = m_engine->outbox()->find("s1")->attemptId;
        // Moved to Ben after Ana sent it: Ana's report gets 409, Ben's queue serves the lead.
        m_crm->reassignLead("s1", "sdr_ben");
        m_crm->clearFaults();
        m_crm->setSdrActive("sdr_ben", true);
        m_engine->directory()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(m_crm->acceptedResults().contains("s1"), 20000);
        const QJsonObject result = m_crm->acceptedResults().value("s1");
        QCOMPARE(result.value("status").toString(), QStringLiteral("sent"));
        QCOMPARE(result.value("sdrId").toString(), QStringLiteral("sdr_ben"));
        QCOMPARE(result.value("attempt_id").toString(), attempt);
        QCOMPARE(m_crm->queueSize("sdr_ben"), 0); // no longer blocking Ben's queue
        QCOMPARE(sendsOf(*m_ana, "Sent by Ana"), 1);
        QVERIFY(m_ben->sendRequests().isEmpty()); // never sent twice
        QVERIFY2(m_crm->violations().isEmpty(), qPrintable(m_crm->violations().join('\n')));
    }
};

QTEST_GUILESS_MAIN(TestMovedLeads)
#include "TestMovedLeads.moc"
