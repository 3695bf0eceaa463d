#include "ConnectionStatusRepository.h"
#include "DataDirectory.h"
#include "SdrRepository.h"
#include "Store.h"
#include "Utc.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>
#include <QtWebEngineCore/qtwebenginecoreglobal.h>

// Runs the real sdr-sender binary.
class TestMainCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static QProcessEnvironment cleanEnvironment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name :
             {"SDR_SENDER_DATA_DIR", "SDR_SENDER_SERVER", "SDR_SENDER_TOKEN", "SDR_SENDER_WHATSAPP_URL"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return env;
    }

    static Run run(const QStringList& arguments, const QProcessEnvironment& env = cleanEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SDR_SENDER_BINARY), arguments);
        Run result;
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            result.err = QStringLiteral("timed out");
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    static void populate(const QString& dir)
    {
        Store store;
        QVERIFY(store.open(DataDirectory(dir).databasePath()));
        SdrRepository sdrs(&store);
        QVERIFY(sdrs.upsert({QStringLiteral("sdr_john"), QStringLiteral("John Smith"), true,
                             QStringLiteral("+15551234567"), QStringLiteral("crm")}));
        ConnectionStatus status;
        status.sdrId = QStringLiteral("sdr_john");
        status.whatsappConnected = true;
        status.whatsappPhone = QStringLiteral("+15551234567");
        status.whatsappConnectedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 58), Utc::zone());
        status.state = ConnectionState::Connected;
        QVERIFY(ConnectionStatusRepository(&store).save(status));
        QSqlQuery query(store.database());
        const QString now = Store::timestamp(QDateTime::currentDateTimeUtc());
        for (const char* state : {"queued", "queued", "sending"}) {
            query.prepare(QStringLiteral("INSERT INTO outbox(lead_id, sdr_id, state, created_at, updated_at) "
                                         "VALUES(?, 'sdr_john', ?, ?, ?)"));
            query.addBindValue(QUuid::createUuid().toString());
            query.addBindValue(QLatin1String(state));
            query.addBindValue(now);
            query.addBindValue(now);
            QVERIFY(query.exec());
        }
    }

private slots:
    void help()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char* option :
             {"--data-dir", "--server", "--whatsapp-url", "--status", "--json", "--demo", "--version"})
            QVERIFY2(r.out.contains(QLatin1String(option)), option);
    }

    void version()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), QStringLiteral("sdr-sender " SDR_SENDER_VERSION));
        // The engine the app runs on, as the loaded libraries report it (not as built).
        QCOMPARE(lines.at(1),
                 QStringLiteral("Qt %1, Qt WebEngine %2 (Chromium %3)")
                     .arg(QString::fromLatin1(qVersion()), QString::fromLatin1(qWebEngineVersion()),
                          QString::fromLatin1(qWebEngineChromiumVersion())));
        QVERIFY(lines.at(1).contains(QRegularExpression(QStringLiteral("Chromium [0-9]+\\.[0-9]+"))));
    }

    void badValues_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("variable"); // VAR=value or empty
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("json without status")
            << QStringList{QStringLiteral("--json")} << QString() << QStringLiteral("--json");
        QTest::newRow("server not a url") << QStringList{QStringLiteral("--server"), QStringLiteral("crm")}
                                          << QString() << QStringLiteral("--server");
        QTest::newRow("whatsapp-url ftp")
            << QStringList{QStringLiteral("--whatsapp-url=ftp://web.whatsapp.com")} << QString()
            << QStringLiteral("--whatsapp-url");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--nope")} << QString() << QStringLiteral("nope");
        QTest::newRow("bad env server")
            << QStringList{QStringLiteral("--status")} << QStringLiteral("SDR_SENDER_SERVER=not a url")
            << QStringLiteral("SDR_SENDER_SERVER");
        QTest::newRow("bad env whatsapp")
            << QStringList() << QStringLiteral("SDR_SENDER_WHATSAPP_URL=mailto:x@y")
            << QStringLiteral("SDR_SENDER_WHATSAPP_URL");
    }

    void badValues()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, variable);
        QFETCH(QString, errorPart);
        QTemporaryDir dir;
        QProcessEnvironment env = cleanEnvironment();
        env.insert(QStringLiteral("SDR_SENDER_DATA_DIR"), dir.filePath(QStringLiteral("data")));
        if (!variable.isEmpty())
            env.insert(variable.section(QLatin1Char('='), 0, 0), variable.section(QLatin1Char('='), 1));
        const Run r = run(arguments, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(errorPart), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        // Nothing was created for a refused start.
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("data"))));
    }

    void statusOfANewDataDirectory()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("fresh"));
        Run r = run({QStringLiteral("--status"), QStringLiteral("--data-dir"), data});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("No SDRs yet.\n"));
        r = run({QStringLiteral("--status"), QStringLiteral("--json"), QStringLiteral("--data-dir"), data});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object(),
                 QJsonObject({{QStringLiteral("sdrs"), QJsonArray()}}));
        QVERIFY(!QFileInfo::exists(data));
    }

    void statusTableAndJson()
    {
        QTemporaryDir dir;
        populate(dir.path());
        QProcessEnvironment env = cleanEnvironment();
        env.insert(QStringLiteral("SDR_SENDER_DATA_DIR"), dir.path()); // the environment names the folder
        Run r = run({QStringLiteral("--status")}, env);
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("ID")));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("sdr_john")));
        QVERIFY(lines.at(1).contains(QStringLiteral("connected")));
        QVERIFY(lines.at(1).contains(QStringLiteral("+15551234567")));

        r = run({QStringLiteral("--status"), QStringLiteral("--json")}, env);
        QCOMPARE(r.exitCode, 0);
        const QJsonArray sdrs =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("sdrs")).toArray();
        QCOMPARE(sdrs.size(), 1);
        const QJsonObject john = sdrs.first().toObject();
        QCOMPARE(john.value(QStringLiteral("id")).toString(), QStringLiteral("sdr_john"));
        QCOMPARE(john.value(QStringLiteral("whatsapp_connected")).toBool(), true);
        QCOMPARE(john.value(QStringLiteral("whatsapp_phone")).toString(), QStringLiteral("+15551234567"));
        QCOMPARE(john.value(QStringLiteral("whatsapp_connected_at")).toString(),
                 QStringLiteral("2026-11-20T09:58:00Z"));
        QCOMPARE(john.value(QStringLiteral("state")).toString(), QStringLiteral("connected"));
        QCOMPARE(john.value(QStringLiteral("queue_depth")).toInt(), 3);
    }

    void statusOfAnUnreadableStoreFails_data()
    {
        QTest::addColumn<bool>("corrupt");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("corrupt") << true << QStringLiteral("damaged");
        QTest::newRow("newer schema") << false << QStringLiteral("newer version");
    }

    void statusOfAnUnreadableStoreFails()
    {
        QFETCH(bool, corrupt);
        QFETCH(QString, errorPart);
        QTemporaryDir dir;
        const QString path = DataDirectory(dir.path()).databasePath();
        if (corrupt) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray("garbage, not a database").repeated(300));
        } else {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery query(db);
                QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 999")));
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        }
        const Run r = run({QStringLiteral("--status"), QStringLiteral("--data-dir"), dir.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(errorPart), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void secondInstanceIsRefusedAndStatusStillWorks()
    {
        QTemporaryDir dir;
        populate(dir.path());
        QProcessEnvironment env = cleanEnvironment();
        QProcess first;
        first.setProcessEnvironment(env);
        first.start(QStringLiteral(SDR_SENDER_BINARY), {QStringLiteral("--data-dir"), dir.path()});
        QVERIFY(first.waitForStarted(10000));
        const QString lockFile = DataDirectory(dir.path()).lockFilePath();
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(lockFile), 20000);
        QVERIFY(first.state() == QProcess::Running);

        const Run second = run({QStringLiteral("--data-dir"), dir.path()}, env);
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains(QStringLiteral("already running")), qPrintable(second.err));
        QVERIFY2(second.err.contains(QStringLiteral("process %1").arg(first.processId())),
                 qPrintable(second.err));

        // --status reads next to the running app and needs no lock.
        const Run status = run({QStringLiteral("--status"), QStringLiteral("--data-dir"), dir.path()}, env);
        QCOMPARE(status.exitCode, 0);
        QVERIFY(status.out.contains(QStringLiteral("sdr_john")));

        first.kill(); // a crash: the lock file stays behind, stale
        QVERIFY(first.waitForFinished(10000));
        QVERIFY(QFileInfo::exists(lockFile));

        // The next start takes the stale lock over.
        QProcess third;
        third.setProcessEnvironment(env);
        third.start(QStringLiteral(SDR_SENDER_BINARY), {QStringLiteral("--data-dir"), dir.path()});
        QVERIFY(third.waitForStarted(10000));
        const auto lockHolder = [&lockFile] {
            QFile file(lockFile);
            return file.open(QIODevice::ReadOnly) ? file.readLine().trimmed().toLongLong() : 0;
        };
        QTRY_COMPARE_WITH_TIMEOUT(lockHolder(), third.processId(), 20000);
        QVERIFY(third.state() == QProcess::Running);
        third.terminate();
        if (!third.waitForFinished(10000))
            third.kill();
    }
};

QTEST_GUILESS_MAIN(TestMainCli)
#include "TestMainCli.moc"
