// What the real WhatsApp Web does that our imitation did not: the refusal page, dialogs the app
// does not know, account warnings, and the markup WhatsApp moved to. Real, offscreen Qt WebEngine
// pages against the fake WhatsApp Web in both its classic and its current markup.
#include "WebEngineTestMain.h"

#include "CrmClient.h"
#include "FakeCrm.h"
#include "Outbox.h"
#include "SenderEngine.h"
#include "SystemClock.h"
#include "TryInEventLoop.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>

namespace {
const QString kMe = QStringLiteral("+905551112233");

SendOutcome sendAndWait(WhatsAppSession* session, const QString& to, const QString& text,
                        int timeoutMs = 20000)
{
    static int counter = 0;
    const QString requestId = QStringLiteral("drift-%1").arg(++counter);
    QSignalSpy finished(session, &MessageChannel::sendFinished);
    session->send(requestId, to, text);
    if (finished.isEmpty() && !finished.wait(timeoutMs))
        return SendOutcome{SendOutcome::Result::NotAttempted, QStringLiteral("test_timeout"), {}, {}};
    return finished.first().at(1).value<SendOutcome>();
}

bool writeSelectorOverride(const QString& dataDir, const QByteArray& json)
{
    if (!QDir().mkpath(dataDir + QStringLiteral("/whatsapp")))
        return false;
    QFile file(dataDir + QStringLiteral("/whatsapp/selectors.json"));
    return file.open(QIODevice::WriteOnly) && file.write(json) == json.size();
}
} // namespace

class TestWhatsAppPageDrift : public QObject
{
    Q_OBJECT

private slots:
    void refusalPageGetsOneReloadThenBrowserUnsupportedRetriedRarely()
    {
        SessionTestEnv env;
        QVERIFY(env.init());
        QVERIFY(env.settings->setGlobal(SettingKeys::BrowserRefusedRetrySecs, 5));
        env.server.setMinimumChromeVersion(900); // refuses this engine, whatever its version
        env.makeManager();
        WhatsAppSession* john = env.addSdr(QStringLiteral("sdr_john"));
        QVERIFY(SessionTestEnv::waitForState(john, ConnectionState::BrowserUnsupported, 20000));
        // One cure first: service workers cleared, one reload; then the state, not a loop.
        QCOMPARE(john->refusalReloads(), 1);
        QCOMPARE(env.server.pageLoadCount(), 2);
        QVERIFY2(john->lastError().contains(QStringLiteral("Chromium")), qPrintable(john->lastError()));
        QVERIFY(!john->isReadyToSend());

        const auto stored = env.statuses->find(QStringLiteral("sdr_john"));
        QVERIFY(stored);
        QCOMPARE(stored->state, ConnectionState::BrowserUnsupported);
        const QJsonObject payload = CrmClient::statusPayload(*stored);
        QCOMPARE(payload.value(QStringLiteral("state")).toString(), QStringLiteral("browser_unsupported"));
        QCOMPARE(payload.value(QStringLiteral("whatsapp_connected")).toBool(true), false);
        QVERIFY(payload.value(QStringLiteral("detail")).toString().contains(QStringLiteral("Chromium")));

        // A send is refused without touching the page.
        const SendOutcome outcome = sendAndWait(john, QStringLiteral("15551234567"), QStringLiteral("hi"));
        QCOMPARE(int(outcome.result), int(SendOutcome::Result::NotAttempted));
        QVERIFY(env.server.messages().isEmpty());

        // Rarely retried (every 5 s of the clock): nothing before, then one more try (still refused).
        env.clock.advance(4000);
        EventLoopWait::forMs(300);
        QCOMPARE(env.server.pageLoadCount(), 2);
        QVERIFY(env.untilMovingClock([&] { return env.server.pageLoadCount() >= 3; }, 10000));
        QCOMPARE(john->state(), ConnectionState::BrowserUnsupported);

        // WhatsApp Web accepts the engine again: the next retry gets the app.
        env.server.setMinimumChromeVersion(0);
        QVERIFY(env.waitForStateMovingClock(john, ConnectionState::QrRequired, 20000));
    }

    void staleServiceWorkerRefusalIsCuredByTheReload()
    {
        SessionTestEnv env;
        QVERIFY(env.init());
        env.server.setRefuseOncePerProfile(true);
        env.makeManager();
        WhatsAppSession* john = env.addSdr(QStringLiteral("sdr_john"));
        QVector<ConnectionState> seen;
        connect(john, &MessageChannel::stateChanged, this, [&](ConnectionState s) { seen.append(s); });
        QVERIFY(SessionTestEnv::waitForState(john, ConnectionState::QrRequired, 20000));
        QCOMPARE(env.server.refusalCount(), 1);
        QCOMPARE(john->refusalReloads(), 1);
        QVERIFY(!seen.contains(ConnectionState::BrowserUnsupported));
        QVERIFY(env.link(john, kMe));
    }

    void userAgentComesFromTheEngineOrTheSelectorPack()
    {
        {
            SessionTestEnv env;
            QVERIFY(env.init());
            env.makeManager();
            WhatsAppSession* john = env.addSdr(QStringLiteral("sdr_john"));
            QVERIFY(SessionTestEnv::waitForState(john, ConnectionState::QrRequired));
            QVERIFY(env.server.lastUserAgent().contains(QStringLiteral("Chrome/")));
            QVERIFY(!env.server.lastUserAgent().contains(QStringLiteral("QtWebEngine")));
        }
        SessionTestEnv env;
        QVERIFY(env.init());
        const QByteArray ua = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                              "Chrome/950.0.0.0 Safari/537.36";
        QVERIFY(writeSelectorOverride(env.dir.path(), "{\"userAgent\": \"" + ua + "\"}"));
        env.server.setMinimumChromeVersion(900);
        env.makeManager();
        WhatsAppSession* john = env.addSdr(QStringLiteral("sdr_john"));
        QVERIFY(SessionTestEnv::waitForState(john, ConnectionState::QrRequired, 20000));
        QCOMPARE(env.server.lastUserAgent(), QString::fromLatin1(ua));
        QCOMPARE(env.server.refusalCount(), 0);
    }

    void leadUnderAnUnknownDialogIsNotSentAndItsSdrIsRestricted()
    {
        SessionTestEnv env;
        QVERIFY(env.init());
        env.makeManager();
        WhatsAppSession* john = env.addSdr(QStringLiteral("sdr_john"), kMe);
        QVERIFY(env.link(john, kMe));
        const QString notice =
            QStringLiteral("Try disappearing messages: new chats can vanish after 24 hours.");
        env.server.setDialogOnChat(QStringLiteral("+15551234567"), notice);

        const SendOutcome outcome = sendAndWait(john, QStringLiteral("15551234567"), QStringLiteral("Hello"));
        QCOMPARE(int(outcome.result), int(SendOutcome::Result::NotAttempted)); // back to the queue
        QCOMPARE(outcome.error, QStringLiteral("dialog_open"));
        QVERIFY(env.server.messages().isEmpty());
        QCOMPARE(john->state(), ConnectionState::Restricted);
        QVERIFY2(john->lastError().contains(QStringLiteral("disappearing messages")),
                 qPrintable(john->lastError()));
        QVERIFY(!john->isReadyToSend());

        const auto stored = env.statuses->find(QStringLiteral("sdr_john"));
        QCOMPARE(stored->state, ConnectionState::Restricted);
        QCOMPARE(stored->whatsappPhone, kMe); // still the same link
        const QJsonObject payload = CrmClient::statusPayload(*stored);
        QCOMPARE(payload.value(QStringLiteral("state")).toString(), QStringLiteral("restricted"));
        QCOMPARE(payload.value(QStringLiteral("whatsapp_connected")).toBool(true), false);
        QVERIFY(payload.value(QStringLiteral("detail")).toString().contains(QStringLiteral("disappearing")));
        const QString sessionId = stored->whatsappSessionId;

        // Paused: nothing else goes out, whatever the chat.
        const SendOutcome second = sendAndWait(john, QStringLiteral("447700900123"), QStringLiteral("Other"));
        QCOMPARE(int(second.result), int(SendOutcome::Result::NotAttempted));
        QVERIFY(env.server.messages().isEmpty());

        // The pause survives a restart.
        env.makeManager();
        john = env.addSdr(QStringLiteral("sdr_john"), kMe);
        QVERIFY(SessionTestEnv::waitForState(john, ConnectionState::Restricted, 20000));
        EventLoopWait::forMs(1500);
        QCOMPARE(john->state(), ConnectionState::Restricted);

        // A person resumes it: the same link sends again.
        env.server.setDialogOnChat(QStringLiteral("+15551234567"), QString());
        john->resumeSending();
        QVERIFY(SessionTestEnv::waitForState(john, ConnectionState::Connected, 20000));
        QCOMPARE(env.statuses->find(QStringLiteral("sdr_john"))->whatsappSessionId, sessionId);
        const SendOutcome third = sendAndWait(john, QStringLiteral("15551234567"), QStringLiteral("Hello"));
        QCOMPARE(int(third.result), int(SendOutcome::Result::Sent));
        QCOMPARE(env.server.messages().size(), 1);
    }

    void throughTheWholeEngineTheLeadStaysQueuedAndTheCrmHearsRestricted()
    {
        SessionTestEnv env;
        QVERIFY(env.init());
        for (const auto& [key, value] : {std::pair{SettingKeys::SendGapMinSecs, 0},
                                         {SettingKeys::SendGapMaxSecs, 0},
                                         {SettingKeys::WarmupDays, 0},
                                         {SettingKeys::PollIntervalSecs, 1}})
            QVERIFY(env.settings->setGlobal(key, value));
        SessionManager* manager = env.makeManager();
        WhatsAppSession* john = env.addSdr(QStringLiteral("sdr_john"), kMe);
        QVERIFY(env.link(john, kMe));

        FakeCrm crm;
        QVERIFY(crm.start());
        crm.setToken("tok");
        crm.addSdr("sdr_john", "John", true, kMe);
        crm.addLead("sdr_john", "j1", "+15551230001", "Hello from John");
        const QString notice = QStringLiteral("New: chat themes. Pick a wallpaper for this chat.");
        env.server.setDialogOnChat(QStringLiteral("+15551230001"), notice);

        CrmClient client;
        client.setBaseUrl(crm.url());
        client.setToken("tok");
        SystemClock clock;
        SenderEngine engine(&env.store, env.settings.get(), &clock, &client, manager, env.sdrs.get(),
                            env.activity.get(), env.statuses.get());
        engine.start();

        QVERIFY(SessionTestEnv::waitForState(john, ConnectionState::Restricted, 60000));
        EventLoopWait::forMs(3000);
        QVERIFY(env.server.messages().isEmpty());
        QVERIFY(!crm.acceptedResults().contains(QStringLiteral("j1"))); // not failed, not reported
        SDR_TRY_COMPARE_WITH_TIMEOUT(engine.outbox()->find(QStringLiteral("j1"))->state, OutboxState::Queued,
                                     5000);
        SDR_TRY_VERIFY_WITH_TIMEOUT(
            !crm.statusPuts(QStringLiteral("sdr_john")).isEmpty() &&
                crm.statusPuts(QStringLiteral("sdr_john")).last().value(QStringLiteral("state")).toString() ==
                    QLatin1String("restricted"),
            10000);
        const QJsonObject put = crm.statusPuts(QStringLiteral("sdr_john")).last();
        QCOMPARE(put.value(QStringLiteral("whatsapp_connected")).toBool(true), false);
        QVERIFY(put.value(QStringLiteral("detail")).toString().contains(QStringLiteral("chat themes")));

        // A person read it and resumes: the same lead goes out, once.
        env.server.setDialogOnChat(QStringLiteral("+15551230001"), QString());
        john->resumeSending();
        SDR_TRY_VERIFY_WITH_TIMEOUT(crm.acceptedResults().contains(QStringLiteral("j1")), 60000);
        QCOMPARE(crm.acceptedResults().value(QStringLiteral("j1")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("sent"));
        QCOMPARE(env.server.messages().size(), 1);
        engine.stop();
    }

    void aKnownWarningPausesTheSdrWithoutASend()
    {
        SessionTestEnv env;
        QVERIFY(env.init());
        env.makeManager();
        WhatsAppSession* john = env.addSdr(QStringLiteral("sdr_john"), kMe);
        QVERIFY(env.link(john, kMe));
        const QString warning =
            QStringLiteral("You're nearing your limit of messages to people who haven't replied this month.");
        env.server.setAccountNotice(kMe, warning);
        QVERIFY(SessionTestEnv::waitForState(john, ConnectionState::Restricted, 5000));
        QVERIFY(john->lastError().contains(QStringLiteral("nearing your limit")));
        // Still there after resuming: paused again.
        john->resumeSending();
        QVERIFY(SessionTestEnv::waitForState(john, ConnectionState::Restricted, 20000));
        env.server.setAccountNotice(kMe, QString());
        john->resumeSending();
        QVERIFY(SessionTestEnv::waitForState(john, ConnectionState::Connected, 20000));
        EventLoopWait::forMs(1000);
        QCOMPARE(john->state(), ConnectionState::Connected);
    }

    void selectorsWorkInBothMarkups_data()
    {
        QTest::addColumn<int>("markup");
        QTest::newRow("classic") << int(FakeWhatsAppServer::Markup::Classic);
        QTest::newRow("current") << int(FakeWhatsAppServer::Markup::Current);
    }
    void selectorsWorkInBothMarkups()
    {
        QFETCH(int, markup);
        SessionTestEnv env;
        QVERIFY(env.init());
        env.server.setMarkup(FakeWhatsAppServer::Markup(markup));
        env.server.setQrRotation(300, 2); // the QR expires after ~0.6 s
        env.makeManager();
        WhatsAppSession* john = env.addSdr(QStringLiteral("sdr_john"), kMe);
        QVERIFY(SessionTestEnv::waitForState(john, ConnectionState::QrRequired));

        // QR reload button.
        SDR_TRY_VERIFY_WITH_TIMEOUT(john->snapshot().qrReload, 5000);
        john->setVisibleToUser(true);
        SDR_TRY_VERIFY_WITH_TIMEOUT(env.server.qrReloadCount() >= 1, 10000);
        john->setVisibleToUser(false);
        env.server.setQrRotation(20000, 5);
        QVERIFY(env.link(john, kMe));

        // Status icons: the send is confirmed only through WhatsApp's own icon.
        const SendOutcome sent =
            sendAndWait(john, QStringLiteral("15551234567"), QStringLiteral("status check"));
        QCOMPARE(int(sent.result), int(SendOutcome::Result::Sent));
        QCOMPARE(env.server.messages().size(), 1);

        // The phone-offline banner (pre-multi-device) does not stop sending.
        env.server.setPhoneOffline(kMe, true);
        QVERIFY(SessionTestEnv::waitForState(john, ConnectionState::PhoneOffline, 5000));
        QVERIFY(john->isReadyToSend());
        QSignalSpy offlineDone(john, &MessageChannel::sendFinished);
        john->send(QStringLiteral("offline"), QStringLiteral("15551234567"), QStringLiteral("phone away"));
        SDR_TRY_VERIFY_WITH_TIMEOUT(env.server.messages().size() == 2, 15000); // pressed
        // Confirmed by the icon (current markup) within moments; else (classic) the send's timeout
        // on the session's clock ends it.
        EventLoopWait::until([&] { return !offlineDone.isEmpty(); }, 3000);
        if (offlineDone.isEmpty())
            env.clock.advance(5000);
        SDR_TRY_COMPARE_WITH_TIMEOUT(offlineDone.size(), 1, 10000);
        const SendOutcome offline = offlineDone.first().at(1).value<SendOutcome>();
        QCOMPARE(int(offline.result),
                 int(markup == int(FakeWhatsAppServer::Markup::Current) ? SendOutcome::Result::Sent
                                                                        : SendOutcome::Result::Unconfirmed));
        QCOMPARE(env.server.messages().size(), 2); // pressed once either way
        env.server.setPhoneOffline(kMe, false);
        QVERIFY(SessionTestEnv::waitForState(john, ConnectionState::Connected, 5000));

        // Logout from the phone: post_logout=1 (classic) or old-logout-cred (current).
        env.server.logoutFromPhone(kMe);
        QVERIFY(SessionTestEnv::waitForState(john, ConnectionState::LoggedOut, 5000));
        QVERIFY(john->linkedPhone().isEmpty());

        // Disconnect logs out through WhatsApp's menu (Menu / More options).
        QVERIFY(env.link(john, kMe));
        QCOMPARE(env.server.linkedDeviceCount(), 1);
        QSignalSpy wiped(john, &WhatsAppSession::wiped);
        john->disconnectAndWipe(false);
        // WhatsApp confirms the logout within the wait (held on the clock); then the wipe's looks.
        QVERIFY(EventLoopWait::until([&] { return john->logoutConfirmed(); }, 15000));
        QVERIFY(env.untilMovingClock([&] { return !wiped.isEmpty(); }));
        QCOMPARE(env.server.linkedDeviceCount(), 0);
        QVERIFY(john->logoutConfirmed());
    }

    void disconnectSaysSoWhenWhatsAppDidNotConfirmTheLogout()
    {
        SessionTestEnv env;
        QVERIFY(env.init());
        // A menu the app cannot find: the logout cannot be done in the page.
        QVERIFY(writeSelectorOverride(env.dir.path(), "{\"menuButton\": \"#no-such-menu\"}"));
        env.makeManager();
        WhatsAppSession* john = env.addSdr(QStringLiteral("sdr_john"), kMe);
        QVERIFY(env.link(john, kMe));
        QSignalSpy wiped(john, &WhatsAppSession::wiped);
        john->disconnectAndWipe(false);
        // The logout's wait ends on the clock; then the wipe's looks.
        QVERIFY(env.untilMovingClock([&] { return !wiped.isEmpty(); }));
        QCOMPARE(wiped.first().at(0).toBool(), true); // the profile is gone anyway
        QVERIFY(!john->logoutConfirmed());
        QVERIFY2(john->lastError().startsWith(QStringLiteral("logout_unconfirmed")),
                 qPrintable(john->lastError()));
        QVERIFY(john->lastError().contains(QStringLiteral("Linked devices")));
        QCOMPARE(env.server.linkedDeviceCount(), 1); // the phone still lists it
    }
};

SDR_WEBENGINE_TEST_MAIN(TestWhatsAppPageDrift)
#include "TestWhatsAppPageDrift.moc"
