#include "ConnectionStatusRepository.h"
#include "DataDirectory.h"
#include "SdrRepository.h"
#include "StatusReport.h"
#include "Store.h"
#include "StoreSchema.h"
#include "Utc.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

class TestStatusReport : public QObject
{
    Q_OBJECT

    // Noon local time on a fixed day: "today" is that local day whatever the machine's zone.
    const QDateTime m_now = QDateTime(QDate(2026, 11, 20), QTime(12, 0)).toUTC();

    static void addOutbox(Store& store, const QString& leadId, const QString& sdrId, const QString& state,
                          const QDateTime& updatedAt, const QDateTime& sentAt = {}, const QString& error = {})
    {
        QSqlQuery query(store.database());
        query.prepare(
            QStringLiteral("INSERT INTO outbox(lead_id, sdr_id, state, error, created_at, updated_at, "
                           "sent_at) VALUES(?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(leadId);
        query.addBindValue(sdrId);
        query.addBindValue(state);
        query.addBindValue(error.isEmpty() ? QVariant() : QVariant(error));
        query.addBindValue(Store::timestamp(updatedAt));
        query.addBindValue(Store::timestamp(updatedAt));
        query.addBindValue(sentAt.isValid() ? QVariant(Store::timestamp(sentAt)) : QVariant());
        QVERIFY2(query.exec(), qPrintable(leadId));
    }

    // Two SDRs with status and outbox history, one without any status yet.
    void populate(const QString& dir)
    {
        Store store;
        QVERIFY(store.open(DataDirectory(dir).databasePath()));
        SdrRepository sdrs(&store);
        SdrRecord john{QStringLiteral("sdr_john"), QStringLiteral("John Smith"), true,
                       QStringLiteral("+15551234567"), QStringLiteral("crm")};
        SdrRecord ana{QStringLiteral("sdr_ana"), QStringLiteral("Ana"), true, QString(),
                      QStringLiteral("local")};
        SdrRecord zed{QStringLiteral("sdr_zed"), QStringLiteral("Zed"), false, QString(),
                      QStringLiteral("crm")};
        QVERIFY(sdrs.upsert(john) && sdrs.upsert(ana) && sdrs.upsert(zed));

        ConnectionStatusRepository statuses(&store);
        ConnectionStatus johnStatus;
        johnStatus.sdrId = john.id;
        johnStatus.whatsappConnected = true;
        johnStatus.whatsappPhone = QStringLiteral("+15551234567");
        johnStatus.whatsappSessionId = QStringLiteral("b1d2");
        johnStatus.whatsappConnectedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 58), Utc::zone());
        johnStatus.state = ConnectionState::Connected;
        QVERIFY(statuses.save(johnStatus));
        ConnectionStatus anaStatus;
        anaStatus.sdrId = ana.id;
        anaStatus.state = ConnectionState::QrRequired;
        // A page's text with a terminal escape sequence in it.
        anaStatus.lastError = QStringLiteral("logged out \x1b[2J\x1b[31mfrom the phone\nagain");
        QVERIFY(statuses.save(anaStatus));

        const QDateTime today = m_now.addSecs(-3600);
        const QDateTime yesterday = m_now.addDays(-1);
        // John: 3 waiting, 2 sent today (one already reported), 1 sent yesterday, 1 failed today,
        // 1 failed yesterday, 1 reported failure today.
        addOutbox(store, QStringLiteral("j1"), john.id, QStringLiteral("queued"), today);
        addOutbox(store, QStringLiteral("j2"), john.id, QStringLiteral("sending"), today);
        addOutbox(store, QStringLiteral("j3"), john.id, QStringLiteral("uncertain"), yesterday);
        addOutbox(store, QStringLiteral("j4"), john.id, QStringLiteral("sent"), today, today);
        addOutbox(store, QStringLiteral("j5"), john.id, QStringLiteral("reported"), today, today);
        addOutbox(store, QStringLiteral("j6"), john.id, QStringLiteral("reported"), today, yesterday);
        addOutbox(store, QStringLiteral("j7"), john.id, QStringLiteral("failed"), today, {},
                  QStringLiteral("send_timeout"));
        addOutbox(store, QStringLiteral("j8"), john.id, QStringLiteral("failed"), yesterday, {},
                  QStringLiteral("send_timeout"));
        addOutbox(store, QStringLiteral("j9"), john.id, QStringLiteral("reported"), today, {},
                  QStringLiteral("invalid_phone"));
        // Tomorrow (clock skew) does not count as today.
        addOutbox(store, QStringLiteral("j10"), john.id, QStringLiteral("sent"), m_now.addDays(1),
                  m_now.addDays(1));
        // Ana: 1 waiting.
        addOutbox(store, QStringLiteral("a1"), ana.id, QStringLiteral("queued"), today);
    }

    static const SdrStatusRow* rowFor(const StatusReport& report, const QString& id)
    {
        for (const SdrStatusRow& row : report.rows()) {
            if (row.id == id)
                return &row;
        }
        return nullptr;
    }

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
    void figuresPerSdr()
    {
        QTemporaryDir dir;
        populate(dir.path());
        StatusReport report;
        QVERIFY2(report.load(dir.path(), m_now), qPrintable(report.errorString()));
        QCOMPARE(report.rows().size(), 3);
        // Ordered by name.
        QCOMPARE(report.rows().at(0).id, QStringLiteral("sdr_ana"));
        QCOMPARE(report.rows().at(1).id, QStringLiteral("sdr_john"));
        QCOMPARE(report.rows().at(2).id, QStringLiteral("sdr_zed"));

        const SdrStatusRow* john = rowFor(report, QStringLiteral("sdr_john"));
        QVERIFY(john);
        QVERIFY(john->hasStatus);
        QCOMPARE(john->state, ConnectionState::Connected);
        QVERIFY(john->whatsappConnected);
        QCOMPARE(john->whatsappPhone, QStringLiteral("+15551234567"));
        QCOMPARE(john->whatsappConnectedAt, QDateTime(QDate(2026, 11, 20), QTime(9, 58), Utc::zone()));
        QCOMPARE(john->queueDepth, 2); // queued + sending; the uncertain one waits for a person
        QCOMPARE(john->uncertain, 1);
        QCOMPARE(john->sentToday, 2);
        QCOMPARE(john->failedToday, 2);

        const SdrStatusRow* ana = rowFor(report, QStringLiteral("sdr_ana"));
        QCOMPARE(ana->state, ConnectionState::QrRequired);
        QCOMPARE(ana->queueDepth, 1);
        QCOMPARE(ana->sentToday, 0);
        QCOMPARE(ana->failedToday, 0);

        const SdrStatusRow* zed = rowFor(report, QStringLiteral("sdr_zed"));
        QVERIFY(!zed->hasStatus);
        QVERIFY(!zed->active);
        QCOMPARE(zed->queueDepth, 0);

        // The same data, a day later: nothing was sent or failed "today".
        StatusReport tomorrow;
        QVERIFY(tomorrow.load(dir.path(), m_now.addDays(1)));
        QCOMPARE(rowFor(tomorrow, QStringLiteral("sdr_john"))->sentToday, 1); // the skewed j10
        QCOMPARE(rowFor(tomorrow, QStringLiteral("sdr_john"))->failedToday, 0);
        QCOMPARE(rowFor(tomorrow, QStringLiteral("sdr_john"))->queueDepth, 2);
        QCOMPARE(rowFor(tomorrow, QStringLiteral("sdr_john"))->uncertain, 1);
    }

    void tableIsAlignedAndPlain()
    {
        QTemporaryDir dir;
        populate(dir.path());
        StatusReport report;
        QVERIFY(report.load(dir.path(), m_now));
        const QString table = report.toTable();
        QVERIFY(!table.contains(QChar(0x1b)));
        const QStringList lines = table.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4); // header + 3 SDRs, the multi-line error folded into one line
        const QString header = lines.at(0);
        for (const char* column : {"ID", "NAME", "STATE", "NUMBER", "CONNECTED SINCE", "QUEUE", "UNCERTAIN",
                                   "SENT TODAY", "FAILED TODAY", "LAST ERROR"})
            QVERIFY2(header.contains(QLatin1String(column)), column);

        const QString john = lines.at(2);
        QVERIFY(john.startsWith(QStringLiteral("sdr_john")));
        QVERIFY(john.contains(QStringLiteral("John Smith")));
        QVERIFY(john.contains(QStringLiteral("connected")));
        QVERIFY(john.contains(QStringLiteral("+15551234567")));
        const QString since = QDateTime(QDate(2026, 11, 20), QTime(9, 58), Utc::zone())
                                  .toLocalTime()
                                  .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        QVERIFY(john.contains(since));
        // Columns line up: each row's cell starts where its header starts; numbers end where theirs end.
        QCOMPARE(john.indexOf(QStringLiteral("John Smith")), header.indexOf(QStringLiteral("NAME")));
        QCOMPARE(john.indexOf(QStringLiteral("+1555")), header.indexOf(QStringLiteral("NUMBER")));
        const int queueEnd = header.indexOf(QStringLiteral("QUEUE")) + 5;
        QCOMPARE(john.mid(queueEnd - 1, 1), QStringLiteral("2"));
        const int uncertainEnd = header.indexOf(QStringLiteral("UNCERTAIN")) + 9;
        QCOMPARE(john.mid(uncertainEnd - 1, 1), QStringLiteral("1"));
        const int failedEnd = header.indexOf(QStringLiteral("FAILED TODAY")) + 12;
        QCOMPARE(john.mid(failedEnd - 1, 1), QStringLiteral("2"));

        const QString ana = lines.at(1);
        QVERIFY(ana.contains(QStringLiteral("qr_required")));
        QCOMPARE(ana.indexOf(QStringLiteral("logged out")), header.indexOf(QStringLiteral("LAST ERROR")));
        QVERIFY(ana.contains(QStringLiteral("from the phone again")));
        QVERIFY(lines.at(3).contains(QStringLiteral("(inactive)")));
    }

    void jsonUsesTheContractNames()
    {
        QTemporaryDir dir;
        populate(dir.path());
        StatusReport report;
        QVERIFY(report.load(dir.path(), m_now));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(report.toJsonText(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray sdrs = doc.object().value(QStringLiteral("sdrs")).toArray();
        QCOMPARE(sdrs.size(), 3);
        const QJsonObject john = sdrs.at(1).toObject();
        QCOMPARE(john.value(QStringLiteral("id")).toString(), QStringLiteral("sdr_john"));
        QCOMPARE(john.value(QStringLiteral("name")).toString(), QStringLiteral("John Smith"));
        QCOMPARE(john.value(QStringLiteral("state")).toString(), QStringLiteral("connected"));
        QCOMPARE(john.value(QStringLiteral("whatsapp_connected")).toBool(), true);
        QCOMPARE(john.value(QStringLiteral("whatsapp_phone")).toString(), QStringLiteral("+15551234567"));
        QCOMPARE(john.value(QStringLiteral("whatsapp_session_id")).toString(), QStringLiteral("b1d2"));
        QCOMPARE(john.value(QStringLiteral("whatsapp_connected_at")).toString(),
                 QStringLiteral("2026-11-20T09:58:00Z"));
        QCOMPARE(john.value(QStringLiteral("queue_depth")).toInt(), 2);
        QCOMPARE(john.value(QStringLiteral("uncertain")).toInt(), 1);
        QCOMPARE(john.value(QStringLiteral("sent_today")).toInt(), 2);
        QCOMPARE(john.value(QStringLiteral("failed_today")).toInt(), 2);
        QVERIFY(john.value(QStringLiteral("last_error")).isNull());

        const QJsonObject ana = sdrs.at(0).toObject();
        QCOMPARE(ana.value(QStringLiteral("whatsapp_connected")).toBool(), false);
        QVERIFY(ana.value(QStringLiteral("whatsapp_phone")).isNull());
        QVERIFY(ana.value(QStringLiteral("whatsapp_connected_at")).isNull());
        // JSON keeps the text as it is (escaped by the encoder).
        QVERIFY(ana.value(QStringLiteral("last_error")).toString().contains(QChar(0x1b)));

        const QJsonObject zed = sdrs.at(2).toObject();
        QVERIFY(zed.value(QStringLiteral("state")).isNull());
        QCOMPARE(zed.value(QStringLiteral("active")).toBool(), false);
    }

    void newDataDirectoryIsEmptyAndUntouched()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("not-yet"));
        StatusReport report;
        QVERIFY(report.load(missing, m_now));
        QVERIFY(report.rows().isEmpty());
        QCOMPARE(report.toTable(), QStringLiteral("No SDRs yet.\n"));
        QCOMPARE(QJsonDocument::fromJson(report.toJsonText()).object(),
                 QJsonObject({{QStringLiteral("sdrs"), QJsonArray()}}));
        QVERIFY(!QFileInfo::exists(missing));

        // A store with no SDRs in it.
        {
            Store store;
            QVERIFY(store.open(DataDirectory(dir.path()).databasePath()));
        }
        QVERIFY(report.load(dir.path(), m_now));
        QVERIFY(report.rows().isEmpty());
    }

    void refusesANewerSchema()
    {
        QTemporaryDir dir;
        rawExec(DataDirectory(dir.path()).databasePath(),
                {QStringLiteral("CREATE TABLE future(x)"),
                 QStringLiteral("PRAGMA user_version = %1").arg(Store::currentSchemaVersion() + 1)});
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        QCOMPARE(StatusReport::run(dir.path(), false, outStream, errStream, m_now), 1);
        QVERIFY(out.isEmpty());
        QVERIFY2(err.contains(QStringLiteral("newer version")), qPrintable(err));
    }

    void refusesACorruptFile()
    {
        QTemporaryDir dir;
        QFile file(DataDirectory(dir.path()).databasePath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("definitely not sqlite ").repeated(300));
        file.close();
        StatusReport report;
        QVERIFY(!report.load(dir.path(), m_now));
        QVERIFY(report.errorString().contains(file.fileName()));
        QVERIFY(report.errorString().contains(QStringLiteral("damaged")));
    }

    void readsAnOlderSchemaWithoutMigratingIt()
    {
        QTemporaryDir dir;
        const QString path = DataDirectory(dir.path()).databasePath();
        QStringList v1 = StoreSchema::migrations().at(0);
        v1 << QStringLiteral("PRAGMA user_version = 1")
           << QStringLiteral(
                  "INSERT INTO sdrs(id, name, created_at, updated_at) VALUES('sdr_old', 'Old', 'x', 'x')")
           << QStringLiteral("INSERT INTO outbox(lead_id, sdr_id, state, created_at, updated_at) "
                             "VALUES('o1', 'sdr_old', 'queued', 'x', 'x')");
        rawExec(path, v1);
        StatusReport report;
        QVERIFY2(report.load(dir.path(), m_now), qPrintable(report.errorString()));
        QCOMPARE(report.rows().size(), 1);
        QCOMPARE(report.rows().first().queueDepth, 1);

        const QString name = QStringLiteral("check");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
            QCOMPARE(query.value(0).toInt(), 1);
        }
        QSqlDatabase::removeDatabase(name);
    }

    void readsWhileTheAppIsWriting()
    {
        QTemporaryDir dir;
        populate(dir.path());
        // The running app: the store open, in the middle of a write transaction.
        Store app;
        QVERIFY(app.open(DataDirectory(dir.path()).databasePath()));
        QSqlDatabase db = app.database();
        QVERIFY(db.transaction());
        QSqlQuery query(db);
        QVERIFY(
            query.exec(QStringLiteral("INSERT INTO outbox(lead_id, sdr_id, state, created_at, updated_at) "
                                      "VALUES('late', 'sdr_ana', 'queued', 'x', 'x')")));

        StatusReport report;
        QVERIFY2(report.load(dir.path(), m_now), qPrintable(report.errorString()));
        QCOMPARE(rowFor(report, QStringLiteral("sdr_ana"))->queueDepth, 1); // the uncommitted row is not seen

        QVERIFY(db.commit());
        QVERIFY(report.load(dir.path(), m_now));
        QCOMPARE(rowFor(report, QStringLiteral("sdr_ana"))->queueDepth, 2);
    }

    void runPrintsTableOrJson()
    {
        QTemporaryDir dir;
        populate(dir.path());
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        QCOMPARE(StatusReport::run(dir.path(), true, outStream, errStream, m_now), 0);
        QVERIFY(err.isEmpty());
        QCOMPARE(
            QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("sdrs")).toArray().size(), 3);
        out.clear();
        QCOMPARE(StatusReport::run(dir.path(), false, outStream, errStream, m_now), 0);
        QVERIFY(out.startsWith(QStringLiteral("ID")));
    }
};

QTEST_GUILESS_MAIN(TestStatusReport)
#include "TestStatusReport.moc"
