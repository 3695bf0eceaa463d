// One SDR's browser side on its own: its profile in the SDR's directory, its WhatsApp Web page from
// creation to deletion, freezing, discarding and waking, what the page reports. (Loading again
// after a load error, a renderer crash and WhatsApp's refusal page: TestPageReloader.) A real
// QWebEnginePage (offscreen) on the simulated WhatsApp Web (127.0.0.1), no WhatsAppSession.
#include "WebEngineTestMain.h"

#include "SessionPageEnv.h"
#include "TryInEventLoop.h"

#include <QPointer>
#include <QSignalSpy>
#include <QWebEngineProfile>

class TestSessionPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<QWebEnginePage*>(); }

    void theProfileLivesInTheSdrsDirectoryAndThePageOpensWhatsAppWeb()
    {
        SessionPageEnv env;
        QVERIFY(env.init());
        SessionPage& page = *env.page;
        QVERIFY(!page.exists());
        QSignalSpy changed(&page, &SessionPage::pageChanged);
        QSignalSpy reported(&page, &SessionPage::reported);
        QVERIFY(env.openQrPage());

        QVERIFY(page.exists());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<QWebEnginePage*>(), page.page());
        const QString profileDir = env.profiles->profileDirFor(QStringLiteral("sdr_john"));
        QVERIFY(profileDir.startsWith(env.dir.path()));
        QCOMPARE(page.profile()->persistentStoragePath(), profileDir + QStringLiteral("/storage"));
        QCOMPARE(page.profile()->cachePath(), profileDir + QStringLiteral("/cache"));
        QVERIFY(!page.profile()->isOffTheRecord());
        QCOMPARE(page.page()->profile(), page.profile());
        // What the observer sees arrives as a snapshot, nothing interpreted.
        QVERIFY(!reported.isEmpty());
        QVERIFY(page.snapshot().qr);
        QCOMPARE(page.snapshot().state(), ConnectionState::QrRequired);
        QCOMPARE(page.page()->url().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(page.isAwake());
        QVERIFY(!page.isDiscarded());
        QVERIFY(!page.isOnScreen()); // no view shows it
        QVERIFY(!page.loadFailed());
        QVERIFY(page.renderProcessPid() > 0);
        QCOMPARE(page.awakeSince(), env.clock.now());

        // Asked again: the same page, no second one.
        QWebEnginePage* first = page.page();
        QVERIFY(page.create());
        QCOMPARE(page.page(), first);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(env.server.pageLoadCount(), 1);
    }

    void anIdThatCannotNameAProfileGetsNoPage()
    {
        SessionPageEnv env;
        QVERIFY(env.init({}, QString()));
        QSignalSpy changed(env.page.get(), &SessionPage::pageChanged);
        QVERIFY(!env.page->create());
        QVERIFY(!env.page->exists());
        QVERIFY(!env.page->page());
        QVERIFY(!env.page->profile());
        QVERIFY(changed.isEmpty());
        QVERIFY(!QDir(env.profiles->profilesRoot()).exists());
        // What needs a page answers without one.
        QVERIFY(!env.page->freeze());
        QVERIFY(!env.page->discard());
        QVERIFY(!env.page->activate());
        QVERIFY(!env.probeAndWait(QStringLiteral("clickReloadQr.js")).isValid());
    }

    void destroyingAnnouncesThePageThenDeletesItAndItsProfile()
    {
        SessionPageEnv env;
        QVERIFY(env.init());
        SessionPage& page = *env.page;
        QVERIFY(env.openQrPage());
        QPointer<QWebEnginePage> old = page.page();
        QPointer<QWebEngineProfile> oldProfile = page.profile();
        // Whoever holds the page (a view) lets go of it while it still exists.
        bool aliveWhenAnnounced = false;
        // The lambda reads the locals above: its context dies before them, not with the test
        // object, or the page's destructor at the end (announcing the second page) calls it on
        // destroyed QPointers (AddressSanitizer: stack-use-after-scope).
        QObject announcementReceiver;
        connect(&page, &SessionPage::pageAboutToBeDeleted, &announcementReceiver,
                [&](QWebEnginePage* announced) {
                    aliveWhenAnnounced = announced == old.data() && !old.isNull() && !oldProfile.isNull();
                });
        QSignalSpy aboutToBeDeleted(&page, &SessionPage::pageAboutToBeDeleted);
        page.destroy();
        QCOMPARE(aboutToBeDeleted.size(), 1);
        QVERIFY(aliveWhenAnnounced);
        QVERIFY(old.isNull());
        QVERIFY(oldProfile.isNull());
        QVERIFY(!page.exists());
        QVERIFY(!page.profile());
        QVERIFY(!page.snapshot().qr); // nothing left of what it showed
        QVERIFY(!page.isAwake());
        QCOMPARE(page.renderProcessPid(), 0);
        // Deleting is not wiping: the SDR's files stay for the next page.
        QVERIFY(QDir(env.profiles->profileDirFor(QStringLiteral("sdr_john"))).exists());
        page.destroy();
        QCOMPARE(aboutToBeDeleted.size(), 1);

        // A new page replaces it, announced like the first.
        QSignalSpy changed(&page, &SessionPage::pageChanged);
        env.clock.advance(60 * 1000);
        QVERIFY(env.openQrPage());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<QWebEnginePage*>(), page.page());
        QCOMPARE(env.server.pageLoadCount(), 2);
        QCOMPARE(page.awakeSince(), env.clock.now());
    }

    void aFrozenPageWakesAsItWasADiscardedOneLoadsAfresh()
    {
        SessionPageEnv env;
        QVERIFY(env.init());
        SessionPage& page = *env.page;
        QVERIFY(env.openQrPage());
        QSignalSpy awake(&page, &SessionPage::awakeChanged);
        QSignalSpy terminated(&page, &SessionPage::rendererTerminated);
        // A page that answers probes while awake ...
        QCOMPARE(env.probeAndWait(QStringLiteral("clickReloadQr.js")), QVariant(false));

        // ... answers none while frozen, and keeps its renderer.
        QVERIFY(page.freeze());
        QVERIFY(!page.isAwake());
        QVERIFY(!page.isDiscarded());
        QVERIFY(!page.awakeSince().isValid());
        QCOMPARE(awake.size(), 1);
        QCOMPARE(awake.first().first().toBool(), false);
        QVERIFY(!env.probeAndWait(QStringLiteral("clickReloadQr.js")).isValid());
        QVERIFY(page.renderProcessPid() > 0);
        QVERIFY(page.freeze()); // already

        // Woken after a good load: as it was, no new load (the JavaScript heap is still there).
        env.clock.advance(5 * 60 * 1000);
        QVERIFY(!page.activate());
        QVERIFY(page.isAwake());
        QCOMPARE(page.awakeSince(), env.clock.now());
        QCOMPARE(awake.size(), 2);
        QCOMPARE(awake.last().first().toBool(), true);
        QCOMPARE(env.probeAndWait(QStringLiteral("clickReloadQr.js")), QVariant(false));
        QCOMPARE(env.server.pageLoadCount(), 1);
        QVERIFY(!page.activate()); // already awake

        // Discarded straight from awake (frozen first), on a chat's deep link: the renderer goes,
        // which is no crash.
        const QUrl deepLink =
            env.server.url().resolved(QUrl(QStringLiteral("send?phone=447700900123&text=Hi")));
        page.navigate(deepLink);
        SDR_TRY_VERIFY_WITH_TIMEOUT(page.snapshot().url.endsWith(QStringLiteral("/send")), 15000);
        const int loads = env.server.pageLoadCount();
        const qint64 pid = page.renderProcessPid();
        QVERIFY(page.discard());
        QVERIFY(page.isDiscarded());
        QVERIFY(!page.isAwake());
        QVERIFY(page.discard()); // already
        SDR_TRY_COMPARE(page.renderProcessPid(), 0);
        QVERIFY(terminated.isEmpty());
        QVERIFY(!env.probeAndWait(QStringLiteral("clickReloadQr.js")).isValid());

        // Woken: WhatsApp Web's start page afresh in a new renderer, never the deep link (its
        // message text would be typed into the chat again).
        QSignalSpy reported(&page, &SessionPage::reported);
        env.clock.advance(60 * 1000);
        QVERIFY(page.activate());
        QVERIFY(page.isAwake());
        QCOMPARE(page.awakeSince(), env.clock.now());
        SDR_TRY_VERIFY_WITH_TIMEOUT(!reported.isEmpty() && page.snapshot().qr, 15000);
        QCOMPARE(page.page()->url(), env.server.url());
        QCOMPARE(page.snapshot().url, env.server.url().toString());
        QVERIFY(env.server.pageLoadCount() > loads);
        QVERIFY(page.renderProcessPid() > 0);
        QVERIFY(page.renderProcessPid() != pid);
        QVERIFY(terminated.isEmpty());
    }

    void theUnreadCountComesFromTheTitle()
    {
        SessionPageEnv env;
        QVERIFY(env.init());
        SessionPage& page = *env.page;
        QVERIFY(env.openQrPage());
        QCOMPARE(page.unreadCount(), 0);
        QSignalSpy unread(&page, &SessionPage::unreadCountChanged);
        env.evaluate(QStringLiteral("document.title = '(3) WhatsApp'"));
        SDR_TRY_COMPARE(unread.size(), 1);
        QCOMPARE(unread.first().first().toInt(), 3);
        QCOMPARE(page.unreadCount(), 3);
        // Another title with the same count is no change; a title without one is none unread.
        env.evaluate(QStringLiteral("document.title = '(3) WhatsApp Business'"));
        env.evaluate(QStringLiteral("document.title = 'WhatsApp'"));
        SDR_TRY_COMPARE(unread.size(), 2);
        QCOMPARE(unread.last().first().toInt(), 0);
        QCOMPARE(page.unreadCount(), 0);
    }
};

SDR_WEBENGINE_TEST_MAIN(TestSessionPage)
#include "TestSessionPage.moc"
