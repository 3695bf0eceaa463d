// WhatsAppSession against the fake WhatsApp Web in real, offscreen Qt WebEngine pages.
#include "WebEngineTestMain.h"

#include "PageSnapshot.h"
#include "ProfileStore.h"
#include "TryInEventLoop.h"

#include <QFileInfo>
#include <QSet>
#include <QSignalSpy>
#include <QWebEnginePage>
#include <QWebEngineProfile>

#include <csignal>
#include <sys/types.h>

class TestWhatsAppSession : public QObject
{
    Q_OBJECT

    static QVariant evaluate(QWebEnginePage* page, const QString& script)
    {
        QVariant result;
        bool done = false;
        page->runJavaScript(script, [&](const QVariant& value) {
            result = value;
            done = true;
        });
        if (!EventLoopWait::until([&] { return done; }, 5000))
            qWarning() << "script did not answer:" << script;
        return result;
    }

private slots:
    void profilesAreSeparateAndLinksSurviveRestart()
    {
        SessionTestEnv env;
        QVERIFY(env.init());
        env.makeManager();
        WhatsAppSession* john = env.addSdr(QStringLiteral("sdr_john"));
        WhatsAppSession* ann = env.addSdr(QStringLiteral("sdr_ann"));
        QVERIFY(john && ann);
        QVERIFY(SessionTestEnv::waitForState(john, ConnectionState::QrRequired));
        QVERIFY(SessionTestEnv::waitForState(ann, ConnectionState::QrRequired));
        SDR_TRY_VERIFY(!john->qrRef().isEmpty() && !ann->qrRef().isEmpty());
        QVERIFY(john->qrRef() != ann->qrRef());

        // Storage under <data-dir>/profiles/<id>/, owner-only.
        const QString johnDir = env.manager->profileStore()->profileDirFor(QStringLiteral("sdr_john"));
        QCOMPARE(johnDir, env.dir.filePath(QStringLiteral("profiles/sdr_john")));
        QCOMPARE(john->profile()->persistentStoragePath(), johnDir + QStringLiteral("/storage"));
        QCOMPARE(QFileInfo(johnDir).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther),
                 QFile::Permissions());
        QVERIFY(!john->profile()->isOffTheRecord());
        QVERIFY(john->profile() != ann->profile());
        QCOMPARE(john->profile()->persistentCookiesPolicy(), QWebEngineProfile::ForcePersistentCookies);

        // The page sees a user agent without the QtWebEngine token.
        const QString ua = evaluate(john->page(), QStringLiteral("navigator.userAgent")).toString();
        QVERIFY2(ua.contains(QStringLiteral("Chrome/")), qPrintable(ua));
        QVERIFY2(!ua.contains(QStringLiteral("QtWebEngine")), qPrintable(ua));

        QVERIFY(env.link(john, QStringLiteral("+905551112233")));
        QCOMPARE(john->linkedPhone(), QStringLiteral("905551112233"));
        QVERIFY(john->isReadyToSend());
        // Ann's profile does not see John's link.
        EventLoopWait::forMs(800);
        QCOMPARE(ann->state(), ConnectionState::QrRequired);
        QVERIFY(ann->linkedPhone().isEmpty());
        QVERIFY(evaluate(ann->page(), QStringLiteral("localStorage.getItem('last-wid-md')")).isNull());
        const QString sessionId = env.statuses->find(QStringLiteral("sdr_john"))->whatsappSessionId;
        QVERIFY(!sessionId.isEmpty());

        // Restart: a new SessionManager and profiles on the same data directory.
        env.makeManager();
        john = env.addSdr(QStringLiteral("sdr_john"));
        QVector<ConnectionState> seen;
        connect(john, &MessageChannel::stateChanged, this, [&](ConnectionState s) { seen.append(s); });
        QVERIFY(SessionTestEnv::waitForState(john, ConnectionState::Connected));
        QVERIFY2(!seen.contains(ConnectionState::QrRequired), "a linked session must not ask for a QR again");
        QCOMPARE(john->linkedPhone(), QStringLiteral("905551112233"));
        const auto stored = env.statuses->find(QStringLiteral("sdr_john"));
        QCOMPARE(stored->whatsappSessionId, sessionId);
        QCOMPARE(stored->state, ConnectionState::Connected);
    }

    void everyStateIsReachedAndStored()
    {
        SessionTestEnv env;
        QVERIFY(env.init());
        env.makeManager();
        QSet<ConnectionState> stored;
        connect(env.tracker.get(), &ConnectionTracker::statusChanged, this,
                [&](const ConnectionStatus& status) { stored.insert(status.state); });

        WhatsAppSession* john = env.addSdr(QStringLiteral("sdr_john"), QStringLiteral("+905551112233"));
        QVERIFY(SessionTestEnv::waitForState(john, ConnectionState::QrRequired));
        env.server.setSyncDelay(1200); // long enough to see "Loading your chats"
        QVERIFY(env.server.scan(john->qrRef(), QStringLiteral("+905551112233")));
        QVERIFY(SessionTestEnv::waitForState(john, ConnectionState::Syncing));
        QVERIFY(SessionTestEnv::waitForState(john, ConnectionState::Connected));

        env.server.setUnread(QStringLiteral("+905551112233"), 3);
        SDR_TRY_COMPARE_WITH_TIMEOUT(john->unreadCount(), 3, 5000);

        env.server.setPhoneOffline(QStringLiteral("+905551112233"), true);
        QVERIFY(SessionTestEnv::waitForState(john, ConnectionState::PhoneOffline, 3000));
        env.server.setPhoneOffline(QStringLiteral("+905551112233"), false);
        QVERIFY(SessionTestEnv::waitForState(john, ConnectionState::Connected, 3000));

        // Conflict is shown, never resolved automatically; useHere() is the person's click.
        env.server.setConflict(QStringLiteral("+905551112233"), true);
        QVERIFY(SessionTestEnv::waitForState(john, ConnectionState::Conflict, 3000));
        EventLoopWait::forMs(1000);
        QCOMPARE(john->state(), ConnectionState::Conflict);
        QCOMPARE(env.server.useHereCount(), 0);
        john->useHere();
        QVERIFY(SessionTestEnv::waitForState(john, ConnectionState::Connected, 3000));
        QCOMPARE(env.server.useHereCount(), 1);

        // Renderer crash: reload and recover.
        const qint64 pid = john->renderProcessPid();
        QVERIFY(pid > 0);
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        QVERIFY(SessionTestEnv::waitForState(john, ConnectionState::Error, 5000));
        QCOMPARE(john->lastError(), QStringLiteral("renderer_crashed"));
        EventLoopWait::forMs(200);
        QCOMPARE(john->state(), ConnectionState::Error); // the reload waits for its delay on the clock
        env.clock.advance(500);
        QVERIFY(SessionTestEnv::waitForState(john, ConnectionState::Connected));
        QVERIFY(john->renderProcessPid() != pid);

        // Hibernated and back.
        QVERIFY(john->hibernate());
        QCOMPARE(john->state(), ConnectionState::Hibernated);
        john->requestWake();
        QVERIFY(SessionTestEnv::waitForState(john, ConnectionState::Connected, 5000));

        // WhatsApp unreachable: unreachable, then retried with backoff until it is back.
        env.server.setUnreachable(true);
        john->reloadPage();
        QVERIFY(SessionTestEnv::waitForState(john, ConnectionState::Unreachable));
        QVERIFY(john->lastError().startsWith(QStringLiteral("whatsapp_unreachable")));
        const int before = env.server.requestCount();
        env.server.setUnreachable(false);
        QVERIFY(env.waitForStateMovingClock(john, ConnectionState::Connected, 20000));
        QVERIFY(env.server.requestCount() > before);
        // The same when WhatsApp answers with an error page (HTTP 503): the page is not "loading".
        env.server.setUnreachable(true, FakeWhatsAppServer::UnreachableMode::ServiceUnavailable);
        john->reloadPage();
        QVERIFY(SessionTestEnv::waitForState(john, ConnectionState::Unreachable));
        const int loadsBefore = env.server.requestCount();
        QVERIFY(!env.waitForStateMovingClock(john, ConnectionState::Connected, 1500)); // retried on the clock
        QVERIFY(env.server.requestCount() > loadsBefore);
        QCOMPARE(john->state(), ConnectionState::Unreachable);
        // Hibernated on the error page: its pending retry comes and goes while frozen; waking
        // retries at once instead of staying "hibernated" on the error page.
        QVERIFY(john->hibernate());
        env.clock.advance(60 * 1000);
        EventLoopWait::forMs(100);
        env.server.setUnreachable(false);
        john->requestWake();
        QVERIFY(SessionTestEnv::waitForState(john, ConnectionState::Connected, 20000));

        // Logged out from the phone.
        env.server.logoutFromPhone(QStringLiteral("+905551112233"));
        QVERIFY(SessionTestEnv::waitForState(john, ConnectionState::LoggedOut, 5000));
        QVERIFY(john->linkedPhone().isEmpty());
        QVERIFY(!env.statuses->find(QStringLiteral("sdr_john"))->whatsappConnected);

        // Another SDR scans the wrong phone.
        WhatsAppSession* ann = env.addSdr(QStringLiteral("sdr_ann"), QStringLiteral("+15550001111"));
        QVERIFY(env.link(ann, QStringLiteral("+15559998888")));
        QCOMPARE(ann->state(), ConnectionState::WrongNumber);
        QVERIFY(!ann->isReadyToSend());
        QCOMPARE(env.statuses->find(QStringLiteral("sdr_ann"))->whatsappPhone,
                 QStringLiteral("+15559998888"));

        const QSet<ConnectionState> all{
            ConnectionState::Loading,    ConnectionState::QrRequired,   ConnectionState::Syncing,
            ConnectionState::Connected,  ConnectionState::PhoneOffline, ConnectionState::Conflict,
            ConnectionState::LoggedOut,  ConnectionState::Unreachable,  ConnectionState::WrongNumber,
            ConnectionState::Hibernated, ConnectionState::Error};
        for (ConnectionState state : all)
            QVERIFY2(stored.contains(state), qPrintable(connectionStateName(state)));
        QVERIFY(env.activity->entries(QStringLiteral("sdr_john")).size() >= 10);
    }

    void reloadsTheQrOnlyWhileOnScreen()
    {
        SessionTestEnv env;
        QVERIFY(env.init());
        env.server.setQrRotation(300, 2); // expires after ~0.6 s
        env.makeManager();
        WhatsAppSession* john = env.addSdr(QStringLiteral("sdr_john"));
        QVERIFY(SessionTestEnv::waitForState(john, ConnectionState::QrRequired));
        QVector<QString> refs;
        connect(john, &WhatsAppSession::qrRefChanged, this, [&](const QString& ref) { refs.append(ref); });
        SDR_TRY_VERIFY_WITH_TIMEOUT(john->snapshot().qrReload, 5000);
        QVERIFY(refs.size() >= 1); // the ref rotated before it expired
        EventLoopWait::forMs(1000);
        QCOMPARE(env.server.qrReloadCount(), 0);     // not on screen: left alone
        QVERIFY(env.server.currentRefs().isEmpty()); // an expired QR cannot be scanned

        // On screen, an expired QR is clicked away, at most once per 2 s of the session's clock
        // however often it expires (every ~0.6 s here).
        john->setVisibleToUser(true);
        SDR_TRY_COMPARE_WITH_TIMEOUT(env.server.qrReloadCount(), 1, 10000);
        EventLoopWait::forMs(1500);
        QCOMPARE(env.server.qrReloadCount(), 1);
        env.clock.advance(2000);
        SDR_TRY_VERIFY_WITH_TIMEOUT(env.server.qrReloadCount() >= 2, 10000);
        // The page's click reaches the server before the script's answer reaches the session.
        SDR_TRY_VERIFY_WITH_TIMEOUT(john->qrReloadClicks() >= 2, 5000);

        // With WhatsApp's slower rotation the fresh QR stays and can be scanned.
        env.server.setQrRotation(60000, 3);
        SDR_TRY_VERIFY_WITH_TIMEOUT(!john->snapshot().qrReload && !env.server.currentRefs().isEmpty(), 10000);
        QVERIFY(env.link(john, QStringLiteral("+905551112233")));
    }

    void notificationsGrantedAndExternalLinksLeave()
    {
        SessionTestEnv env;
        QVERIFY(env.init());
        env.makeManager();
        WhatsAppSession* john = env.addSdr(QStringLiteral("sdr_john"));
        QVERIFY(env.link(john, QStringLiteral("+905551112233")));
        QSignalSpy links(john, &WhatsAppSession::externalLinkRequested);
        const QString permission =
            evaluate(john->page(),
                     QStringLiteral("Notification.requestPermission().then(p => window.__p = p); 0"))
                .toString();
        Q_UNUSED(permission)
        SDR_TRY_COMPARE_WITH_TIMEOUT(evaluate(john->page(), QStringLiteral("window.__p || ''")).toString(),
                                     QStringLiteral("granted"), 5000);
        // The page hears that its notification was shown (WhatsApp Web keeps them on only then).
        evaluate(john->page(),
                 QStringLiteral("window.__shown = ''; var n = new Notification('New message', "
                                "{body: 'hi'}); n.onshow = () => { window.__shown = n.title; }; 0"));
        SDR_TRY_COMPARE_WITH_TIMEOUT(evaluate(john->page(), QStringLiteral("window.__shown")).toString(),
                                     QStringLiteral("New message"), 5000);

        evaluate(john->page(),
                 QStringLiteral("var a = document.createElement('a'); a.href = 'https://example.com/x';"
                                "document.body.append(a); a.click(); 0"));
        SDR_TRY_COMPARE_WITH_TIMEOUT(links.size(), 1, 5000);
        QCOMPARE(links.first().first().toUrl(), QUrl(QStringLiteral("https://example.com/x")));
        EventLoopWait::forMs(300);
        QVERIFY(john->page()->url().host() == QStringLiteral("127.0.0.1"));

        // New-window links: the web one leaves, a local file never does; nothing opens inside.
        evaluate(john->page(),
                 QStringLiteral("for (const u of ['file:///etc/passwd', 'https://example.com/new']) {"
                                " var b = document.createElement('a'); b.href = u; b.target = '_blank';"
                                " document.body.append(b); b.click(); } 0"));
        SDR_TRY_COMPARE_WITH_TIMEOUT(links.size(), 2, 5000);
        QCOMPARE(links.at(1).first().toUrl(), QUrl(QStringLiteral("https://example.com/new")));
        EventLoopWait::forMs(300);
        QCOMPARE(links.size(), 2);

        // The probes read WhatsApp's English texts: the profile asks for English.
        QCOMPARE(evaluate(john->page(), QStringLiteral("navigator.languages.join()")).toString(),
                 QStringLiteral("en-US,en"));
    }
};

SDR_WEBENGINE_TEST_MAIN(TestWhatsAppSession)
#include "TestWhatsAppSession.moc"
