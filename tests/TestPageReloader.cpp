// Loading a session's WhatsApp Web again after it went wrong (PageReloader, through the
// SessionPage that owns it): a failed load retried on the clock's backoff, the reload after a
// renderer crash after its delay, the refusal page's one reload with the workers cleared. A real
// QWebEnginePage (offscreen) on the simulated WhatsApp Web (127.0.0.1).
#include "WebEngineTestMain.h"

#include "SessionPageEnv.h"
#include "TryInEventLoop.h"

#include <QSignalSpy>
#include <csignal>
#include <sys/types.h>

class TestPageReloader : public QObject
{
    Q_OBJECT

private slots:
    void aCrashedRendererIsReportedAndTheReloadWaitsForItsDelay()
    {
        SessionPageEnv env;
        QVERIFY(env.init());
        SessionPage& page = *env.page;
        QVERIFY(env.openQrPage());
        QSignalSpy terminated(&page, &SessionPage::rendererTerminated);
        QSignalSpy reloading(&page, &SessionPage::reloadingAfterCrash);
        const qint64 pid = page.renderProcessPid();
        QVERIFY(pid > 0);
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        SDR_TRY_COMPARE(terminated.size(), 1);
        const int status = terminated.first().first().toInt();
        QVERIFY2(status == int(QWebEnginePage::KilledTerminationStatus) ||
                     status == int(QWebEnginePage::CrashedTerminationStatus),
                 qPrintable(QString::number(status)));
        // Nothing reloads by itself: the session decides (and asks for it).
        QVERIFY(reloading.isEmpty());
        const int loads = env.server.pageLoadCount();

        QSignalSpy reported(&page, &SessionPage::reported);
        page.reloadAfterCrash();
        // After LoadRecovery's delay (0.25-0.5 s for a first crash) on the clock, never at once.
        env.clock.advance(249);
        EventLoopWait::forMs(50);
        QVERIFY(reloading.isEmpty());
        env.clock.advance(251);
        SDR_TRY_COMPARE_WITH_TIMEOUT(reloading.size(), 1, 5000);
        SDR_TRY_VERIFY_WITH_TIMEOUT(!reported.isEmpty() && page.snapshot().qr, 15000);
        QCOMPARE(env.server.pageLoadCount(), loads + 1);
        QVERIFY(page.renderProcessPid() > 0);
        QVERIFY(page.renderProcessPid() != pid);
        QCOMPARE(terminated.size(), 1);
    }

    void aPageThatDidNotLoadIsRetriedOnItsOwn()
    {
        SessionPageEnv env;
        QVERIFY(env.init());
        SessionPage& page = *env.page;
        env.server.setUnreachable(true, FakeWhatsAppServer::UnreachableMode::ServiceUnavailable);
        QSignalSpy failed(&page, &SessionPage::loadFailedWith);
        QSignalSpy finished(&page, &SessionPage::loadFinished);
        QVERIFY(page.create());
        SDR_TRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        // For the log and lastError: the status, not the markup of Chromium's error page.
        QCOMPARE(failed.first().first().toString(), QStringLiteral("HTTP 503"));
        QVERIFY(page.loadFailed());
        QVERIFY(page.exists()); // the page stays; only its load failed

        // WhatsApp answers again before the retry (LoadRecovery: 0.5-1 s after the first failure).
        env.server.setUnreachable(false);
        EventLoopWait::forMs(100);
        QVERIFY(!page.snapshot().qr); // not before the clock reaches the retry
        env.clock.advance(1000);
        SDR_TRY_VERIFY_WITH_TIMEOUT(page.snapshot().qr, 10000);
        QVERIFY(!page.loadFailed());
        QCOMPARE(failed.size(), 1);
        QVERIFY(!finished.isEmpty());
        QCOMPARE(finished.last().first().toBool(), true);
        QCOMPARE(env.server.pageLoadCount(), 1);
    }

    void aPageThatFrozeOnALoadErrorLoadsAgainWhenItWakes()
    {
        SessionPageEnv env;
        QVERIFY(env.init());
        SessionPage& page = *env.page;
        env.server.setUnreachable(true, FakeWhatsAppServer::UnreachableMode::ServiceUnavailable);
        QSignalSpy failed(&page, &SessionPage::loadFailedWith);
        QVERIFY(page.create());
        SDR_TRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QVERIFY(page.freeze());
        env.server.setUnreachable(false);

        // Its retry may have come and gone while it slept: waking loads WhatsApp Web now.
        QVERIFY(page.activate());
        SDR_TRY_VERIFY_WITH_TIMEOUT(page.snapshot().qr, 10000);
        QVERIFY(!page.loadFailed());
        QVERIFY(page.isAwake());
    }

    void theRefusalPageGetsOneReloadAfterASecondWithTheWorkersCleared()
    {
        SessionPageEnv env;
        QVERIFY(env.init());
        SessionPage& page = *env.page;
        // Like a stale service worker: the first load of the profile gets the refusal page.
        env.server.setRefuseOncePerProfile(true);
        QVERIFY(page.create());
        SDR_TRY_VERIFY_WITH_TIMEOUT(page.snapshot().refused, 15000);
        QCOMPARE(env.server.refusalCount(), 1);
        QCOMPARE(page.refusalReloads(), 0);

        page.reloadAfterRefusal();
        QCOMPARE(page.refusalReloads(), 1);
        QVERIFY(page.isRefusalReloadPending());
        page.reloadAfterRefusal(); // asked again while it is under way: still one
        QCOMPARE(page.refusalReloads(), 1);
        // The workers get time to unregister before the load.
        QCOMPARE(env.server.pageLoadCount(), 1);
        SDR_TRY_VERIFY_WITH_TIMEOUT(!page.isRefusalReloadPending(), 3000);
        SDR_TRY_VERIFY_WITH_TIMEOUT(page.snapshot().qr, 15000);
        QVERIFY(!page.snapshot().refused);
        QCOMPARE(env.server.pageLoadCount(), 2);
        QCOMPARE(env.server.refusalCount(), 1);
        QCOMPARE(page.refusalReloads(), 1);
    }
};

SDR_WEBENGINE_TEST_MAIN(TestPageReloader)
#include "TestPageReloader.moc"
