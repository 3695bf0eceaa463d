// Work on the UI thread in slices: each slice is sized from what the last one cost, so it takes about
// its time budget whatever the disk, the rows and the machine's load (issue 13).
#include "SliceSizer.h"

#include <QtTest>

class TestSliceSizer : public QObject
{
    Q_OBJECT

    static constexpr qint64 Ms = 1000 * 1000;

private slots:
    void theFirstSliceIsTheInitialSize()
    {
        const SliceSizer sizer(8, 256, 16, 20000);
        QCOMPARE(sizer.next(), qsizetype(256));
        QCOMPARE(SliceSizer(8, 5, 16, 20000).next(), qsizetype(16)); // within the bounds
    }

    void aSliceThatTookTooLongMakesTheNextOneSmaller()
    {
        SliceSizer sizer(8, 256, 16, 20000);
        sizer.measured(256, 64 * Ms); // eight times the budget
        QCOMPARE(sizer.next(), qsizetype(32));
    }

    void aQuickSliceMakesTheNextOneLarger()
    {
        SliceSizer sizer(8, 256, 16, 20000);
        sizer.measured(256, 2 * Ms);
        QCOMPARE(sizer.next(), qsizetype(1024));
    }

    void theSizeStaysWithinItsBounds()
    {
        SliceSizer sizer(8, 256, 16, 20000);
        sizer.measured(256, 10000 * Ms); // a disk that hung
        QCOMPARE(sizer.next(), qsizetype(16));
        sizer.measured(16, 0); // faster than the clock can tell
        QCOMPARE(sizer.next(), qsizetype(20000));
    }

    void anEmptySliceTellsNothing()
    {
        SliceSizer sizer(8, 256, 16, 20000);
        sizer.measured(0, 100 * Ms);
        QCOMPARE(sizer.next(), qsizetype(256));
    }

    void aLargerBudgetTakesMoreRows()
    {
        SliceSizer sizer(8, 256, 16, 20000);
        sizer.setBudgetMs(16);
        sizer.measured(256, 8 * Ms);
        QCOMPARE(sizer.next(), qsizetype(512));
    }
};

QTEST_GUILESS_MAIN(TestSliceSizer)
#include "TestSliceSizer.moc"
