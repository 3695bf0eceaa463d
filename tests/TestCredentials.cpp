#include "Credentials.h"

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

// Runs against a real Secret Service: the test starts its own D-Bus session bus and an unlocked
// gnome-keyring on it (never the developer's own keyring), and stops both at the end.
namespace {
QStringList s_messages;
QtMessageHandler s_previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    s_messages << message;
    s_previousHandler(type, context, message);
}
} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QProcess m_bus;
    QProcess m_keyring;

    static bool waitLoaded(Credentials& credentials)
    {
        QSignalSpy spy(&credentials, &Credentials::loaded);
        credentials.load();
        return spy.wait(15000) && spy.count() == 1;
    }

    static bool storeToken(Credentials& credentials, const QString& token, QString* error = nullptr)
    {
        QSignalSpy spy(&credentials, &Credentials::storeFinished);
        credentials.store(token);
        if (!spy.wait(15000))
            return false;
        if (error)
            *error = spy.at(0).at(1).toString();
        return spy.at(0).at(0).toBool();
    }

    static bool removeToken(Credentials& credentials)
    {
        QSignalSpy spy(&credentials, &Credentials::removeFinished);
        credentials.remove();
        return spy.wait(15000) && spy.at(0).at(0).toBool();
    }

    bool secretServiceReady(const QString& address)
    {
        QProcess ask;
        ask.start(QStringLiteral("dbus-send"),
                  {QStringLiteral("--bus=") + address, QStringLiteral("--print-reply"),
                   QStringLiteral("--dest=org.freedesktop.DBus"), QStringLiteral("/"),
                   QStringLiteral("org.freedesktop.DBus.NameHasOwner"),
                   QStringLiteral("string:org.freedesktop.secrets")});
        return ask.waitForFinished(5000) && ask.readAllStandardOutput().contains("boolean true");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        const QString dbus = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        const QString keyring = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
        QVERIFY2(!dbus.isEmpty() && !keyring.isEmpty(), "needs dbus-daemon and gnome-keyring-daemon (Debian: "
                                                        "dbus, gnome-keyring; see tools/bootstrap.sh)");

        m_bus.start(dbus, {QStringLiteral("--session"), QStringLiteral("--nofork"),
                           QStringLiteral("--print-address=1")});
        QVERIFY(m_bus.waitForStarted(5000));
        QByteArray address;
        QElapsedTimer timer;
        timer.start();
        while (!address.contains('\n') && timer.elapsed() < 10000) {
            if (m_bus.waitForReadyRead(500))
                address += m_bus.readAllStandardOutput();
        }
        address = address.trimmed();
        QVERIFY2(!address.isEmpty(), "dbus-daemon printed no address");

        const QString runtime = m_home.filePath(QStringLiteral("run"));
        QVERIFY(QDir().mkpath(runtime));
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        // Everything of this test lives under the temporary home: keyring files, any config.
        qputenv("HOME", m_home.path().toLocal8Bit());
        qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);

        m_keyring.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        m_keyring.start(keyring, {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                                  QStringLiteral("--components=secrets")});
        QVERIFY(m_keyring.waitForStarted(5000));
        m_keyring.write("test-password"); // unlocks (and creates) the login keyring
        m_keyring.closeWriteChannel();
        QTRY_VERIFY_WITH_TIMEOUT(secretServiceReady(QString::fromLocal8Bit(address)), 15000);

        s_previousHandler = qInstallMessageHandler(recordMessage);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(s_previousHandler);
        for (QProcess* process : {&m_keyring, &m_bus}) {
            process->terminate();
            if (!process->waitForFinished(5000))
                process->kill();
        }
    }

    void init()
    {
        qunsetenv(Credentials::EnvironmentVariable);
        Credentials cleaner;
        QVERIFY(removeToken(cleaner));
        Credentials other(QStringLiteral("https://b.example.com"));
        QVERIFY(removeToken(other));
    }

    void emptyKeychainFallsBackToTheEnvironment()
    {
        Credentials credentials;
        QVERIFY(waitLoaded(credentials));
        QCOMPARE(credentials.keychainState(), Credentials::KeychainState::Available);
        QCOMPARE(credentials.source(), Credentials::Source::None);
        QVERIFY(!credentials.hasToken());

        qputenv(Credentials::EnvironmentVariable, "env-token-0123456789");
        QVERIFY(waitLoaded(credentials));
        QCOMPARE(credentials.source(), Credentials::Source::Environment);
        QCOMPARE(credentials.token(), QStringLiteral("env-token-0123456789"));
        QVERIFY(credentials.statusText().contains(QStringLiteral("No token in the keychain")));
    }

    void storeReadOverwriteDelete()
    {
        qputenv(Credentials::EnvironmentVariable, "env-token-0123456789");
        Credentials credentials;
        QSignalSpy changed(&credentials, &Credentials::tokenChanged);
        QString error;
        QVERIFY2(storeToken(credentials, QStringLiteral("crm-secret-aaaa-1111"), &error), qPrintable(error));
        QCOMPARE(credentials.source(), Credentials::Source::Keychain);
        QCOMPARE(credentials.token(), QStringLiteral("crm-secret-aaaa-1111"));
        QCOMPARE(credentials.maskedToken(), QStringLiteral("crm-\u20261111"));
        QVERIFY(changed.count() >= 1);

        // A fresh object (as after a restart) reads it back: the keychain beats the environment.
        Credentials restarted;
        QVERIFY(waitLoaded(restarted));
        QCOMPARE(restarted.source(), Credentials::Source::Keychain);
        QCOMPARE(restarted.token(), QStringLiteral("crm-secret-aaaa-1111"));
        QCOMPARE(restarted.statusText(), QStringLiteral("Token from the keychain."));

        QVERIFY(storeToken(credentials, QStringLiteral("crm-secret-bbbb-2222")));
        QVERIFY(waitLoaded(restarted));
        QCOMPARE(restarted.token(), QStringLiteral("crm-secret-bbbb-2222"));

        QVERIFY(removeToken(credentials));
        QCOMPARE(credentials.source(), Credentials::Source::Environment);
        QCOMPARE(credentials.token(), QStringLiteral("env-token-0123456789"));
        QVERIFY(waitLoaded(restarted));
        QCOMPARE(restarted.keychainState(), Credentials::KeychainState::Available);
        QCOMPARE(restarted.source(), Credentials::Source::Environment);
        QCOMPARE(restarted.token(), QStringLiteral("env-token-0123456789"));
    }

    void eachServerHasItsOwnToken()
    {
        Credentials a(QStringLiteral("https://a.example.com/"));
        Credentials b(QStringLiteral("https://b.example.com"));
        QVERIFY(storeToken(a, QStringLiteral("token-for-server-a")));
        QVERIFY(storeToken(b, QStringLiteral("token-for-server-b")));

        Credentials readA(QStringLiteral("https://a.example.com"));
        QVERIFY(waitLoaded(readA));
        QCOMPARE(readA.token(), QStringLiteral("token-for-server-a"));

        // Pointing at another server drops the old token until the new one is read.
        QSignalSpy changed(&readA, &Credentials::tokenChanged);
        readA.setServerUrl(QStringLiteral("https://b.example.com"));
        QVERIFY(!readA.hasToken());
        QCOMPARE(changed.count(), 1);
        QVERIFY(waitLoaded(readA));
        QCOMPARE(readA.token(), QStringLiteral("token-for-server-b"));

        Credentials none(QStringLiteral("https://c.example.com"));
        QVERIFY(waitLoaded(none));
        QCOMPARE(none.source(), Credentials::Source::None);
        QVERIFY(removeToken(a));
    }

    void keys_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("key");
        QTest::newRow("no server") << QString() << QStringLiteral("crm-token");
        QTest::newRow("not a url") << QStringLiteral("::") << QStringLiteral("crm-token");
        QTest::newRow("plain") << QStringLiteral("https://crm.example.com")
                               << QStringLiteral("crm-token:https://crm.example.com");
        QTest::newRow("trailing slash, case") << QStringLiteral("https://CRM.example.com/")
                                              << QStringLiteral("crm-token:https://crm.example.com");
        QTest::newRow("path, port") << QStringLiteral("http://127.0.0.1:8080/api/")
                                    << QStringLiteral("crm-token:http://127.0.0.1:8080/api");
        QTest::newRow("user info and query dropped") << QStringLiteral("https://u:p@crm.example.com/x?y=1#z")
                                                     << QStringLiteral("crm-token:https://crm.example.com/x");
    }

    void keys()
    {
        QFETCH(QString, server);
        QFETCH(QString, key);
        QCOMPARE(Credentials::keyFor(server), key);
    }

    void refusesAnEmptyToken()
    {
        Credentials credentials;
        QString error;
        QVERIFY(!storeToken(credentials, QStringLiteral("   "), &error));
        QVERIFY(error.contains(QStringLiteral("empty")));
        QCOMPARE(credentials.source(), Credentials::Source::None);
    }

    void tokenNeverReachesLogsOrFiles()
    {
        const QString token = QStringLiteral("do-not-leak-7f3a9c");
        s_messages.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("sdrsender.*=true"));
        Credentials credentials(QStringLiteral("https://crm.example.com"));
        QVERIFY(storeToken(credentials, token));
        QVERIFY(waitLoaded(credentials));
        QCOMPARE(credentials.token(), token);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(!s_messages.isEmpty()); // the category did log, just not the token
        for (const QString& message : std::as_const(s_messages))
            QVERIFY2(!message.contains(token), qPrintable(message));

        // Nothing under the test's home (config, data, runtime) holds it in plain text, apart from
        // the keyring's own encrypted file.
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                QVERIFY2(!file.readAll().contains(token.toUtf8()), qPrintable(file.fileName()));
        }
        QVERIFY(removeToken(credentials));
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "TestCredentials.moc"
