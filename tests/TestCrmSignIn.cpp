// The token path of a real start-up without a keychain service (kiosk desks, service accounts, CI):
// Credentials -> CrmSignIn -> CrmClient, with the engine started at once, as the composition root
// does. Registered with a D-Bus address that does not exist, so the keychain lookup fails (late)
// and SDR_SENDER_TOKEN is the only token there is.
#include "Credentials.h"
#include "CrmClient.h"
#include "CrmSignIn.h"
#include "FakeChannelProvider.h"
#include "FakeCrm.h"
#include "FakeMessageChannel.h"
#include "QueueTestEnv.h"
#include "ResultReporter.h"
#include "SenderEngine.h"
#include "SystemClock.h"

#include <QSignalSpy>
#include <QtTest>

class TestCrmSignIn : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        QVERIFY2(qgetenv("DBUS_SESSION_BUS_ADDRESS").contains("/nonexistent/"),
                 "run through ctest: the test is registered with a bus address that does not exist");
        qputenv("HOME", m_home.path().toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
    }

    void tokenOnlyInTheEnvironmentSendsEveryLead()
    {
        qputenv(Credentials::EnvironmentVariable, "env-token-0123456789");
        QueueTestEnv env;
        QVERIFY(env.open());
        env.disablePacing();
        QVERIFY(env.settings->setGlobal(SettingKeys::PollIntervalSecs, 1));
        FakeCrm crm;
        QVERIFY(crm.start());
        crm.setToken("env-token-0123456789");
        crm.addSdr("sdr_ana", "Ana", true);
        for (int i = 0; i < 3; ++i)
            crm.addLead("sdr_ana", QStringLiteral("lead_%1").arg(i),
                        QStringLiteral("+9054540319%1").arg(10 + i), QStringLiteral("hello %1").arg(i));
        FakeChannelProvider provider;
        FakeMessageChannel channel("sdr_ana", "15550000001");
        provider.setChannel("sdr_ana", &channel);

        CrmClient client;
        client.setBaseUrl(crm.url());
        client.setTimeoutMs(2000);
        Credentials credentials(crm.url().toString());
        CrmSignIn signIn(&credentials, &client);
        QSignalSpy missing(&signIn, &CrmSignIn::tokenMissing);
        SystemClock clock;
        SenderEngine engine(env.store.get(), env.settings.get(), &clock, &client, &provider, env.sdrs.get(),
                            env.activity.get(), env.statuses.get());
        engine.setRandomSeed(7);
        engine.resultReporter()->setBackoff(100, 800);
        // The order of the composition root: the lookup starts, the engine starts right after it.
        signIn.start();
        engine.start();

        QTRY_COMPARE_WITH_TIMEOUT(crm.acceptedResults().size(), 3, 30000);
        QVERIFY(!engine.isSuspended());
        QVERIFY(!client.isSuspended());
        QCOMPARE(missing.size(), 0);
        QCOMPARE(credentials.source(), Credentials::Source::Environment);
        QCOMPARE(channel.messages().size(), 3);
        // Not a single call went out before the token was known.
        QVERIFY(!crm.requests().isEmpty());
        for (const FakeCrmRequest& request : crm.requests())
            QCOMPARE(request.header("authorization"), QByteArray("Bearer env-token-0123456789"));
        engine.stop();
    }

    void noTokenAnywhereAsksForOne()
    {
        qunsetenv(Credentials::EnvironmentVariable);
        FakeCrm crm;
        QVERIFY(crm.start());
        CrmClient client;
        client.setBaseUrl(crm.url());
        Credentials credentials(crm.url().toString());
        CrmSignIn signIn(&credentials, &client);
        QSignalSpy missing(&signIn, &CrmSignIn::tokenMissing);
        signIn.start();
        QVERIFY(client.isAwaitingToken());
        QTRY_COMPARE_WITH_TIMEOUT(missing.size(), 1, 10000);
        QVERIFY(!client.isAwaitingToken()); // calls are not held forever; the CRM will answer 401
    }
};

QTEST_GUILESS_MAIN(TestCrmSignIn)
#include "TestCrmSignIn.moc"
