// The team-wide suppression list: its store API, CSV in and out, and what it does to sending — an
// opt-out reply to one SDR fails the next lead to that phone for every SDR (`opted_out`, reported
// to the CRM) without opening a chat.
#include "CrmClient.h"
#include "FakeChannelProvider.h"
#include "FakeCrm.h"
#include "FakeMessageChannel.h"
#include "FollowUpTracker.h"
#include "Outbox.h"
#include "QueueTestEnv.h"
#include "ResultReporter.h"
#include "SenderEngine.h"
#include "SuppressionList.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

class TestSuppressionList : public QObject
{
    Q_OBJECT

    std::unique_ptr<QueueTestEnv> m_env;
    std::unique_ptr<SuppressionList> m_list;

private slots:
    void init()
    {
        m_env = std::make_unique<QueueTestEnv>();
        QVERIFY(m_env->open());
        m_list = std::make_unique<SuppressionList>(m_env->store.get(), &m_env->clock, m_env->activity.get());
    }
    void cleanup()
    {
        m_list.reset();
        m_env.reset();
    }

    void phonesAreKeptInE164SoEverySpellingIsOneEntry()
    {
        QSignalSpy changed(m_list.get(), &SuppressionList::changed);
        QCOMPARE(m_list->add("+90 545 403 19 18", SuppressionList::Source::Manual, "asked by phone"),
                 SuppressionList::AddResult::Added);
        QCOMPARE(m_list->add("905454031918", SuppressionList::Source::CsvImport, "again"),
                 SuppressionList::AddResult::AlreadyListed);
        QCOMPARE(m_list->add("not a phone", SuppressionList::Source::Manual, "x"),
                 SuppressionList::AddResult::InvalidPhone);
        QCOMPARE(changed.size(), 1);
        QVERIFY(m_list->isSuppressed("+905454031918"));
        QVERIFY(m_list->isSuppressed("(90) 545-403-1918"));
        QVERIFY(!m_list->isSuppressed("+905454031919"));
        const auto entry = m_list->find("905454031918");
        QVERIFY(entry);
        QCOMPARE(entry->phone, "+905454031918");
        QCOMPARE(entry->reason, "asked by phone"); // the first reason stays
        QCOMPARE(entry->source, "manual");
        QCOMPARE(entry->addedAt, m_env->clock.now());
        QCOMPARE(m_list->count(), 1);
    }

    void removalNeedsAReasonAndIsLogged()
    {
        QCOMPARE(m_list->add("+15551234567", SuppressionList::Source::OptOut, "STOP", "lead_1", "sdr_a"),
                 SuppressionList::AddResult::Added);
        QVERIFY(!m_list->remove("+15551234567", "   "));
        QVERIFY(m_list->isSuppressed("+15551234567"));
        QVERIFY(!m_list->remove("+15550000000", "never listed"));
        QVERIFY(m_list->remove("1 555 123 4567", "the customer asked us to call back"));
        QVERIFY(!m_list->isSuppressed("+15551234567"));
        QVERIFY(m_env->activityContains("+15551234567 removed from the suppression list: the customer asked "
                                        "us to call back"));
    }

    void survivesAReopenOfTheStore()
    {
        QCOMPARE(m_list->add("+15551234567", SuppressionList::Source::Manual, "x"),
                 SuppressionList::AddResult::Added);
        m_list.reset();
        const QString path = m_env->store->filePath();
        m_env->store->close();
        Store reopened;
        QVERIFY(reopened.open(path));
        SuppressionList list(&reopened, &m_env->clock);
        QVERIFY(list.isSuppressed("+15551234567"));
    }

    void csvExportThenImportGivesTheSameList()
    {
        QCOMPARE(m_list->add("+15551234567", SuppressionList::Source::Manual, "said \"no\", twice"),
                 SuppressionList::AddResult::Added);
        m_env->clock.advance(1000);
        QCOMPARE(
            m_list->add("+905454031918", SuppressionList::Source::OptOut, "=cmd|' /C calc'!A0", "l1", "s1"),
            SuppressionList::AddResult::Added);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(m_list->exportCsv(&buffer));
        const QByteArray csv = buffer.data();
        QVERIFY(csv.startsWith("\xEF\xBB\xBFphone,reason,source,lead_id,sdr_id,added_at\r\n"));
        QVERIFY(csv.contains("+905454031918,'=cmd|' /C calc'!A0,opt_out,l1,s1,")); // formula guarded
        QVERIFY(csv.contains("\"said \"\"no\"\", twice\""));

        QueueTestEnv other;
        QVERIFY(other.open());
        SuppressionList imported(other.store.get(), &other.clock, other.activity.get());
        const auto result = imported.importCsv(csv, "list.csv");
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rows, 2);
        QCOMPARE(result.added, 2);
        QVERIFY(result.rowErrors.isEmpty());
        QCOMPARE(imported.find("+15551234567")->reason, "said \"no\", twice");
        QCOMPARE(imported.find("+15551234567")->source, "csv");
        QVERIFY(imported.isSuppressed("+905454031918"));
        QCOMPARE(imported.importCsv(csv).alreadyListed, 2);
    }

    void csvImportRefusesBadRowsOneByOne_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("added");
        QTest::addColumn<int>("rowErrors");
        QTest::newRow("phone only, LF")
            << QByteArray("phone\n+15551234567\n905454031918\n") << true << 2 << 0;
        QTest::newRow("any column order, CRLF, extra columns")
            << QByteArray("name,Reason,PHONE\r\nAna,\"asked, twice\",+1 555 123 4567\r\n") << true << 1 << 0;
        QTest::newRow("bad phones refused, others kept")
            << QByteArray("phone,reason\n12,short\nabc,letters\n+15551234567,ok\n") << true << 1 << 2;
        QTest::newRow("no phone column") << QByteArray("name,reason\nAna,x\n") << false << 0 << 0;
        QTest::newRow("not UTF-8") << QByteArray("phone\n\xff\xfe+1555\n") << false << 0 << 0;
        QTest::newRow("unterminated quote") << QByteArray("phone\n\"+15551234567\n") << false << 0 << 0;
        QTest::newRow("empty") << QByteArray() << false << 0 << 0;
    }
    void csvImportRefusesBadRowsOneByOne()
    {
        QFETCH(QByteArray, csv);
        QFETCH(bool, ok);
        QFETCH(int, added);
        QFETCH(int, rowErrors);
        const auto result = m_list->importCsv(csv);
        QCOMPARE(result.ok, ok);
        QCOMPARE(result.added, added);
        QCOMPARE(result.rowErrors.size(), rowErrors);
        QCOMPARE(m_list->count(), added);
    }

    // The "Done when": an opt-out reply to one SDR suppresses the phone for every SDR; the
    // next lead to it is failed `opted_out`, reported to the CRM, and its chat is never opened.
    void anOptOutReplyStopsEverySdrFromMessagingThePhone()
    {
        m_list.reset();
        QVERIFY(m_env->settings->setGlobal(SettingKeys::SendGapMinSecs, 0));
        QVERIFY(m_env->settings->setGlobal(SettingKeys::SendGapMaxSecs, 0));
        QVERIFY(m_env->settings->setGlobal(SettingKeys::WarmupDays, 0));
        QVERIFY(m_env->settings->setGlobal(SettingKeys::PollIntervalSecs, 1));
        FakeCrm crm;
        QVERIFY(crm.start());
        crm.addSdr("sdr_ana", "Ana", true, "+15550000001");
        crm.addSdr("sdr_ben", "Ben", true, "+15550000002");
        CrmClient client;
        client.setBaseUrl(crm.url());
        client.setToken("t");
        FakeMessageChannel ana("sdr_ana", "15550000001");
        FakeMessageChannel ben("sdr_ben", "15550000002");
        ana.setClock(&m_env->clock); // sent_at on the test's clock, so the watch window applies
        ben.setClock(&m_env->clock);
        FakeChannelProvider provider;
        provider.setChannel("sdr_ana", &ana);
        provider.setChannel("sdr_ben", &ben);
        SenderEngine engine(m_env->store.get(), m_env->settings.get(), &m_env->clock, &client, &provider,
                            m_env->sdrs.get(), m_env->activity.get(), m_env->statuses.get());
        engine.setRandomSeed(99);
        engine.resultReporter()->setBackoff(100, 500);
        engine.start();
        // The engine's polls wait on the test's clock: each lead is fetched by a poll asked for now.
        QTRY_COMPARE_WITH_TIMEOUT(engine.servedSdrs(), QStringList({"sdr_ana", "sdr_ben"}), 5000);

        crm.addLead("sdr_ana", "lead_ana", "+90 545 403 19 18", "Hello from Ana");
        engine.pollNow("sdr_ana");
        QTRY_VERIFY_WITH_TIMEOUT(crm.acceptedResults().contains("lead_ana"), 10000);
        QCOMPARE(ana.messages().size(), 1);

        m_env->clock.advance(3600 * 1000);
        const auto observed = engine.followUps()->recordObservation("sdr_ana", "905454031918",
                                                                    FollowUpTracker::Observed::Replied, {},
                                                                    QString::fromUtf8("STOP!! 😡"));
        QVERIFY2(observed.ok, qPrintable(observed.error));
        QVERIFY(observed.optedOut);
        QVERIFY(observed.newlySuppressed);
        QVERIFY(engine.suppressionList()->isSuppressed("+905454031918"));
        QCOMPARE(engine.suppressionList()->find("+905454031918")->leadId, "lead_ana");

        // Another SDR, weeks later (no recently-contacted hold in play): failed, never opened.
        m_env->clock.advance(20LL * 86400 * 1000);
        crm.addLead("sdr_ben", "lead_ben", "+905454031918", "Hello from Ben");
        engine.pollNow("sdr_ben");
        QTRY_VERIFY_WITH_TIMEOUT(crm.acceptedResults().contains("lead_ben"), 10000);
        const QJsonObject result = crm.acceptedResults().value("lead_ben");
        QCOMPARE(result.value("status").toString(), "failed");
        QCOMPARE(result.value("error").toString(), "opted_out");
        QVERIFY(ben.sendRequests().isEmpty());
        QVERIFY(ben.verifyRequests().isEmpty());
        QCOMPARE(ben.wakeRequests(), 0);
        QCOMPARE(engine.outbox()->find("lead_ben")->error, "opted_out");
        // The same SDR is stopped too.
        crm.addLead("sdr_ana", "lead_ana_2", "+905454031918", "Hello again");
        engine.pollNow("sdr_ana");
        QTRY_VERIFY_WITH_TIMEOUT(crm.acceptedResults().contains("lead_ana_2"), 10000);
        QCOMPARE(crm.acceptedResults().value("lead_ana_2").value("error").toString(), "opted_out");
        QCOMPARE(ana.messages().size(), 1);
        QVERIFY(crm.violations().isEmpty());
        engine.stop();
    }
};

QTEST_GUILESS_MAIN(TestSuppressionList)
#include "TestSuppressionList.moc"
