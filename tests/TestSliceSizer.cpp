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

    void aQuickSliceMakesTheNextOneLargerAtMostTwiceAsLarge()
    {
        SliceSizer sizer(8, 256, 16, 20000);
        sizer.measured(256, 6 * Ms);
        QCOMPARE(sizer.next(), qsizetype(341));
        sizer.measured(341, 2 * Ms); // would fit 1364: the next rows' pages may not be cached
        QCOMPARE(sizer.next(), qsizetype(682));
    }

    void theSizeStaysWithinItsBounds()
    {
        SliceSizer sizer(8, 256, 16, 20000);
        sizer.measured(256, 10000 * Ms); // a disk that hung
        QCOMPARE(sizer.next(), qsizetype(16));
        for (int i = 0; i < 20; ++i)
            sizer.measured(sizer.next(), 0); // faster than the clock can tell
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
        sizer.measured(256, 12 * Ms);
        QCOMPARE(sizer.next(), qsizetype(341));
    }
};

QTEST_GUILESS_MAIN(TestSliceSizer)
#include "TestSliceSizer.moc"
