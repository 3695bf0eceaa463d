#include "ActivityExportJob.h"
#include "ActivityLog.h"
#include "ActivityModel.h"
#include "SdrRepository.h"
#include "Store.h"
#include "fixtures/ManualClock.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestActivityModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Store* m_store = nullptr;
    SdrRepository* m_sdrs = nullptr;
    ActivityLog* m_log = nullptr;
    ManualClock m_clock;
    int m_count = 0;

    void add(const QString& sdrId, const QString& kind, const QString& message)
    {
        m_clock.advance(1000);
        QVERIFY(m_log->add(sdrId, kind, message));
    }
    QStringList messages(const ActivityModel& model)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result << model.index(row, ActivityModel::MessageColumn).data().toString();
        return result;
    }

private slots:
    void init()
    {
        m_store = new Store(this);
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("act%1.db").arg(++m_count))));
        m_sdrs = new SdrRepository(m_store, this);
        m_log = new ActivityLog(m_store, &m_clock, this);
        SdrRecord sdr;
        sdr.id = QStringLiteral("sdr_a");
        sdr.name = QStringLiteral("Ahmet");
        QVERIFY(m_sdrs->upsert(sdr));
        sdr.id = QStringLiteral("sdr_b");
        sdr.name = QStringLiteral("Bruna");
        QVERIFY(m_sdrs->upsert(sdr));
    }
    void cleanup()
    {
        delete m_log;
        delete m_sdrs;
        delete m_store;
    }

    void newestFirstWithNames()
    {
        add(QStringLiteral("sdr_a"), QStringLiteral("state"), QStringLiteral("connected"));
        add(QString(), QStringLiteral("config"), QStringLiteral("settings changed"));
        add(QStringLiteral("sdr_b"), QStringLiteral("send"), QStringLiteral("sent lead_1"));
        ActivityModel model(m_log, m_sdrs);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(messages(model),
                 (QStringList{QStringLiteral("sent lead_1"), QStringLiteral("settings changed"),
                              QStringLiteral("connected")}));
        QCOMPARE(model.index(0, ActivityModel::SdrColumn).data().toString(), QStringLiteral("Bruna"));
        QCOMPARE(model.index(1, ActivityModel::SdrColumn).data().toString(), QStringLiteral("(app)"));
        QCOMPARE(model.index(0, ActivityModel::KindColumn).data().toString(), QStringLiteral("Sent"));
        QCOMPARE(model.index(0, ActivityModel::KindColumn).data(ActivityModel::KindRole).toString(),
                 QStringLiteral("send"));
        QCOMPARE(model.index(0, ActivityModel::TimeColumn).data(ActivityModel::TimestampRole).toDateTime(),
                 m_clock.now());
    }

    void filtersBySdrAndKind()
    {
        add(QStringLiteral("sdr_a"), QStringLiteral("state"), QStringLiteral("a connected"));
        add(QStringLiteral("sdr_a"), QStringLiteral("send"), QStringLiteral("a sent"));
        add(QStringLiteral("sdr_b"), QStringLiteral("send"), QStringLiteral("b sent"));
        add(QStringLiteral("sdr_b"), QStringLiteral("fail"), QStringLiteral("b failed"));
        ActivityModel model(m_log, m_sdrs);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSdrFilter(QStringLiteral("sdr_b"));
        QCOMPARE(messages(model), (QStringList{QStringLiteral("b failed"), QStringLiteral("b sent")}));
        model.setKindFilter(QStringLiteral("send"));
        QCOMPARE(messages(model), QStringList{QStringLiteral("b sent")});
        model.setSdrFilter(QString());
        QCOMPARE(messages(model), (QStringList{QStringLiteral("b sent"), QStringLiteral("a sent")}));

        // New entries go on top only when they match.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        add(QStringLiteral("sdr_a"), QStringLiteral("fail"), QStringLiteral("a failed"));
        model.flushPending();
        QCOMPARE(inserted.count(), 0);
        add(QStringLiteral("sdr_a"), QStringLiteral("send"), QStringLiteral("a sent again"));
        model.flushPending();
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.index(0, ActivityModel::MessageColumn).data().toString(),
                 QStringLiteral("a sent again"));
        QVERIFY(model.knownKinds().contains(QStringLiteral("fail")));
    }

    void pagesThroughALongLog()
    {
        for (int i = 1; i <= 12; ++i)
            add(i % 3 == 0 ? QStringLiteral("sdr_b") : QStringLiteral("sdr_a"),
                i % 2 ? QStringLiteral("send") : QStringLiteral("poll"), QStringLiteral("entry %1").arg(i));
        ActivityModel model(m_log, m_sdrs);
        model.setPageSize(5);
        model.reload();
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 10);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 12);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(11, ActivityModel::MessageColumn).data().toString(), QStringLiteral("entry 1"));

        // With a kind filter a page may hold few matches; paging still finds them all.
        model.setKindFilter(QStringLiteral("poll"));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.allMatching().size(), 6);
        // The tester pages through everything itself (it calls fetchMore).
        model.setKindFilter(QString());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 12);
    }

    void exportsFilteredCsv()
    {
        add(QStringLiteral("sdr_a"), QStringLiteral("fail"),
            QStringLiteral("invalid_phone: \"+90 545\", retry later"));
        add(QStringLiteral("sdr_a"), QStringLiteral("fail"), QStringLiteral("=HYPERLINK(\"http://evil\")"));
        add(QStringLiteral("sdr_b"), QStringLiteral("send"), QStringLiteral("line one\nline two"));
        ActivityModel model(m_log, m_sdrs);
        model.setSdrFilter(QStringLiteral("sdr_a"));
        const QString path = m_dir.filePath(QStringLiteral("export%1.csv").arg(m_count));
        QString error;
        QVERIFY2(model.exportCsv(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        QVERIFY(data.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(data.mid(3));
        const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), QStringLiteral("time_utc,sdr_id,sdr_name,kind,message"));
        QVERIFY(
            lines.at(1).endsWith(QStringLiteral(",sdr_a,Ahmet,fail,\"'=HYPERLINK(\"\"http://evil\"\")\"")));
        QVERIFY(lines.at(2).endsWith(
            QStringLiteral(",sdr_a,Ahmet,fail,\"invalid_phone: \"\"+90 545\"\", retry later\"")));
        QVERIFY(!text.contains(QStringLiteral("line one"))); // other SDR filtered out
        QVERIFY(lines.at(1).startsWith(m_clock.now().addMSecs(-1000).toString(Qt::ISODate)));
    }

    void manyNewEntriesArriveInOneBatchNewestFirst()
    {
        add(QStringLiteral("sdr_a"), QStringLiteral("state"), QStringLiteral("before"));
        ActivityModel model(m_log, m_sdrs);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBatchInterval(50);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(m_store->database().transaction()); // one fsync, not 500
        for (int i = 1; i <= 500; ++i)
            add(i % 2 ? QStringLiteral("sdr_a") : QStringLiteral("sdr_b"), QStringLiteral("send"),
                QStringLiteral("entry %1").arg(i));
        QVERIFY(m_store->database().commit());
        QCOMPARE(model.rowCount(), 1); // nothing yet: the batch waits for the loop
        QTRY_COMPARE(model.rowCount(), 501);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 499);
        const QStringList shown = messages(model);
        QCOMPARE(shown.first(), QStringLiteral("entry 500"));
        QCOMPARE(shown.at(499), QStringLiteral("entry 1"));
        QCOMPARE(shown.last(), QStringLiteral("before"));
        // The same order as a fresh read of the store.
        ActivityModel fresh(m_log, m_sdrs);
        fresh.setPageSize(1000);
        fresh.reload();
        QCOMPARE(messages(fresh), shown);
    }

    void rowsInMemoryAreBoundedAndOlderOnesPageBackFromTheStore()
    {
        for (int i = 1; i <= 30; ++i)
            add(QStringLiteral("sdr_a"), QStringLiteral("send"), QStringLiteral("entry %1").arg(i));
        ActivityModel model(m_log, m_sdrs);
        // No QAbstractItemModelTester here: it pages through everything itself.
        model.setPageSize(20);
        model.setMaxRows(40);
        model.reload();
        for (int i = 31; i <= 100; ++i)
            add(QStringLiteral("sdr_a"), QStringLiteral("send"), QStringLiteral("entry %1").arg(i));
        model.flushPending();
        QCOMPARE(model.rowCount(), 40);
        QCOMPARE(messages(model).first(), QStringLiteral("entry 100"));
        QCOMPARE(messages(model).last(), QStringLiteral("entry 61"));
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 60);
        QCOMPARE(messages(model).at(40), QStringLiteral("entry 60"));
        QCOMPARE(messages(model).last(), QStringLiteral("entry 41"));
    }

    void aRareKindIsFoundWithoutWalkingTheLog()
    {
        QVERIFY(m_store->database().transaction());
        for (int i = 1; i <= 300; ++i)
            add(QStringLiteral("sdr_a"), i == 7 ? QStringLiteral("error") : QStringLiteral("poll"),
                QStringLiteral("entry %1").arg(i));
        QVERIFY(m_store->database().commit());
        ActivityModel model(m_log, m_sdrs);
        model.setPageSize(10);
        model.setKindFilter(QStringLiteral("error"));
        QCOMPARE(messages(model), QStringList{QStringLiteral("entry 7")});
        QVERIFY(!model.canFetchMore({}));
    }

    void backgroundExportWritesTheSameBytes()
    {
        QVERIFY(m_store->database().transaction());
        for (int i = 1; i <= 2500; ++i)
            add(i % 3 ? QStringLiteral("sdr_a") : QString(),
                i % 4 ? QStringLiteral("send") : QStringLiteral("fail"),
                QStringLiteral("entry %1, \"quoted\"\n=1+%1").arg(i));
        QVERIFY(m_store->database().commit());
        ActivityModel model(m_log, m_sdrs);
        for (const QString& sdr : {QString(), QStringLiteral("sdr_a")}) {
            model.setSdrFilter(sdr);
            const QString here = m_dir.filePath(QStringLiteral("here%1%2.csv").arg(m_count).arg(sdr));
            const QString there = m_dir.filePath(QStringLiteral("there%1%2.csv").arg(m_count).arg(sdr));
            QString error;
            QVERIFY2(model.exportCsv(here, &error), qPrintable(error));
            ActivityExportJob job(m_store);
            QSignalSpy finished(&job, &ActivityExportJob::finished);
            QSignalSpy progress(&job, &ActivityExportJob::progressChanged);
            QVERIFY(job.start(there, {model.sdrFilter(), model.kindFilter()}, model.sdrNames()));
            QVERIFY(job.isRunning());
            QVERIFY(finished.wait(10000));
            QVERIFY(finished.first().at(0).toBool());
            QCOMPARE(finished.first().at(3).toInt(), sdr.isEmpty() ? 2500 : 1667);
            QCOMPARE(progress.last().first().toInt(), 100);
            QFile a(here);
            QFile b(there);
            QVERIFY(a.open(QIODevice::ReadOnly));
            QVERIFY(b.open(QIODevice::ReadOnly));
            const QByteArray bytes = a.readAll();
            QVERIFY(bytes.size() > 50000);
            QCOMPARE(b.readAll(), bytes);
        }
    }

    void aCancelledBackgroundExportLeavesNoFile()
    {
        QVERIFY(m_store->database().transaction());
        for (int i = 1; i <= 3000; ++i)
            add(QStringLiteral("sdr_a"), QStringLiteral("send"), QStringLiteral("entry %1").arg(i));
        QVERIFY(m_store->database().commit());
        ActivityExportJob job(m_store);
        QSignalSpy finished(&job, &ActivityExportJob::finished);
        const QString path = m_dir.filePath(QStringLiteral("cancelled%1.csv").arg(m_count));
        QVERIFY(job.start(path, {}, {}));
        job.cancel();
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(finished.first().at(1).toBool());
        QVERIFY(!QFile::exists(path));
    }

    void exportFailureKeepsExistingFile()
    {
        add(QStringLiteral("sdr_a"), QStringLiteral("send"), QStringLiteral("x"));
        ActivityModel model(m_log, m_sdrs);
        QString error;
        QVERIFY(!model.exportCsv(m_dir.filePath(QStringLiteral("missing-dir/out.csv")), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestActivityModel)
#include "TestActivityModel.moc"
