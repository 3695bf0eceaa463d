// When a session's page loads again after a failed load or a renderer crash: on Backoff, growing
// while the failures repeat, afresh once WhatsApp Web served its app. The delays run on a
// ManualClock the test moves.
#include "EventLoopWait.h"
#include "LoadRecovery.h"
#include "ManualClock.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QtTest>

class TestLoadRecovery : public QObject
{
    Q_OBJECT

    static LoadRecovery::Delays fast()
    {
        LoadRecovery::Delays delays;
        delays.retryBaseMs = 40;
        delays.retryCapMs = 320;
        delays.crashBaseMs = 30;
        delays.crashCapMs = 120;
        return delays;
    }
    // The n-th consecutive failure waits within [d/2, d], d = min(cap, base * 2^n).
    static bool withinCeiling(qint64 delay, qint64 baseMs, qint64 capMs, int n)
    {
        const qint64 ceiling = qMin(capMs, baseMs << n);
        return delay >= ceiling / 2 && delay <= ceiling;
    }
    // Moves the clock by ms and lets the timers that fell due fire (from the event loop).
    static void advance(ManualClock& clock, qint64 ms)
    {
        clock.advance(ms);
        EventLoopWait::forMs(5);
    }

private slots:
    void aFailedLoadIsRetriedAfterGrowingDelaysUntilItLoads()
    {
        QRandomGenerator random(7);
        ManualClock clock;
        LoadRecovery recovery(fast(), &random, &clock);
        QSignalSpy retries(&recovery, &LoadRecovery::retryDue);
        QList<qint64> delays;
        for (int n = 0; n < 6; ++n) {
            const qint64 delay = recovery.loadFailed();
            QVERIFY(recovery.isRetryPending());
            QVERIFY2(withinCeiling(delay, 40, 320, n),
                     qPrintable(QStringLiteral("%1: %2").arg(n).arg(delay)));
            advance(clock, delay - 1);
            QCOMPARE(retries.size(), n); // not a moment before its delay
            advance(clock, 1);
            QCOMPARE(retries.size(), n + 1);
            QVERIFY(!recovery.isRetryPending());
            delays << delay;
        }
        QCOMPARE(recovery.loadFailures(), 6);
        QVERIFY(delays.last() > delays.first()); // 160-320 ms against 20-40 ms
        QVERIFY(delays.last() <= 320);           // capped: it never gives up, it waits at most the cap

        // It loads: the pending retry is dropped, yet the next failure still waits long (WhatsApp
        // Web has not shown its app yet: the load may be an error page that loaded).
        recovery.loadFailed();
        recovery.loadSucceeded();
        QVERIFY(!recovery.isRetryPending());
        advance(clock, 700);
        QCOMPARE(retries.size(), 6);
        QVERIFY(withinCeiling(recovery.loadFailed(), 40, 320, 7));

        // WhatsApp Web served its app: the next failure starts at the shortest delay again.
        recovery.appServed();
        QCOMPARE(recovery.loadFailures(), 0);
        QVERIFY(withinCeiling(recovery.loadFailed(), 40, 320, 0));
    }

    void aCrashReloadsAfterADelayThatGrowsWhileCrashesRepeat()
    {
        QRandomGenerator random(11);
        ManualClock clock;
        LoadRecovery recovery(fast(), &random, &clock);
        QSignalSpy reloads(&recovery, &LoadRecovery::reloadDue);
        QSignalSpy retries(&recovery, &LoadRecovery::retryDue);
        recovery.loadFailed(); // a retry was pending when the renderer died: the reload replaces it
        for (int n = 0; n < 4; ++n) {
            const qint64 delay = recovery.crashed();
            QVERIFY2(withinCeiling(delay, 30, 120, n),
                     qPrintable(QStringLiteral("%1: %2").arg(n).arg(delay)));
            QVERIFY(recovery.isReloadPending());
            advance(clock, delay - 1);
            QCOMPARE(reloads.size(), n);
            advance(clock, 1);
            QCOMPARE(reloads.size(), n + 1);
        }
        advance(clock, 60 * 1000); // the retry the first reload replaced never comes
        QCOMPARE(reloads.size(), 4);
        QCOMPARE(retries.size(), 0);
        QCOMPARE(recovery.crashes(), 4);
        recovery.appServed();
        QVERIFY(withinCeiling(recovery.crashed(), 30, 120, 0));
    }

    void aGonePageHasNothingDue()
    {
        ManualClock clock;
        LoadRecovery recovery(fast(), nullptr, &clock);
        QSignalSpy reloads(&recovery, &LoadRecovery::reloadDue);
        QSignalSpy retries(&recovery, &LoadRecovery::retryDue);
        recovery.loadFailed();
        recovery.crashed();
        recovery.stop();
        QVERIFY(!recovery.isRetryPending() && !recovery.isReloadPending());
        advance(clock, 60 * 1000);
        QCOMPARE(reloads.size() + retries.size(), 0);
    }

    void theAppsDefaultsAreTheShortestFirstRetries()
    {
        // A load retry within a second, a crash reload within half a second; at most a minute
        // between tries of a WhatsApp Web that stays away.
        ManualClock clock;
        LoadRecovery recovery(&clock);
        const qint64 first = recovery.loadFailed();
        QVERIFY(first >= 500 && first <= 1000);
        for (int n = 0; n < 12; ++n)
            QVERIFY(recovery.loadFailed() <= 60 * 1000);
        const qint64 crash = recovery.crashed();
        QVERIFY(crash >= 250 && crash <= 500);
        recovery.stop();
    }
};

QTEST_GUILESS_MAIN(TestLoadRecovery)
#include "TestLoadRecovery.moc"
