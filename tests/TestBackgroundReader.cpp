// The screens' background reads (issue 13): a read runs on another thread with its own read-only
// connection, sees what the app committed, hands its result back on the asking thread, and a
// reader that goes away takes nothing down with it.
#include "BackgroundReader.h"
#include "Store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestBackgroundReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    static int settings(const QSqlDatabase& db)
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM settings")) || !query.next())
            return -1;
        return query.value(0).toInt();
    }
    static bool addSetting(Store* store, const QString& key)
    {
        QSqlQuery query(store->database());
        query.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, '1')"));
        query.addBindValue(key);
        return query.exec();
    }

private slots:
    void aReadRunsOnItsOwnThreadAndAnswersOnTheAskingOne()
    {
        Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("reader%1.db").arg(++m_count))));
        QVERIFY(addSetting(&store, QStringLiteral("a")));
        BackgroundReader reader(&store);
        QVERIFY(reader.isThreaded());
        QThread* readThread = nullptr;
        QThread* doneThread = nullptr;
        int seen = -2;
        bool writable = true;
        reader.read(
            this,
            [&readThread, &writable](const QSqlDatabase& db) {
                readThread = QThread::currentThread();
                // Read-only: a screen's read can never write or hold the write lock.
                QSqlQuery query(db);
                writable = query.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES('x', '1')"));
                return settings(db);
            },
            [&](int count) {
                doneThread = QThread::currentThread();
                seen = count;
            });
        QTRY_COMPARE(seen, 1);
        QVERIFY(readThread != nullptr);
        QVERIFY(readThread != QThread::currentThread());
        QCOMPARE(doneThread, QThread::currentThread());
        QVERIFY(!writable);

        // What the app commits afterwards is what the next read sees.
        QVERIFY(addSetting(&store, QStringLiteral("b")));
        reader.read(this, &settings, [&seen](int count) { seen = count; });
        QTRY_COMPARE(seen, 2);
    }

    void readsRunInTheOrderAsked()
    {
        Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("reader%1.db").arg(++m_count))));
        BackgroundReader reader(&store);
        QVector<int> order;
        for (int i = 0; i < 5; ++i)
            reader.read(this, [i](const QSqlDatabase&) { return i; }, [&order](int n) { order << n; });
        QTRY_COMPARE(order.size(), 5);
        QCOMPARE(order, (QVector<int>{0, 1, 2, 3, 4}));
    }

    void aReaderGoneDropsWhatItHadNotStarted()
    {
        Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("reader%1.db").arg(++m_count))));
        QObject receiver;
        int answered = 0;
        std::atomic<int> started{0};
        {
            BackgroundReader reader(&store);
            for (int i = 0; i < 20; ++i)
                reader.read(
                    &receiver,
                    [&started](const QSqlDatabase&) {
                        ++started;
                        QThread::msleep(20);
                        return 0;
                    },
                    [&answered](int) { ++answered; });
        } // waits for the read in progress, drops the rest
        QVERIFY(started.load() < 20);
        // The answers of the reads that ran were posted before the reader went: they arrive, nothing else.
        QCoreApplication::processEvents();
        QCOMPARE(answered, started.load());
    }

    void aStoreWithoutAFileIsReadOnItsOwnConnection()
    {
        Store store; // not open: no file for a second connection
        BackgroundReader reader(&store);
        QVERIFY(!reader.isThreaded());
        bool answered = false;
        reader.read(
            this, [](const QSqlDatabase& db) { return db.isOpen(); }, [&answered](bool) { answered = true; });
        QVERIFY(!answered); // still queued, as from the thread
        QTRY_VERIFY(answered);
    }
};

QTEST_GUILESS_MAIN(TestBackgroundReader)
#include "TestBackgroundReader.moc"
