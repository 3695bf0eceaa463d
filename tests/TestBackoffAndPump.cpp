// The two small mechanisms every retry in the app rests on: Backoff (how long to wait after the
// n-th failure) and ReportPump (when a reporter's step runs).
#include "Backoff.h"
#include "ManualClock.h"
#include "ReportPump.h"

#include <QRandomGenerator>
#include <QtTest>

namespace {
// Runs what is queued (kicks, timers due on the clock) without letting time pass: what has not
// happened afterwards waits for a move of the clock.
void settle()
{
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
}
} // namespace

class TestBackoffAndPump : public QObject
{
    Q_OBJECT

private slots:
    void eachFailureDoublesTheCeilingAndTheDelayIsJitteredInItsUpperHalf()
    {
        QRandomGenerator random(7);
        Backoff backoff(1000, 60000, &random);
        for (int failures = 0; failures < 5; ++failures) {
            const qint64 ceiling = 1000LL << failures;
            for (int i = 0; i < 200; ++i) {
                const qint64 delay = backoff.delayFor(failures);
                QVERIFY2(delay >= ceiling / 2 && delay <= ceiling,
                         qPrintable(QStringLiteral("%1 failures: %2 ms").arg(failures).arg(delay)));
            }
        }
    }

    void theJitterReallySpreadsTheRetries()
    {
        QRandomGenerator random(11);
        Backoff backoff(1000, 60000, &random);
        QSet<qint64> seen;
        for (int i = 0; i < 50; ++i)
            seen.insert(backoff.delayFor(3));
        QVERIFY2(seen.size() > 25, qPrintable(QString::number(seen.size())));
    }

    void theDelayNeverPassesTheCapHoweverManyFailures()
    {
        Backoff backoff(2000, 10000);
        for (int failures : {4, 10, 40, 1000})
            QVERIFY(backoff.delayFor(failures) <= 10000);
        QCOMPARE(backoff.capMs(), 10000);
        // A cap below the base is the base.
        QCOMPARE(Backoff(5000, 10).capMs(), 5000);
    }

    void retryAfterFromTheServerIsAFloor()
    {
        Backoff backoff(100, 400);
        QCOMPARE(backoff.delayFor(0, 30000), 30000);
        QVERIFY(backoff.delayFor(0, 10) >= 50);
    }

    void nextDelayCountsFailuresAndResetStartsOver()
    {
        Backoff backoff(1000, 1000000);
        QCOMPARE(backoff.failures(), 0);
        QVERIFY(backoff.nextDelay() <= 1000);
        QVERIFY(backoff.nextDelay() <= 2000);
        const qint64 third = backoff.nextDelay();
        QVERIFY(third >= 2000 && third <= 4000);
        QCOMPARE(backoff.failures(), 3);
        backoff.reset();
        QCOMPARE(backoff.failures(), 0);
        QVERIFY(backoff.nextDelay() <= 1000);
    }

    void aPumpRunsNothingBeforeStartAndNothingAfterStop()
    {
        ManualClock clock;
        int steps = 0;
        ReportPump pump(&clock, [&steps] { ++steps; });
        pump.kick();
        pump.runIn(0);
        settle();
        QCOMPARE(steps, 0);
        pump.start();
        settle();
        QCOMPARE(steps, 1);
        pump.stop();
        pump.kick();
        pump.runIn(0);
        settle();
        clock.advance(60 * 60 * 1000);
        settle();
        QCOMPARE(steps, 1);
    }

    void kicksAreCoalescedAndRunAfterTheCallerReturns()
    {
        ManualClock clock;
        int steps = 0;
        ReportPump pump(&clock, [&steps] { ++steps; });
        pump.start();
        settle();
        QCOMPARE(steps, 1);
        for (int i = 0; i < 10; ++i)
            pump.kick();
        QCOMPARE(steps, 1); // not re-entrant from the caller
        QCoreApplication::processEvents();
        QCOMPARE(steps, 2); // ten kicks, one step
    }

    void aPausedPumpWaitsAndRunsOnceResumed()
    {
        ManualClock clock;
        int steps = 0;
        ReportPump pump(&clock, [&steps] { ++steps; });
        pump.start();
        settle();
        QCOMPARE(steps, 1);
        pump.setPaused(true);
        QVERIFY(!pump.canRun());
        pump.kick();
        pump.runIn(0);
        settle();
        clock.advance(60 * 60 * 1000);
        settle();
        QCOMPARE(steps, 1);
        pump.setPaused(false);
        settle();
        QCOMPARE(steps, 2);
    }

    void runInSchedulesOneLaterStepAndALaterCallReplacesIt()
    {
        ManualClock clock;
        int steps = 0;
        ReportPump pump(&clock, [&steps] { ++steps; });
        pump.start();
        settle();
        QCOMPARE(steps, 1);
        pump.runIn(10000);
        pump.runIn(60); // the last schedule wins
        clock.advance(59);
        settle();
        QCOMPARE(steps, 1);
        clock.advance(1);
        settle();
        QCOMPARE(steps, 2);
        clock.advance(10000); // the replaced schedule is gone
        settle();
        QCOMPARE(steps, 2);
    }
};

QTEST_GUILESS_MAIN(TestBackoffAndPump)
#include "TestBackoffAndPump.moc"
