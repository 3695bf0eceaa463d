// RendererUsage: a renderer's memory and CPU time read from a /proc tree (a fake one here).
#include "RendererUsage.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

class TestRendererUsage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_proc;

    void write(qint64 pid, const QString& name, const QByteArray& text)
    {
        const QString dir = m_proc.filePath(QString::number(pid));
        QVERIFY(QDir().mkpath(dir));
        QFile file(dir + QLatin1Char('/') + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    // A stat line as Linux writes it; utime and stime are the 14th and 15th fields.
    static QByteArray statLine(const QByteArray& comm, qint64 utime, qint64 stime)
    {
        return "4242 (" + comm + ") S 4200 4200 4200 0 -1 4194560 61830 0 3 0 " + QByteArray::number(utime) +
               ' ' + QByteArray::number(stime) +
               " 0 0 20 0 12 0 3312 1200000000 40000 18446744073709551615\n";
    }

private slots:
    void readsPssFromSmapsRollupAndCpuTicksFromStat()
    {
        write(100, QStringLiteral("smaps_rollup"),
              "55d0c0a00000-7ffc5d3fe000 ---p 00000000 00:00 0                          [rollup]\n"
              "Rss:              412340 kB\nPss:              301234 kB\nPss_Anon:         250000 kB\n");
        write(100, QStringLiteral("status"), "Name:\tQtWebEngineProc\nVmRSS:\t  412340 kB\n");
        // A process name may hold spaces and parentheses: fields are counted after the last ')'.
        write(100, QStringLiteral("stat"), statLine("QtWebEngine (x) Proc", 1500, 250));
        const RendererUsage::Reading reading = RendererUsage(m_proc.path()).read(100);
        QVERIFY(reading.ok);
        QVERIFY(reading.proportional);
        QCOMPARE(reading.memoryKb, qint64(301234));
        QCOMPARE(reading.cpuTicks, qint64(1750));
    }

    void fallsBackToVmRssWithoutSmapsRollup()
    {
        write(200, QStringLiteral("status"),
              "Name:\tQtWebEngineProc\nVmPeak:\t 900000 kB\nVmRSS:\t  123456 kB\n");
        write(200, QStringLiteral("stat"), statLine("QtWebEngineProc", 7, 3));
        const RendererUsage::Reading reading = RendererUsage(m_proc.path()).read(200);
        QVERIFY(reading.ok);
        QVERIFY(!reading.proportional);
        QCOMPARE(reading.memoryKb, qint64(123456));
        QCOMPARE(reading.cpuTicks, qint64(10));
    }

    void aGoneOrUnreadableProcessGivesNothing()
    {
        QVERIFY(!RendererUsage(m_proc.path()).read(999).ok);
        QVERIFY(!RendererUsage(m_proc.path()).read(0).ok);
        write(300, QStringLiteral("smaps_rollup"), "Rss: garbage\n");
        write(300, QStringLiteral("stat"), "300 (truncated");
        const RendererUsage::Reading reading = RendererUsage(m_proc.path()).read(300);
        QVERIFY(!reading.ok);
        QCOMPARE(reading.cpuTicks, qint64(-1));
    }

    void readsThisVeryProcess()
    {
        const RendererUsage::Reading reading = RendererUsage().read(QCoreApplication::applicationPid());
        QVERIFY(reading.ok);
        QVERIFY(reading.memoryKb > 1000);
        QVERIFY(reading.cpuTicks >= 0);
    }

    void cpuPercentOfOneCore_data()
    {
        QTest::addColumn<qint64>("before");
        QTest::addColumn<qint64>("after");
        QTest::addColumn<qint64>("elapsedMs");
        QTest::addColumn<double>("percent");
        QTest::newRow("idle") << qint64(500) << qint64(500) << qint64(20000) << 0.0;
        QTest::newRow("half a core") << qint64(500) << qint64(1500) << qint64(20000) << 50.0;
        QTest::newRow("two cores") << qint64(0) << qint64(400) << qint64(2000) << 200.0;
        QTest::newRow("no earlier reading") << qint64(-1) << qint64(400) << qint64(2000) << -1.0;
        QTest::newRow("counter went back (new process)") << qint64(900) << qint64(10) << qint64(2000) << -1.0;
        QTest::newRow("no time passed") << qint64(1) << qint64(2) << qint64(0) << -1.0;
    }
    void cpuPercentOfOneCore()
    {
        QFETCH(qint64, before);
        QFETCH(qint64, after);
        QFETCH(qint64, elapsedMs);
        QFETCH(double, percent);
        QCOMPARE(RendererUsage::cpuPercent(before, after, elapsedMs, 100), percent);
    }
};

QTEST_GUILESS_MAIN(TestRendererUsage)
#include "TestRendererUsage.moc"
