// ClockTimer: the seam that makes the dispatcher's waits follow the injected clock.
#include "ClockTimer.h"
#include "ManualClock.h"
#include "SystemClock.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

class TestClockTimer : public QObject
{
    Q_OBJECT

    static void settle()
    {
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents(QEventLoop::AllEvents);
    }

private slots:
    void onAManualClockItFiresOnceWhenTheClockReachesItsDeadline()
    {
        ManualClock clock;
        ClockTimer timer(&clock);
        QSignalSpy fired(&timer, &ClockTimer::timeout);
        timer.startIn(1000);
        QCOMPARE(timer.deadline(), clock.now().addMSecs(1000));
        QCOMPARE(timer.remainingMs(), 1000);
        QTest::qWait(50); // real time does not count on a clock moved by hand
        QCOMPARE(fired.size(), 0);
        clock.advance(999);
        settle();
        QCOMPARE(fired.size(), 0);
        QCOMPARE(timer.remainingMs(), 1);
        clock.advance(1);
        QCOMPARE(fired.size(), 0); // not inside the move: from the event loop
        settle();
        QCOMPARE(fired.size(), 1);
        QVERIFY(!timer.isActive());
        clock.advance(60 * 1000);
        settle();
        QCOMPARE(fired.size(), 1); // single shot
    }

    void aDeadlineAlreadyPassedFiresFromTheEventLoopNotInsideStart()
    {
        ManualClock clock;
        ClockTimer timer(&clock);
        QSignalSpy fired(&timer, &ClockTimer::timeout);
        timer.start(clock.now().addSecs(-5));
        QCOMPARE(fired.size(), 0);
        QCOMPARE(timer.remainingMs(), 0);
        settle();
        QCOMPARE(fired.size(), 1);
    }

    void aNewStartReplacesTheDeadlineAndStopCancelsIt()
    {
        ManualClock clock;
        ClockTimer timer(&clock);
        QSignalSpy fired(&timer, &ClockTimer::timeout);
        timer.startIn(100);
        timer.startIn(5000); // later: the earlier deadline is gone
        clock.advance(4999);
        settle();
        QCOMPARE(fired.size(), 0);
        timer.stop();
        QVERIFY(!timer.isActive());
        QCOMPARE(timer.remainingMs(), -1);
        clock.advance(10 * 1000);
        settle();
        QCOMPARE(fired.size(), 0);
    }

    void aTimerGoneBeforeTheClockMovesIsNotToldAnyMore()
    {
        ManualClock clock;
        auto timer = std::make_unique<ClockTimer>(&clock);
        timer->startIn(10);
        timer.reset();
        clock.advance(1000); // would touch a dangling watcher if the timer had not let go
        settle();
        ClockTimer other(&clock);
        QSignalSpy fired(&other, &ClockTimer::timeout);
        other.startIn(10);
        clock.advance(10);
        settle();
        QCOMPARE(fired.size(), 1);
    }

    void onTheSystemClockItWaitsRealTime()
    {
        SystemClock clock;
        ClockTimer timer(&clock);
        QSignalSpy fired(&timer, &ClockTimer::timeout);
        QElapsedTimer elapsed;
        elapsed.start();
        timer.startIn(80);
        QVERIFY(fired.wait(5000));
        QVERIFY2(elapsed.elapsed() >= 75, qPrintable(QString::number(elapsed.elapsed())));
        QVERIFY(!timer.isActive());
    }
};

QTEST_GUILESS_MAIN(TestClockTimer)
#include "TestClockTimer.moc"
