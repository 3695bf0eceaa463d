#include "RootOverrideSuspended.h"
#include "Store.h"
#include "StoreCheckpointer.h"
#include "StoreSchema.h"
#include "Utc.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestStore : public QObject
{
    Q_OBJECT

private:
    static void rawExec(const QString& path, const QStringList& statements)
    {
        const QString name = QStringLiteral("raw-%1").arg(QRandomGenerator::global()->generate());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (const QString& statement : statements)
                QVERIFY2(query.exec(statement), qPrintable(statement));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

private slots:
    void createsCurrentSchemaWithWal()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("sdr-sender.db"))), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), Store::currentSchemaVersion());
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        // NORMAL (1): a commit does not wait for the disk; what must be on it first asks for a sync
        // off this thread (whenDurable), and checkpoints run there too (never in a commit here).
        QVERIFY(query.exec(QStringLiteral("PRAGMA synchronous")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        for (const char* table :
             {"sdrs", "connection_status", "outbox", "local_leads", "activity", "settings"}) {
            QVERIFY2(query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))), table);
        }
        QVERIFY(query.exec(QStringLiteral("SELECT whatsapp_connected, whatsapp_session_id, whatsapp_phone, "
                                          "whatsapp_connected_at, state, last_error, report_pending "
                                          "FROM connection_status")));
    }

    void reopensWithoutMigratingAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.db"));
        {
            Store store;
            QVERIFY(store.open(path));
            QSqlQuery query(store.database());
            QVERIFY(query.exec(QStringLiteral("INSERT INTO settings VALUES('k', 'v')")));
        }
        Store store;
        QVERIFY(store.open(path));
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'k'")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("v"));
    }

    void migratesAnOlderSchemaKeepingData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        QStringList v1 = StoreSchema::migrations().at(0);
        v1 << QStringLiteral("PRAGMA user_version = 1")
           << QStringLiteral("INSERT INTO outbox(lead_id, sdr_id, state, created_at, updated_at) "
                             "VALUES('lead_1', 'sdr_a', 'queued', 'x', 'x')");
        rawExec(path, v1);

        Store store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), Store::currentSchemaVersion());
        QSqlQuery query(store.database());
        QVERIFY(
            query.exec(QStringLiteral("SELECT state, report_attempts FROM outbox WHERE lead_id = 'lead_1'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("queued"));
        QCOMPARE(query.value(1).toInt(), 0);
    }

    void migratesASchema4FileToIndexesAndAKeptCountOfWaitingImports()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v4.db"));
        QStringList v4;
        for (int step = 0; step < 4; ++step)
            v4 << StoreSchema::migrations().at(step);
        v4 << QStringLiteral("PRAGMA user_version = 4");
        for (const char* lead : {"csv_1", "csv_2", "csv_3"})
            v4 << QStringLiteral("INSERT INTO local_leads(lead_id, sdr_id, phone, message, created_at) "
                                 "VALUES('%1', 'sdr_a', '+905551', 'hi', 'x')")
                      .arg(QLatin1String(lead));
        v4 << QStringLiteral("INSERT INTO local_leads(lead_id, sdr_id, phone, message, created_at) "
                             "VALUES('csv_b', 'sdr_b', '+905552', 'hi', 'x')")
           << QStringLiteral("INSERT INTO outbox(lead_id, sdr_id, state, created_at, updated_at, sent_at) "
                             "VALUES('csv_1', 'sdr_a', 'sent', 'x', 'x', 'x')")
           << QStringLiteral(
                  "INSERT INTO activity(at, sdr_id, kind, message) VALUES('x', 'sdr_a', 'send', 'kept')");
        rawExec(path, v4);

        Store store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), Store::currentSchemaVersion());
        QSqlQuery query(store.database());
        auto value = [&query](const QString& sql) {
            if (!query.exec(sql) || !query.next())
                return QVariant();
            return query.value(0);
        };
        // The data is all there.
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM local_leads")).toInt(), 4);
        QCOMPARE(value(QStringLiteral("SELECT state FROM outbox WHERE lead_id = 'csv_1'")).toString(),
                 QStringLiteral("sent"));
        QCOMPARE(value(QStringLiteral("SELECT message FROM activity")).toString(), QStringLiteral("kept"));
        // The indexes the UI thread's reads use.
        for (const char* index :
             {"outbox_state_updated", "outbox_sent_sdr", "outbox_updated", "outbox_sdr_sent",
              "activity_sdr_id", "activity_kind_id", "lead_followup_sent", "lead_followup_replied"})
            QVERIFY2(value(QStringLiteral(
                               "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = '%1'")
                               .arg(QLatin1String(index)))
                             .toInt() == 1,
                     index);
        // Waiting imports counted at migration: csv_1 is in the outbox already.
        auto waiting = [&value](const char* sdr) {
            return value(QStringLiteral("SELECT waiting FROM local_waiting WHERE sdr_id = '%1'")
                             .arg(QLatin1String(sdr)))
                .toInt();
        };
        QCOMPARE(waiting("sdr_a"), 2);
        QCOMPARE(waiting("sdr_b"), 1);
        // ...and kept by every write after it.
        QVERIFY(
            query.exec(QStringLiteral("INSERT INTO local_leads(lead_id, sdr_id, phone, message, created_at) "
                                      "VALUES('csv_4', 'sdr_a', '+905553', 'hi', 'x')")));
        QCOMPARE(waiting("sdr_a"), 3);
        QVERIFY(
            query.exec(QStringLiteral("INSERT INTO outbox(lead_id, sdr_id, state, created_at, updated_at) "
                                      "VALUES('csv_2', 'sdr_a', 'queued', 'x', 'x')")));
        QCOMPARE(waiting("sdr_a"), 2);
        QVERIFY(
            query.exec(QStringLiteral("INSERT INTO outbox(lead_id, sdr_id, state, created_at, updated_at) "
                                      "VALUES('crm_1', 'sdr_a', 'queued', 'x', 'x')")));
        QCOMPARE(waiting("sdr_a"), 2); // not an imported lead
        QVERIFY(query.exec(QStringLiteral("DELETE FROM outbox WHERE lead_id = 'csv_2'")));
        QCOMPARE(waiting("sdr_a"), 3);
        QVERIFY(query.exec(QStringLiteral("DELETE FROM local_leads WHERE lead_id = 'csv_4'")));
        QCOMPARE(waiting("sdr_a"), 2);
        // Retention deletes the local row of a sent lead, then its outbox row: nothing changes.
        QVERIFY(query.exec(QStringLiteral("DELETE FROM local_leads WHERE lead_id = 'csv_1'")));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM outbox WHERE lead_id = 'csv_1'")));
        QCOMPARE(waiting("sdr_a"), 2);
        QCOMPARE(
            waiting("sdr_a"),
            value(QStringLiteral("SELECT COUNT(*) FROM local_leads l WHERE sdr_id = 'sdr_a' AND NOT EXISTS "
                                 "(SELECT 1 FROM outbox o WHERE o.lead_id = l.lead_id)"))
                .toInt());
    }

    void refusesANewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.db"));
        rawExec(path, {QStringLiteral("CREATE TABLE future(x)"),
                       QStringLiteral("PRAGMA user_version = %1").arg(Store::currentSchemaVersion() + 1)});
        Store store;
        QVERIFY(!store.open(path));
        QCOMPARE(store.openError(), Store::OpenError::NewerSchema);
        QVERIFY(store.errorString().contains(QStringLiteral("newer version")));
        QVERIFY(!store.isOpen());
        // Nothing was changed on disk.
        rawExec(path, {QStringLiteral("SELECT * FROM future")});
    }

    void failedMigrationRollsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("clash.db"));
        // A version-1 database that already has a column migration 2 wants to add.
        QStringList v1 = StoreSchema::migrations().at(0);
        v1 << QStringLiteral("ALTER TABLE outbox ADD COLUMN next_report_at TEXT")
           << QStringLiteral("PRAGMA user_version = 1");
        rawExec(path, v1);
        Store store;
        QVERIFY(!store.open(path));
        QCOMPARE(store.openError(), Store::OpenError::MigrationFailed);
        // The failed step left the database at version 1, usable by the older app.
        rawExec(path, {QStringLiteral("SELECT count(*) FROM outbox"), QStringLiteral("PRAGMA quick_check")});
    }

    void reportsACorruptFileClearly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("corrupt.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("this is not an SQLite database, just text").repeated(200));
        file.close();
        Store store;
        QVERIFY(!store.open(path));
        QCOMPARE(store.openError(), Store::OpenError::Corrupt);
        QVERIFY(store.errorString().contains(path));
    }

    void reportsADamagedDatabaseClearly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.db"));
        {
            Store store;
            QVERIFY(store.open(path));
            QSqlQuery query(store.database());
            QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() >= 4096 * 2);
        file.seek(4096); // the header of the first table's b-tree page
        file.write(QByteArray(64, '\x7f'));
        file.close();
        Store store;
        QVERIFY(!store.open(path));
        QCOMPARE(store.openError(), Store::OpenError::Corrupt);
    }

    void reportsAReadOnlyFileClearly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.db"));
        {
            Store store;
            QVERIFY(store.open(path));
        }
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser);
        bool opened = false;
        Store::OpenError error = Store::OpenError::None;
        QString message;
        {
            // File modes bind root (CI runs as root) only without CAP_DAC_OVERRIDE.
            const RootOverrideSuspended suspended;
            QVERIFY2(!QFile(path).open(QIODevice::ReadWrite), "the file must really be read-only");
            Store store;
            opened = store.open(path);
            error = store.openError();
            message = store.errorString();
        }
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(!opened);
        QCOMPARE(error, Store::OpenError::ReadOnly);
        QVERIFY(message.contains(QStringLiteral("read-only")));
    }

    void twoStoresOnTwoFiles()
    {
        QTemporaryDir dir;
        Store a;
        Store b;
        QVERIFY(a.open(dir.filePath(QStringLiteral("a.db"))));
        QVERIFY(b.open(dir.filePath(QStringLiteral("b.db"))));
        QSqlQuery qa(a.database());
        QVERIFY(qa.exec(QStringLiteral("INSERT INTO settings VALUES('only', 'a')")));
        QSqlQuery qb(b.database());
        QVERIFY(qb.exec(QStringLiteral("SELECT count(*) FROM settings")) && qb.next());
        QCOMPARE(qb.value(0).toInt(), 0);
    }

    // The store's connection never checkpoints; its checkpointer copies the log into the file on
    // its own thread within about a second (real time), so the file holds what was written.
    void theLogIsCopiedIntoTheFileByTheCheckpointer()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.db"));
        Store store;
        QVERIFY(store.open(path));
        const qint64 before = QFileInfo(path).size();
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE blob_rows(b BLOB)")));
        QVERIFY(store.database().transaction());
        QVERIFY(query.prepare(QStringLiteral("INSERT INTO blob_rows(b) VALUES(?)")));
        for (int i = 0; i < 512; ++i) {
            query.addBindValue(QByteArray(4000, char('a' + i % 26)));
            QVERIFY(query.exec());
        }
        QVERIFY(store.database().commit());
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 2 * 1000 * 1000);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() > before + 2 * 1000 * 1000, 15000);
    }

    // whenDurable() answers from the event loop once the log is synced, never inside the call; an
    // answer whose receiver is gone is dropped, and nothing stays counted as in flight.
    void whenDurableAnswersAfterTheSyncAndOnlyALiveReceiver()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("d.db"))));
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t(x)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES(1)")));

        QObject receiver;
        int answers = 0;
        bool synced = false;
        store.whenDurable(&receiver, [&](bool ok, const QString& error) {
            ++answers;
            synced = ok;
            QVERIFY2(error.isEmpty(), qPrintable(error));
        });
        QCOMPARE(answers, 0);
        auto gone = std::make_unique<QObject>();
        bool lateAnswer = false;
        store.whenDurable(gone.get(), [&](bool, const QString&) { lateAnswer = true; });
        gone.reset();
        QTRY_COMPARE(answers, 1);
        QVERIFY(synced);
        QTRY_COMPARE(StoreCheckpointer::syncsInFlight(), 0);
        QVERIFY(!lateAnswer);
    }

    // A log that cannot be synced is said, with the reason: the caller must not go ahead.
    void aLogThatCannotBeSyncedIsAnError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.db"));
        QVERIFY(QDir().mkpath(path + QStringLiteral("-wal"))); // a directory where the log would be
        StoreCheckpointer checkpointer(path, 60000);
        QObject receiver;
        bool answered = false;
        bool synced = true;
        QString error;
        checkpointer.syncLog(&receiver, [&](bool ok, const QString& why) {
            answered = true;
            synced = ok;
            error = why;
        });
        QTRY_VERIFY(answered);
        QVERIFY(!synced);
        QVERIFY(!error.isEmpty());
    }

    void timestampsRoundTrip()
    {
        const QDateTime when(QDate(2026, 11, 20), QTime(10, 1, 2, 345), Utc::zone());
        QCOMPARE(Store::timestamp(when), QStringLiteral("2026-11-20T10:01:02.345Z"));
        QCOMPARE(Store::parseTimestamp(Store::timestamp(when)), when);
        QCOMPARE(Store::parseTimestamp(QStringLiteral("2026-11-20T10:00:00Z")),
                 QDateTime(QDate(2026, 11, 20), QTime(10, 0), Utc::zone()));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "TestStore.moc"
