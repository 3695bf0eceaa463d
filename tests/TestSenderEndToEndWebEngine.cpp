// The whole path with real Qt WebEngine sessions: FakeCrm -> SenderEngine -> SessionManager's
// WhatsAppSessions (one profile per SDR) -> the fake WhatsApp Web page -> FakeWhatsAppServer.
#include "WebEngineTestMain.h"

#include "CrmClient.h"
#include "FakeCrm.h"
#include "Outbox.h"
#include "SenderEngine.h"
#include "SystemClock.h"
#include "TryInEventLoop.h"

#include <QSignalSpy>

class TestSenderEndToEndWebEngine : public QObject
{
    Q_OBJECT

    const QString m_john = QStringLiteral("+905551112233");
    const QString m_mary = QStringLiteral("+905551114455");

    int arrived(SessionTestEnv& env, const QString& from, const QString& to, const QString& text) const
    {
        int count = 0;
        for (const FakeWhatsAppMessage& message : env.server.messages())
            count += (message.fromPhone == from && message.toPhone == to && message.text == text) ? 1 : 0;
        return count;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<SendOutcome>();
        qRegisterMetaType<VerifyOutcome>();
    }

    void leadsGoOutOnceFromTheirOwnWhatsApp()
    {
        SessionTestEnv env;
        QVERIFY(env.init());
        for (const auto& [key, value] : {std::pair{SettingKeys::SendGapMinSecs, 0},
                                         {SettingKeys::SendGapMaxSecs, 0},
                                         {SettingKeys::WarmupDays, 0},
                                         {SettingKeys::PollIntervalSecs, 1}})
            QVERIFY(env.settings->setGlobal(key, value));
        SessionManager* manager = env.makeManager();
        WhatsAppSession* john = env.addSdr("sdr_john", m_john);
        WhatsAppSession* mary = env.addSdr("sdr_mary", m_mary);
        QVERIFY(env.link(john, m_john));
        QVERIFY(env.link(mary, m_mary));

        FakeCrm crm;
        QVERIFY(crm.start());
        crm.setToken("tok");
        crm.addSdr("sdr_john", "John", true, m_john);
        crm.addSdr("sdr_mary", "Mary", true, m_mary);
        const QString nasty = QString::fromUtf8("Merhaba \"Ahmet\" & <b>dost</b> </script>\nİkinci satır "
                                                "\u05e9\u05dc\u05d5\u05dd \U0001F44B 50% #1 ?x=y");
        crm.addLead("sdr_john", "j1", "+15551230001", nasty);
        crm.addLead("sdr_john", "j2", "1 555 123 0002", "Second from John");
        crm.addLead("sdr_mary", "m1", "+15551230003", "From Mary");
        crm.addLead("sdr_mary", "m_mismatch", "+15551230004", "Not Mary's", "X", "sdr_john");
        crm.addLead("sdr_mary", "m_nowa", "+15551230005", "Nobody there");
        env.server.setNotOnWhatsApp("+15551230005");

        CrmClient client;
        client.setBaseUrl(crm.url());
        client.setToken("tok");
        SystemClock clock;
        SenderEngine engine(&env.store, env.settings.get(), &clock, &client, manager, env.sdrs.get(),
                            env.activity.get(), env.statuses.get());
        // No wiring to copy: the engine asks the manager (its ChannelProvider) for each served SDR's
        // session itself.
        engine.start();

        SDR_TRY_COMPARE_WITH_TIMEOUT(crm.acceptedResults().size(), 5, 120000);
        const auto results = crm.acceptedResults();
        QCOMPARE(results.value("j1").value("status").toString(), QStringLiteral("sent"));
        QCOMPARE(results.value("j2").value("status").toString(), QStringLiteral("sent"));
        QCOMPARE(results.value("m1").value("status").toString(), QStringLiteral("sent"));
        QCOMPARE(results.value("m_mismatch").value("error").toString(), QStringLiteral("routing_mismatch"));
        QCOMPARE(results.value("m_nowa").value("status").toString(), QStringLiteral("failed"));
        QVERIFY(!results.value("m_nowa").value("error").toString().isEmpty());

        QCOMPARE(arrived(env, m_john, "+15551230001", nasty), 1);
        QCOMPARE(arrived(env, m_john, "+15551230002", "Second from John"), 1);
        QCOMPARE(arrived(env, m_mary, "+15551230003", "From Mary"), 1);
        QCOMPARE(env.server.messages().size(), 3); // nothing else, nothing twice
        EventLoopWait::forMs(2000);                // later polls return nothing new; still nothing twice
        QCOMPARE(env.server.messages().size(), 3);
        engine.stop();
    }

    // Deliver 2: WhatsApp renamed its message text classes, so no outgoing text can be read. A press
    // whose new row gets a check is still confirmed (by its status icon); one that is not confirmed
    // is never "proven absent" by a reader that reads nothing: uncertain, for a person. Either way
    // no lead is ever sent twice.
    void renamedTextClassesNeverSendALeadTwice_data()
    {
        QTest::addColumn<bool>("confirmations");
        QTest::newRow("confirmed by the status icon") << true;
        QTest::newRow("never confirmed: uncertain, never resent") << false;
    }
    void renamedTextClassesNeverSendALeadTwice()
    {
        QFETCH(bool, confirmations);
        SessionTestEnv env;
        QVERIFY(env.init());
        env.server.setRenamedTextClasses(true);
        env.server.holdConfirmations(!confirmations);
        for (const auto& [key, value] : {std::pair{SettingKeys::SendGapMinSecs, 0},
                                         {SettingKeys::SendGapMaxSecs, 0},
                                         {SettingKeys::WarmupDays, 0},
                                         {SettingKeys::PollIntervalSecs, 1},
                                         {SettingKeys::SendTimeoutSecs, 5}})
            QVERIFY(env.settings->setGlobal(key, value));
        SessionManager* manager = env.makeManager();
        WhatsAppSession* john = env.addSdr("sdr_john", m_john);
        QVERIFY(env.link(john, m_john));

        FakeCrm crm;
        QVERIFY(crm.start());
        crm.addSdr("sdr_john", "John", true, m_john);
        // The same template twice to one number (an earlier lead's copy is in the chat), and another.
        crm.addLead("sdr_john", "r1", "+15551230001", "Hello from John");
        crm.addLead("sdr_john", "r2", "+15551230001", "Hello from John, again");
        crm.addLead("sdr_john", "r3", "+15551230002", "Hello from John");

        CrmClient client;
        client.setBaseUrl(crm.url());
        client.setToken("tok");
        SystemClock clock;
        SenderEngine engine(&env.store, env.settings.get(), &clock, &client, manager, env.sdrs.get(),
                            env.activity.get(), env.statuses.get());
        engine.start();

        if (confirmations) {
            SDR_TRY_COMPARE_WITH_TIMEOUT(crm.acceptedResults().size(), 3, 120000);
            for (const char* id : {"r1", "r2", "r3"})
                QCOMPARE(crm.acceptedResults().value(id).value("status").toString(), QStringLiteral("sent"));
        } else {
            // Each pressed send waits for its confirmation until its timeout on the session's clock:
            // moved past it a moment (the press's answer) after each message arrived.
            int timedOut = 0;
            QElapsedTimer sinceArrival;
            QVERIFY(EventLoopWait::until(
                [&] {
                    const int arrivedCount = int(env.server.messages().size());
                    if (arrivedCount > timedOut && !sinceArrival.isValid())
                        sinceArrival.start();
                    if (sinceArrival.isValid() && sinceArrival.elapsed() >= 700) {
                        env.clock.advance(5000);
                        ++timedOut;
                        sinceArrival.invalidate();
                    }
                    return engine.outbox()->count(OutboxState::Uncertain, "sdr_john") == 3;
                },
                120000));
            QVERIFY(crm.acceptedResults().isEmpty()); // nothing claimed, nothing dropped
        }
        QCOMPARE(arrived(env, m_john, "+15551230001", "Hello from John"), 1);
        QCOMPARE(arrived(env, m_john, "+15551230001", "Hello from John, again"), 1);
        QCOMPARE(arrived(env, m_john, "+15551230002", "Hello from John"), 1);
        EventLoopWait::forMs(3000); // later polls and pacing gaps: still nothing twice
        QCOMPARE(env.server.messages().size(), 3);
        engine.stop();
    }
};

SDR_WEBENGINE_TEST_MAIN(TestSenderEndToEndWebEngine)
#include "TestSenderEndToEndWebEngine.moc"
