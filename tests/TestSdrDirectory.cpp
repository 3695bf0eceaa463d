#include "CrmClient.h"
#include "FakeCrm.h"
#include "QueueTestEnv.h"
#include "SdrDirectory.h"

#include <QSignalSpy>
#include <QtTest>

class TestSdrDirectory : public QObject
{
    Q_OBJECT

private slots:
    void provisionsFromTheCrmList()
    {
        QueueTestEnv env;
        QVERIFY(env.open());
        env.addSdr("local_only", "local");
        FakeCrm crm;
        QVERIFY(crm.start());
        crm.addSdr("sdr_john", "John Smith", true, "+1 555 123 4567");
        crm.addSdr("sdr_mary", "Mary", true);
        crm.addSdr("sdr_off", "Off", false);
        CrmClient client;
        client.setBaseUrl(crm.url());
        SdrDirectory directory(env.sdrs.get(), &client, &env.clock, env.activity.get());
        directory.setRefreshIntervalMs(200);
        QSignalSpy activated(&directory, &SdrDirectory::sdrActivated);
        QSignalSpy deactivated(&directory, &SdrDirectory::sdrDeactivated);
        QSignalSpy refreshed(&directory, &SdrDirectory::refreshed);
        directory.start();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 5000);
        QCOMPARE(directory.activeSdrIds(), QStringList({"sdr_john", "sdr_mary"}));
        QCOMPARE(activated.size(), 2);
        const auto john = env.sdrs->find("sdr_john");
        QVERIFY(john);
        QCOMPARE(john->source, QStringLiteral("crm"));
        QCOMPARE(john->expectedPhone, QStringLiteral("+15551234567"));
        QCOMPARE(john->name, QStringLiteral("John Smith"));
        QVERIFY(!env.sdrs->find("sdr_off")->active);

        // Removed from the list and one turned inactive: both stop; a new one starts.
        crm.removeSdr("sdr_mary");
        crm.setSdrActive("sdr_john", false);
        crm.addSdr("sdr_new", "New", true);
        env.advance(200); // the next read is due on the clock
        QTRY_COMPARE_WITH_TIMEOUT(directory.activeSdrIds(), QStringList({"sdr_new"}), 5000);
        QCOMPARE(deactivated.size(), 2);
        QVERIFY(env.sdrs->find("sdr_mary")); // kept (profile and history stay), only inactive
        QVERIFY(!env.sdrs->find("sdr_mary")->active);
    }

    void aBadListChangesNothing()
    {
        QueueTestEnv env;
        QVERIFY(env.open());
        FakeCrm crm;
        QVERIFY(crm.start());
        crm.addSdr("sdr_john", "John", true);
        CrmClient client;
        client.setBaseUrl(crm.url());
        client.setTimeoutMs(500);
        SdrDirectory directory(env.sdrs.get(), &client, &env.clock);
        directory.setRefreshIntervalMs(100000);
        QSignalSpy refreshed(&directory, &SdrDirectory::refreshed);
        crm.injectFault(FakeCrm::Endpoint::Sdrs, FakeCrmFault::notJson());
        directory.start();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 5000);
        QCOMPARE(refreshed.first().first().toBool(), false);
        QVERIFY(directory.activeSdrIds().isEmpty());
        // Retried with backoff (at most its 2 s base the first time, on the clock), then the list arrives.
        env.advance(2000);
        QTRY_COMPARE_WITH_TIMEOUT(directory.activeSdrIds(), QStringList({"sdr_john"}), 10000);
    }

    void parseSkipsInvalidEntries()
    {
        QVector<SdrRecord> sdrs;
        QString error;
        int skipped = 0;
        QVERIFY(SdrDirectory::parseSdrList(
            R"({"sdrs":[{"id":"a","name":"A","active":true,"whatsapp_phone":null},
                        {"id":5},{"name":"no id"},"text",{"id":"b","active":"yes"},
                        {"id":"c","whatsapp_phone":"not a phone"}]})",
            &sdrs, &error, &skipped));
        QCOMPARE(sdrs.size(), 2);
        QCOMPARE(skipped, 4);
        QCOMPARE(sdrs.at(1).id, QStringLiteral("c"));
        QVERIFY(sdrs.at(1).expectedPhone.isEmpty());
        QVERIFY(!SdrDirectory::parseSdrList(R"({"items":[]})", &sdrs, &error, &skipped));
        QVERIFY(!error.isEmpty());
    }

    void withoutACrmServesLocalSdrs()
    {
        QueueTestEnv env;
        QVERIFY(env.open());
        env.addSdr("a");
        env.addSdr("b", "local", false);
        SdrDirectory directory(env.sdrs.get(), nullptr, &env.clock);
        QSignalSpy activated(&directory, &SdrDirectory::sdrActivated);
        QSignalSpy deactivated(&directory, &SdrDirectory::sdrDeactivated);
        directory.start();
        QCOMPARE(directory.activeSdrIds(), QStringList({"a"}));
        QVERIFY(env.sdrs->setActive("b", true));
        QCOMPARE(directory.activeSdrIds(), QStringList({"a", "b"}));
        QVERIFY(env.sdrs->remove("a"));
        QCOMPARE(directory.activeSdrIds(), QStringList({"b"}));
        QCOMPARE(activated.size(), 2);
        QCOMPARE(deactivated.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSdrDirectory)
#include "TestSdrDirectory.moc"
