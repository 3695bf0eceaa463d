#include "Credentials.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

// Registered with DBUS_SESSION_BUS_ADDRESS pointing at a socket that does not exist: the "no
// keychain service" path (headless machines, CI without a keyring). It must answer promptly, fall
// back to SDR_SENDER_TOKEN, say so, and never store the token anywhere else.
class TestCredentialsNoService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    static bool waitLoaded(Credentials& credentials)
    {
        QSignalSpy spy(&credentials, &Credentials::loaded);
        credentials.load();
        return spy.wait(10000) && spy.count() == 1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(qgetenv("DBUS_SESSION_BUS_ADDRESS").contains("/nonexistent/"),
                 "run through ctest: the test is registered with a bus address that does not exist");
        // Catch any plain-file fallback: QSettings and friends would write under here.
        qputenv("HOME", m_home.path().toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toLocal8Bit());
    }

    void reportsNoServiceAndUsesTheEnvironment()
    {
        qputenv(Credentials::EnvironmentVariable, "env-token-0123456789");
        Credentials credentials(QStringLiteral("https://crm.example.com"));
        QCOMPARE(credentials.keychainState(), Credentials::KeychainState::Unknown);
        QVERIFY(waitLoaded(credentials));
        QCOMPARE(credentials.keychainState(), Credentials::KeychainState::Unavailable);
        QVERIFY(!credentials.keychainError().isEmpty());
        QCOMPARE(credentials.source(), Credentials::Source::Environment);
        QCOMPARE(credentials.token(), QStringLiteral("env-token-0123456789"));
        QCOMPARE(credentials.maskedToken(), QStringLiteral("env-\u20266789"));
        QCOMPARE(credentials.statusText(),
                 QStringLiteral("No keychain service; using SDR_SENDER_TOKEN from the environment."));
    }

    void noServiceAndNoEnvironmentMeansNoToken()
    {
        qunsetenv(Credentials::EnvironmentVariable);
        Credentials credentials;
        QVERIFY(waitLoaded(credentials));
        QCOMPARE(credentials.keychainState(), Credentials::KeychainState::Unavailable);
        QCOMPARE(credentials.source(), Credentials::Source::None);
        QVERIFY(!credentials.hasToken());
        QVERIFY(credentials.statusText().contains(QStringLiteral("No keychain service")));
    }

    void refusesToStoreWithoutAService()
    {
        qputenv(Credentials::EnvironmentVariable, "env-token-0123456789");
        const QString token = QStringLiteral("would-be-saved-5d1e");
        Credentials credentials;
        QVERIFY(waitLoaded(credentials));
        QSignalSpy stored(&credentials, &Credentials::storeFinished);
        credentials.store(token);
        QVERIFY(stored.wait(10000));
        QCOMPARE(stored.at(0).at(0).toBool(), false);
        const QString error = stored.at(0).at(1).toString();
        QVERIFY2(error.contains(QStringLiteral("No keychain service")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("SDR_SENDER_TOKEN")), qPrintable(error));
        // Still the environment's token, and the refused one is nowhere on disk.
        QCOMPARE(credentials.source(), Credentials::Source::Environment);
        QCOMPARE(credentials.token(), QStringLiteral("env-token-0123456789"));
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(token.toUtf8()), qPrintable(file.fileName()));
        }

        QSignalSpy removed(&credentials, &Credentials::removeFinished);
        credentials.remove();
        QVERIFY(removed.wait(10000));
        QCOMPARE(removed.at(0).at(0).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestCredentialsNoService)
#include "TestCredentialsNoService.moc"
