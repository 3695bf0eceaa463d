// When a session's page may sleep and how it wakes, on a real page of a real profile offscreen
// (a plain local page, no WhatsApp): never while busy or open in front of a person; frozen pages
// keep their renderer, discarded ones load afresh; the last use follows the injected clock.
#include "WebEngineTestMain.h"

#include "PageProbe.h"
#include "ProfileStore.h"
#include "SessionHibernation.h"
#include "SessionPage.h"
#include "SessionRestriction.h"
#include "SessionStateTracker.h"
#include "TryInEventLoop.h"

#include <QSignalSpy>
#include <QWebEnginePage>

namespace {
// A page with no observer answering: nothing but the test decides the state.
const QUrl kPlainPage(QStringLiteral("data:text/html,<html><body><p>plain page</p></body></html>"));
} // namespace

class TestSessionHibernation : public QObject
{
    Q_OBJECT

    // One session's page and state with its hibernation; `busy` stands for the session's own work.
    struct Session
    {
        QTemporaryDir dir;
        ManualClock clock;
        ProfileStore profiles{dir.path()};
        PageProbe probe{dir.path()};
        SessionPage page{QStringLiteral("sdr_john"), kPlainPage, &profiles, &probe, &clock};
        SessionRestriction restriction{QString()};
        SessionStateTracker state{QStringLiteral("sdr_john"), &restriction};
        bool busy = false;
        SessionHibernation hibernation{QStringLiteral("sdr_john"), &page, &state, &clock, [this] {
                                           return busy;
                                       }};

        // Creates the page, waits until it loaded, and says it is connected.
        bool open()
        {
            QSignalSpy loaded(&page, &SessionPage::loadFinished);
            if (!page.create() || !(loaded.size() > 0 || loaded.wait(10000)))
                return false;
            state.setState(ConnectionState::Connected);
            return hibernation.isAwake();
        }
    };

private slots:
    void aPageSleepsOnlyWhenNothingKeepsItAwake()
    {
        Session s;
        QVERIFY(!s.hibernation.hibernate()); // no page yet
        QVERIFY(!s.hibernation.discard());
        QVERIFY(s.open());
        QVERIFY(s.hibernation.awakeSince().isValid());

        s.busy = true; // a send, the page lent to the doctor, a wipe under way
        QVERIFY(!s.hibernation.hibernate());
        QVERIFY(!s.hibernation.discard());
        QVERIFY(s.hibernation.isAwake());
        s.busy = false;
        s.hibernation.setVisible(true); // a person has the session open
        QVERIFY(!s.hibernation.hibernate());
        QVERIFY(!s.hibernation.discard());
        QVERIFY(s.hibernation.isAwake());
        QCOMPARE(s.state.state(), ConnectionState::Connected);

        s.hibernation.setVisible(false);
        QSignalSpy asleep(s.page.page(), &QWebEnginePage::lifecycleStateChanged);
        QVERIFY(s.hibernation.hibernate());
        QVERIFY(!s.hibernation.isAwake());
        QVERIFY(!s.hibernation.isDiscarded()); // frozen: the renderer stays
        QCOMPARE(s.state.state(), ConnectionState::Hibernated);
        QVERIFY(!s.hibernation.awakeSince().isValid());
        QCOMPARE(asleep.size(), 1);
        QVERIFY(s.hibernation.hibernate()); // already asleep
        QCOMPARE(asleep.size(), 1);

        s.busy = true; // work arrived while asleep: it stays frozen until woken, never discarded
        QVERIFY(!s.hibernation.discard());
        QVERIFY(!s.hibernation.isDiscarded());
    }

    void aWokenPageIsDetectedAgainAndTakesItsLastReportOnlyWhenSilent()
    {
        Session s;
        QVERIFY(s.open());
        QVERIFY(s.hibernation.hibernate());
        QSignalSpy silent(&s.hibernation, &SessionHibernation::silentAfterWake);
        s.clock.advance(60 * 1000);
        s.hibernation.wake();
        QVERIFY(s.hibernation.isAwake());
        QCOMPARE(s.hibernation.awakeSince(), s.clock.now());
        // Frozen, not discarded: the page is not loaded again, and its state waits for a report.
        QCOMPARE(s.state.state(), ConnectionState::Hibernated);
        s.clock.advance(SessionHibernation::WakeReportMs - 1);
        EventLoopWait::forMs(50);
        QCOMPARE(silent.size(), 0);
        s.clock.advance(1);
        SDR_TRY_COMPARE(silent.size(), 1);

        // A page that reports in time is not taken for silent.
        QVERIFY(s.hibernation.hibernate());
        s.hibernation.wake();
        s.state.setState(ConnectionState::Connected); // what the page reported
        s.clock.advance(SessionHibernation::WakeReportMs);
        EventLoopWait::forMs(50);
        QCOMPARE(silent.size(), 1);
    }

    void aDiscardedPageLetsItsRendererGoAndLoadsAfreshWhenWoken()
    {
        Session s;
        QVERIFY(s.open());
        SDR_TRY_VERIFY(s.page.renderProcessPid() > 0);
        QVERIFY(s.hibernation.discard()); // freezes first
        QVERIFY(s.hibernation.isDiscarded());
        QCOMPARE(s.state.state(), ConnectionState::Hibernated);
        QVERIFY(s.hibernation.discard()); // already
        QSignalSpy loaded(&s.page, &SessionPage::loadFinished);
        s.hibernation.wake();
        QVERIFY(s.hibernation.isAwake());
        QCOMPARE(s.state.state(), ConnectionState::Loading); // a new heap: detected from scratch
        QVERIFY(loaded.wait(10000));
    }

    void aFreshRendererOnlyForAnIdleSession()
    {
        Session s;
        QVERIFY(s.open());
        SDR_TRY_VERIFY(s.page.renderProcessPid() > 0);
        const qint64 pid = s.page.renderProcessPid();
        s.busy = true;
        QVERIFY(!s.hibernation.restartRenderer());
        QVERIFY(s.hibernation.isAwake());
        QCOMPARE(s.page.renderProcessPid(), pid);

        s.busy = false;
        s.clock.advance(3600 * 1000);
        QVERIFY(s.hibernation.restartRenderer());
        QVERIFY(s.hibernation.isAwake());
        QCOMPARE(s.hibernation.awakeSince(), s.clock.now());
        QCOMPARE(s.state.state(), ConnectionState::Loading);
        SDR_TRY_VERIFY_WITH_TIMEOUT(s.page.renderProcessPid() > 0 && s.page.renderProcessPid() != pid, 10000);
    }

    void useAndAPersonOpeningTheSessionCountAsActivity()
    {
        Session s;
        const QDateTime created = s.clock.now();
        QCOMPARE(s.hibernation.lastActiveAt(), created);
        QVERIFY(s.open());
        s.clock.advance(5 * 60 * 1000);
        QCOMPARE(s.hibernation.lastActiveAt(), created); // time alone is no use
        s.hibernation.touch();
        QCOMPARE(s.hibernation.lastActiveAt(), s.clock.now());

        QVERIFY(s.hibernation.hibernate());
        s.clock.advance(5 * 60 * 1000);
        s.hibernation.setVisible(true); // opening it wakes it
        QVERIFY(s.hibernation.isVisible());
        QVERIFY(s.hibernation.isAwake());
        QCOMPARE(s.hibernation.lastActiveAt(), s.clock.now());
    }
};

SDR_WEBENGINE_TEST_MAIN(TestSessionHibernation)
#include "TestSessionHibernation.moc"
