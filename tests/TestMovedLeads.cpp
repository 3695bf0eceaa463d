// Deliver 4: leads the CRM moves between SDRs are never lost, never blocked and never sent twice —
// the whole core path against the fake CRM over real HTTP, with fake channels.
#include "EngineTestEnv.h"
#include "FakeMessageChannel.h"
#include "Outbox.h"
#include "ResultReporter.h"
#include "SdrDirectory.h"

#include <QtTest>

class TestMovedLeads : public QObject
{
    Q_OBJECT

    std::unique_ptr<EngineTestEnv> m_env;
    std::unique_ptr<FakeMessageChannel> m_ana;
    std::unique_ptr<FakeMessageChannel> m_ben;

    void startEngine()
    {
        m_env->makeEngine(99);
        m_env->engine->start();
    }
    OutboxState stateOf(const QString& id) const
    {
        const auto entry = m_env->engine->outbox()->find(id);
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
        m_env = std::make_unique<EngineTestEnv>();
        QVERIFY(m_env->open(1000));
        m_env->disablePacing();
        QVERIFY(m_env->settings->setGlobal(SettingKeys::PollIntervalSecs, 1));
        m_env->crm.addSdr("sdr_ana", "Ana", true);
        m_env->crm.addSdr("sdr_ben", "Ben", true);
        m_ana = std::make_unique<FakeMessageChannel>("sdr_ana", "15550000001");
        m_ben = std::make_unique<FakeMessageChannel>("sdr_ben", "15550000002");
        m_env->provider.setChannel("sdr_ana", m_ana.get());
        m_env->provider.setChannel("sdr_ben", m_ben.get());
    }
    void cleanup()
    {
        m_env->engine.reset(); // before the channels it sends through
        m_ana.reset();
        m_ben.reset();
        m_env.reset();
    }

    void aDeactivatedSdrsLeadsGoToTheirNewOwner()
    {
        m_ana->setState(ConnectionState::PhoneOffline); // Ana cannot send: her leads wait
        m_env->crm.addLead("sdr_ana", "a1", "+905454031901", "Hi one");
        m_env->crm.addLead("sdr_ana", "a2", "+905454031902", "Hi two");
        startEngine();
        QTRY_COMPARE_WITH_TIMEOUT(m_env->engine->outbox()->count(OutboxState::Queued, "sdr_ana"), 2, 10000);

        // The CRM deactivates Ana and gives her leads to Ben (oldest first in his queue).
        m_env->crm.setSdrActive("sdr_ana", false);
        m_env->crm.reassignLead("a1", "sdr_ben");
        m_env->crm.reassignLead("a2", "sdr_ben");
        m_env->engine->directory()->refresh();

        QTRY_COMPARE_WITH_TIMEOUT(m_env->crm.acceptedResults().size(), 2, 20000);
        for (const char* id : {"a1", "a2"}) {
            const QJsonObject result = m_env->crm.acceptedResults().value(id);
            QCOMPARE(result.value("status").toString(), QStringLiteral("sent"));
            QCOMPARE(result.value("sdrId").toString(), QStringLiteral("sdr_ben"));
        }
        QVERIFY(m_ana->sendRequests().isEmpty());
        QCOMPARE(sendsOf(*m_ben, "Hi one"), 1);
        QCOMPARE(sendsOf(*m_ben, "Hi two"), 1);
        QVERIFY2(m_env->crm.violations().isEmpty(), qPrintable(m_env->crm.violations().join('\n')));
    }

    void aLeadRecordedUnderTheWrongSdrIsSentByItsOwner()
    {
        // A CRM glitch serves Ben's lead in Ana's queue too: recorded under Ana as routing_mismatch.
        // Ana's report does not get through before Ben's queue serves the lead.
        m_env->crm.addLead("sdr_ana", "x1", "+905454031903", "For Ben", "X", "sdr_ben");
        m_env->crm.injectFault(FakeCrm::Endpoint::Result, FakeCrmFault::serverError(503), 1000);
        m_env->crm.setSdrActive("sdr_ben", false);
        startEngine();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf("x1"), OutboxState::Failed, 10000);
        QCOMPARE(m_env->engine->outbox()->find("x1")->error, QStringLiteral("routing_mismatch"));

        m_env->crm.addLead("sdr_ben", "x1", "+905454031903", "For Ben", "X", "sdr_ben");
        m_env->crm.setSdrActive("sdr_ben", true);
        m_env->engine->directory()->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf("x1"), OutboxState::Sent, 20000);
        m_env->crm.clearFaults();
        QTRY_VERIFY_WITH_TIMEOUT(m_env->crm.acceptedResults().contains("x1"), 20000);
        QCOMPARE(m_env->crm.acceptedResults().value("x1").value("status").toString(), QStringLiteral("sent"));
        QCOMPARE(m_env->crm.acceptedResults().value("x1").value("sdrId").toString(),
                 QStringLiteral("sdr_ben"));
        QCOMPARE(sendsOf(*m_ben, "For Ben"), 1);
        QVERIFY(m_ana->sendRequests().isEmpty());
    }

    void aSentLeadAnswered409IsReportedAgainForItsNewOwner()
    {
        m_env->crm.setSdrActive("sdr_ben", false);
        m_env->crm.addLead("sdr_ana", "s1", "+905454031904", "Sent by Ana");
        m_env->crm.injectFault(FakeCrm::Endpoint::Result, FakeCrmFault::serverError(503), 1000);
        startEngine();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf("s1"), OutboxState::Sent, 10000);
        const QString attempt = m_env->engine->outbox()->find("s1")->attemptId;
        // Moved to Ben after Ana sent it: Ana's report gets 409, Ben's queue serves the lead.
        m_env->crm.reassignLead("s1", "sdr_ben");
        m_env->crm.clearFaults();
        m_env->crm.setSdrActive("sdr_ben", true);
        m_env->engine->directory()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(m_env->crm.acceptedResults().contains("s1"), 20000);
        const QJsonObject result = m_env->crm.acceptedResults().value("s1");
        QCOMPARE(result.value("status").toString(), QStringLiteral("sent"));
        QCOMPARE(result.value("sdrId").toString(), QStringLiteral("sdr_ben"));
        QCOMPARE(result.value("attempt_id").toString(), attempt);
        QCOMPARE(m_env->crm.queueSize("sdr_ben"), 0); // no longer blocking Ben's queue
        QCOMPARE(sendsOf(*m_ana, "Sent by Ana"), 1);
        QVERIFY(m_ben->sendRequests().isEmpty()); // never sent twice
        QVERIFY2(m_env->crm.violations().isEmpty(), qPrintable(m_env->crm.violations().join('\n')));
    }
};

QTEST_GUILESS_MAIN(TestMovedLeads)
#include "TestMovedLeads.moc"
