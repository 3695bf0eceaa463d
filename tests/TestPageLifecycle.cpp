// The sleep and wake of a page, on a real, plain QWebEnginePage offscreen (no WhatsApp, no
// session): frozen pages keep their renderer and their page, discarded ones come back at the start
// page, never at the URL they had (after a send, a deep link carrying the message's text); since
// when the page is awake follows the injected clock.
#include "WebEngineTestMain.h"

#include "PageLifecycle.h"
#include "TryInEventLoop.h"

#include <QSignalSpy>
#include <QWebEnginePage>

namespace {
const QUrl kHome(QStringLiteral("data:text/html,<html><body><p>home</p></body></html>"));
// Stands for WhatsApp's send deep link: a URL that must never be loaded again by itself.
const QUrl kDeepLink(QStringLiteral("data:text/html,<html><body><p>send?text=Hello</p></body></html>"));
} // namespace

class TestPageLifecycle : public QObject
{
    Q_OBJECT

    static bool load(QWebEnginePage& page, const QUrl& url)
    {
        QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
        page.load(url);
        return loaded.wait(10000) && loaded.first().first().toBool();
    }

private slots:
    void aFrozenPageWakesAsItWas()
    {
        ManualClock clock;
        QWebEnginePage page;
        PageLifecycle lifecycle(kHome, &clock);
        QVERIFY(!lifecycle.freeze()); // no page yet
        QVERIFY(!lifecycle.activate(false));
        lifecycle.setPage(&page);
        QVERIFY(load(page, kDeepLink));
        QCOMPARE(lifecycle.awakeSince(), clock.now());

        QVERIFY(lifecycle.freeze());
        QVERIFY(!lifecycle.isAwake());
        QVERIFY(!lifecycle.isDiscarded());
        QVERIFY(!lifecycle.awakeSince().isValid());
        QVERIFY(lifecycle.freeze()); // already asleep

        clock.advance(60 * 1000);
        QVERIFY(!lifecycle.activate(false)); // nothing to load: the renderer kept the page
        QVERIFY(lifecycle.isAwake());
        QCOMPARE(lifecycle.awakeSince(), clock.now());
        QCOMPARE(page.url(), kDeepLink);
        QVERIFY(!lifecycle.activate(false)); // already awake
    }

    void aDiscardedPageComesBackAtTheStartNeverAtItsLastUrl()
    {
        ManualClock clock;
        QWebEnginePage page;
        PageLifecycle lifecycle(kHome, &clock);
        lifecycle.setPage(&page);
        QVERIFY(load(page, kDeepLink));
        QVERIFY(lifecycle.discard()); // freezes first
        QVERIFY(lifecycle.isDiscarded());
        QVERIFY(!lifecycle.isAwake());
        QVERIFY(lifecycle.discard()); // already

        QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
        clock.advance(3600 * 1000);
        QVERIFY(lifecycle.activate(false)); // it loads afresh
        QVERIFY(lifecycle.isAwake());
        QCOMPARE(lifecycle.awakeSince(), clock.now());
        SDR_TRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
        QCOMPARE(page.url(), kHome);
        EventLoopWait::forMs(200); // no later load of the old URL replaces it
        QCOMPARE(page.url(), kHome);
    }

    // What PageLifecycle guards against: Chromium, left to itself, reloads a discarded page's last
    // URL when it becomes active again.
    void chromiumByItselfReloadsTheLastUrlOfADiscardedPage()
    {
        QWebEnginePage page;
        QVERIFY(load(page, kDeepLink));
        page.setLifecycleState(QWebEnginePage::LifecycleState::Frozen);
        page.setLifecycleState(QWebEnginePage::LifecycleState::Discarded);
        QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
        page.setLifecycleState(QWebEnginePage::LifecycleState::Active);
        SDR_TRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
        QCOMPARE(page.url(), kDeepLink);
    }

    void aPageThatFrozeOnALoadErrorLoadsTheStartAgainWhenItWakes()
    {
        ManualClock clock;
        QWebEnginePage page;
        PageLifecycle lifecycle(kHome, &clock);
        lifecycle.setPage(&page);
        QVERIFY(load(page, kDeepLink));
        QVERIFY(lifecycle.freeze());
        QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
        QVERIFY(lifecycle.activate(true)); // its last load failed: load again, at the start
        SDR_TRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
        QCOMPARE(page.url(), kHome);
    }

    void aGonePageIsNeitherAwakeNorAsleep()
    {
        ManualClock clock;
        PageLifecycle lifecycle(kHome, &clock);
        {
            QWebEnginePage page;
            lifecycle.setPage(&page);
            QVERIFY(lifecycle.isAwake());
            lifecycle.setPage(nullptr);
        }
        QVERIFY(!lifecycle.isAwake());
        QVERIFY(!lifecycle.isDiscarded());
        QVERIFY(!lifecycle.awakeSince().isValid());
        QVERIFY(!lifecycle.freeze());
        QVERIFY(!lifecycle.discard());
        QVERIFY(!lifecycle.activate(true));
    }
};

SDR_WEBENGINE_TEST_MAIN(TestPageLifecycle)
#include "TestPageLifecycle.moc"
