// Who answered, end to end with real Qt WebEngine sessions: FakeCrm -> SenderEngine -> the SDRs'
// WhatsApp Web sessions -> the simulated WhatsApp Web, where the leads' phones deliver, read and
// answer; the app reports delivered, read and replied to the CRM (§6) once each, in order, under
// the send's attempt_id, with the reply's text exact; an opt-out suppresses the phone for every SDR.
#include "WebEngineTestMain.h"

#include "CrmClient.h"
#include "FakeCrm.h"
#include "FollowUpScheduler.h"
#include "SenderEngine.h"
#include "SystemClock.h"
#include "TryInEventLoop.h"

class TestLeadEventsEndToEnd : public QObject
{
    Q_OBJECT

    const QString m_john = QStringLiteral("+905551112233");
    const QString m_mary = QStringLiteral("+905551114455");

    static QStringList eventNames(const QVector<QJsonObject>& events)
    {
        QStringList names;
        for (const QJsonObject& event : events)
            names << event.value(QStringLiteral("event")).toString();
        return names;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<SendOutcome>();
        qRegisterMetaType<VerifyOutcome>();
        qRegisterMetaType<QVector<FollowUpObservation>>();
    }

    void repliesReachTheCrmOnceAndAnOptOutSuppressesThePhoneForEverySdr()
    {
        SessionTestEnv env;
        QVERIFY(env.init());
        for (const auto& [key, value] : {std::pair{SettingKeys::SendGapMinSecs, 0},
                                         {SettingKeys::SendGapMaxSecs, 0},
                                         {SettingKeys::WarmupDays, 0},
                                         {SettingKeys::PollIntervalSecs, 1},
                                         {SettingKeys::FollowUpAwakeSecs, 10}})
            QVERIFY(env.settings->setGlobal(key, value));
        SessionManager* manager = env.makeManager();
        QVERIFY(env.link(env.addSdr("sdr_john", m_john), m_john));
        QVERIFY(env.link(env.addSdr("sdr_mary", m_mary), m_mary));

        FakeCrm crm;
        QVERIFY(crm.start());
        crm.setToken("tok");
        crm.addSdr("sdr_john", "John", true, m_john);
        crm.addSdr("sdr_mary", "Mary", true, m_mary);
        crm.addLead("sdr_john", "j1", "+15551230001", "Hi Ana, 10 minutes this week?");
        crm.addLead("sdr_mary", "m1", "+15551230009", "Hello from Mary");

        CrmClient client;
        client.setBaseUrl(crm.url());
        client.setToken("tok");
        SystemClock clock;
        SenderEngine engine(&env.store, env.settings.get(), &clock, &client, manager, env.sdrs.get(),
                            env.activity.get(), env.statuses.get());
        engine.start();
        SDR_TRY_COMPARE_WITH_TIMEOUT(crm.acceptedResults().size(), 2, 120000);
        const QString attempt = crm.acceptedResults().value("j1").value("attempt_id").toString();

        // Ana's phone gets the message, she reads it and answers; Mary's lead asks to stop.
        const QString reply = QStringLiteral("Yes 🙂 </script><script>alert(1)</script> <b>Monday</b>\n"
                                             "مرحبا — ${x} \"q\"");
        env.server.deliver(m_john, "+15551230001");
        env.server.markReadByPeer(m_john, "+15551230001");
        env.server.receive("+15551230001", m_john, reply);
        env.server.receive("+15551230009", m_mary, QStringLiteral("Stop!"));

        const auto look = [&engine] {
            engine.followUpScheduler()->tick();
        };
        SDR_TRY_VERIFY_WITH_TIMEOUT((look(), eventNames(crm.leadEvents("j1")).contains("replied")), 60000);
        SDR_TRY_VERIFY_WITH_TIMEOUT((look(), eventNames(crm.leadEvents("m1")).contains("opted_out")), 60000);

        const QVector<QJsonObject> events = crm.leadEvents("j1");
        QCOMPARE(eventNames(events), (QStringList{"delivered", "read", "replied"}));
        for (const QJsonObject& event : events) {
            QCOMPARE(event.value("attempt_id").toString(), attempt);
            QCOMPARE(event.value("sdrId").toString(), QStringLiteral("sdr_john"));
        }
        QCOMPARE(events.last().value("text").toString(), reply); // exact, as plain data
        for (const QJsonObject& event : crm.leadEvents("m1")) {
            if (event.value("event").toString() == QLatin1String("opted_out"))
                QCOMPARE(event.value("text").toString(), QStringLiteral("Stop!"));
        }

        // The opted-out phone is suppressed for every SDR: John's next lead to it fails
        // `opted_out` without its chat ever being opened.
        crm.addLead("sdr_john", "j2", "+15551230009", "Hi again");
        SDR_TRY_VERIFY_WITH_TIMEOUT(crm.acceptedResults().contains("j2"), 60000);
        QCOMPARE(crm.acceptedResults().value("j2").value("status").toString(), QStringLiteral("failed"));
        QCOMPARE(crm.acceptedResults().value("j2").value("error").toString(), QStringLiteral("opted_out"));
        QCOMPARE(env.server.chatOpenCount(m_john, "+15551230009"), 0);

        // More looks later: nothing is reported twice.
        for (int i = 0; i < 6; ++i) {
            look();
            EventLoopWait::forMs(500);
        }
        QCOMPARE(eventNames(crm.leadEvents("j1")).size(), 3);
        QVERIFY2(crm.violations().isEmpty(), qPrintable(crm.violations().join('\n')));
        engine.stop();
    }
};

SDR_WEBENGINE_TEST_MAIN(TestLeadEventsEndToEnd)
#include "TestLeadEventsEndToEnd.moc"
