// WhatsApp's expired QR code ("Click to reload QR code") is clicked away only while a person looks
// at it, at most once per two seconds of the session's clock. A real SessionPage (offscreen) on the
// simulated WhatsApp Web, whose QR expires after about a second here; the refresher looks whenever the
// page reports, as the session has it look.
#include "WebEngineTestMain.h"

#include "QrRefresher.h"
#include "SessionPageEnv.h"
#include "TryInEventLoop.h"

class TestQrRefresher : public QObject
{
    Q_OBJECT

    struct Env : SessionPageEnv
    {
        std::unique_ptr<QrRefresher> qr;

        // countAttempts: clickReloadQr.js also counts its runs (attempts()), to tell "not clicked"
        // from "looked and found no button".
        bool init(int qrIntervalMs = 500, bool countAttempts = false)
        {
            const QString counting =
                QStringLiteral("(function (SEL, ARGS, H) { window.__attempts = (window.__attempts || 0) + 1;"
                               " const button = H.qrReloadButton(); if (!button) return false; "
                               "button.click(); return true; })");
            if (!SessionPageEnv::init(
                    countAttempts ? QHash<QString, QString>{{QStringLiteral("clickReloadQr.js"), counting}}
                                  : QHash<QString, QString>{}))
                return false;
            server.setQrRotation(qrIntervalMs, 2);
            qr = std::make_unique<QrRefresher>(QStringLiteral("sdr_john"), page.get(), &clock);
            QObject::connect(page.get(), &SessionPage::reported, qr.get(), &QrRefresher::check);
            // Shown, as to a person: Chromium throttles the timers of a hidden page to one a second,
            // and the simulated page would then poll too rarely to ever show a fresh code here.
            QObject::connect(page.get(), &SessionPage::pageChanged, qr.get(),
                             [](QWebEnginePage* shown) { shown->setVisible(true); });
            return true;
        }
        bool waitForExpiredQr()
        {
            return EventLoopWait::until([this] { return page->snapshot().qrReload; }, 10000);
        }
        // Waits for a fresh QR, then for it to expire again.
        bool waitForTheNextExpiry()
        {
            return EventLoopWait::until([this] { return !page->snapshot().qrReload; }, 10000) &&
                   waitForExpiredQr();
        }
        int attempts()
        {
            return evaluate(QStringLiteral("window.__attempts || 0"), QWebEngineScript::ApplicationWorld)
                .toInt();
        }
        // A harmless script through the same page: once it answered, so did any click asked before it.
        bool settle() { return probeAndWait(QStringLiteral("dialogText.js")).isValid(); }
    };

private slots:
    void aFreshQrIsNeverClicked()
    {
        Env env;
        QVERIFY(env.init(60 * 1000, true));
        QVERIFY(env.openQrPage());
        env.qr->setOnScreen(true);
        QVERIFY(env.qr->isOnScreen());
        env.qr->check();
        QVERIFY(env.settle());
        QCOMPARE(env.attempts(), 0); // not even looked for a button
        QCOMPARE(env.qr->clicks(), 0);
        QCOMPARE(env.server.qrReloadCount(), 0);
        QVERIFY(!env.server.currentRefs().isEmpty());
    }

    void anExpiredQrIsLeftAloneWhileNobodyLooks()
    {
        Env env;
        QVERIFY(env.init(500, true));
        QVERIFY(env.openQrPage());
        QVERIFY(env.waitForExpiredQr());
        QVERIFY(!env.qr->isOnScreen());
        env.qr->check();
        env.clock.advance(10 * 1000);
        env.qr->check();
        QVERIFY(env.settle());
        QCOMPARE(env.attempts(), 0);
        QCOMPARE(env.qr->clicks(), 0);
        QCOMPARE(env.server.qrReloadCount(), 0);
        QVERIFY(env.server.currentRefs().isEmpty()); // nothing to scan: it stays expired
    }

    void onScreenAnExpiredQrIsClickedAtOnce()
    {
        Env env;
        QVERIFY(env.init(500, true));
        QVERIFY(env.openQrPage());
        QVERIFY(env.waitForExpiredQr());
        // Coming on screen is enough: no new report is needed.
        env.qr->setOnScreen(true);
        SDR_TRY_COMPARE(env.qr->clicks(), 1);
        SDR_TRY_COMPARE(env.server.qrReloadCount(), 1);
        QCOMPARE(env.attempts(), 1);
        // The page shows a fresh, scannable code.
        SDR_TRY_VERIFY(!env.page->snapshot().qrReload && !env.server.currentRefs().isEmpty());
    }

    void neverTwiceWithinTwoSecondsOfTheClock()
    {
        Env env;
        QVERIFY(env.init());
        env.qr->setOnScreen(true);
        QVERIFY(env.openQrPage());
        SDR_TRY_COMPARE_WITH_TIMEOUT(env.qr->clicks(), 1, 10000);
        SDR_TRY_COMPARE(env.server.qrReloadCount(), 1);

        // It expires again a second later (of real time), yet the clock has not moved: no click,
        // however often the page reports or the refresher is asked.
        QVERIFY(env.waitForTheNextExpiry());
        env.qr->check();
        QVERIFY(env.settle());
        QCOMPARE(env.qr->clicks(), 1);
        env.clock.advance(QrRefresher::MinClickIntervalMs - 1);
        env.qr->check();
        QVERIFY(env.settle());
        QCOMPARE(env.qr->clicks(), 1);
        QCOMPARE(env.server.qrReloadCount(), 1);

        // Two seconds after the click it looks again by itself (no report needed) and clicks.
        env.clock.advance(1);
        SDR_TRY_COMPARE(env.qr->clicks(), 2);
        SDR_TRY_COMPARE(env.server.qrReloadCount(), 2);
    }

    void offScreenAgainItStopsClicking()
    {
        Env env;
        QVERIFY(env.init());
        env.qr->setOnScreen(true);
        QVERIFY(env.openQrPage());
        SDR_TRY_COMPARE_WITH_TIMEOUT(env.qr->clicks(), 1, 10000);
        QVERIFY(env.waitForTheNextExpiry());
        env.qr->check(); // a look again is due in two seconds of the clock ...
        env.qr->setOnScreen(false);
        QVERIFY(!env.qr->isOnScreen());
        env.clock.advance(10 * 1000); // ... and finds nobody looking
        env.qr->check();
        QVERIFY(env.settle());
        QCOMPARE(env.qr->clicks(), 1);
        QCOMPARE(env.server.qrReloadCount(), 1);

        // Looked at again: clicked again.
        env.qr->setOnScreen(true);
        SDR_TRY_COMPARE(env.qr->clicks(), 2);
        SDR_TRY_COMPARE(env.server.qrReloadCount(), 2);
    }
};

SDR_WEBENGINE_TEST_MAIN(TestQrRefresher)
#include "TestQrRefresher.moc"
