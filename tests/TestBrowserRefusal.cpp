// WhatsApp Web's refusal page ("WhatsApp works with Google Chrome") instead of its app: the first
// time one reload with the service workers cleared (the cure for a stale worker), only then the
// verdict, and then a try again every browser_refused_retry_s (of the clock the test moves), each
// with the full cure again.
// A real SessionPage on the simulated WhatsApp Web where a page is needed; without one where only
// the decisions are looked at.
#include "WebEngineTestMain.h"

#include "BrowserRefusal.h"
#include "SessionPageEnv.h"
#include "TryInEventLoop.h"

#include <QSignalSpy>

class TestBrowserRefusal : public QObject
{
    Q_OBJECT

    struct Env : SessionPageEnv
    {
        Store store;
        std::unique_ptr<Settings> settings;
        std::unique_ptr<BrowserRefusal> refusal;
        QList<bool> verdicts; // what pageRefused() answered for each refusal the page reported

        bool init(int retrySecs = 1)
        {
            if (!SessionPageEnv::init() || !store.open(dir.filePath(QStringLiteral("sdr-sender.db"))))
                return false;
            settings = std::make_unique<Settings>(&store);
            if (!settings->setGlobal(SettingKeys::BrowserRefusedRetrySecs, retrySecs))
                return false;
            refusal = std::make_unique<BrowserRefusal>(QStringLiteral("sdr_john"), page.get(), settings.get(),
                                                       &clock);
            return true;
        }
        // As the session has it: a refusal is handed to BrowserRefusal, WhatsApp's app resets it.
        void followThePage()
        {
            QObject::connect(page.get(), &SessionPage::reported, refusal.get(),
                             [this](const PageSnapshot& shown) {
                                 if (shown.refused)
                                     verdicts << refusal->pageRefused();
                                 else if (shown.state() != ConnectionState::Loading)
                                     refusal->appServed();
                             });
        }
        bool waitForTheCure()
        {
            return EventLoopWait::until([this] { return !page->isRefusalReloadPending(); }, 3000);
        }
    };

private slots:
    void theFirstRefusalGetsTheCureNotTheVerdict()
    {
        Env env;
        QVERIFY(env.init());
        QVERIFY(!env.refusal->pageRefused());
        QCOMPARE(env.page->refusalReloads(), 1);
        QVERIFY(env.page->isRefusalReloadPending());
        QVERIFY(!env.refusal->isRetryPending());
        // Reported again while the reload is under way: still the one cure, still no verdict.
        QVERIFY(!env.refusal->pageRefused());
        QCOMPARE(env.page->refusalReloads(), 1);

        // Refused again after the cure: now it says so, and plans a try again, once.
        QVERIFY(env.waitForTheCure());
        QVERIFY(env.refusal->pageRefused());
        QVERIFY(env.refusal->isRetryPending());
        QVERIFY(env.refusal->pageRefused());
        QCOMPARE(env.page->refusalReloads(), 1);
    }

    void aRefusalThatStaysIsTriedAgainWithTheFullCure()
    {
        Env env;
        QVERIFY(env.init(1));
        QSignalSpy retries(env.refusal.get(), &BrowserRefusal::retryDue);
        QVERIFY(!env.refusal->pageRefused());
        QVERIFY(env.waitForTheCure());
        QVERIFY(env.refusal->pageRefused());
        env.clock.advance(500);
        env.refusal->pageRefused(); // reported again meanwhile: the try is not put off
        env.clock.advance(499);
        EventLoopWait::forMs(50);
        QVERIFY(retries.isEmpty()); // not before its second of the clock
        env.clock.advance(1);
        SDR_TRY_COMPARE(retries.size(), 1);
        QVERIFY(!env.refusal->isRetryPending());

        // The try finds the refusal again: the cure first, as the first time.
        QVERIFY(!env.refusal->pageRefused());
        QCOMPARE(env.page->refusalReloads(), 2);
        QVERIFY(env.waitForTheCure());
        QVERIFY(env.refusal->pageRefused());
        QCOMPARE(env.page->refusalReloads(), 2);
    }

    void theAppServedForgetsTheRefusal()
    {
        Env env;
        QVERIFY(env.init(60));
        QSignalSpy retries(env.refusal.get(), &BrowserRefusal::retryDue);
        QVERIFY(!env.refusal->pageRefused());
        QVERIFY(env.waitForTheCure());
        QVERIFY(env.refusal->pageRefused());
        QVERIFY(env.refusal->isRetryPending());

        env.refusal->appServed();
        QVERIFY(!env.refusal->isRetryPending());
        // Refused another day: the cure again before any verdict.
        QVERIFY(!env.refusal->pageRefused());
        QCOMPARE(env.page->refusalReloads(), 2);
        QVERIFY(retries.isEmpty());
    }

    void theRetryIntervalIsASetting_data()
    {
        QTest::addColumn<int>("setting");
        QTest::addColumn<int>("secs");
        QTest::newRow("an hour") << 3600 << 3600;
        QTest::newRow("one second") << 1 << 1;
        // Settings refuses what is not a wait: the one before stays.
        QTest::newRow("zero") << 0 << 7;
        QTest::newRow("negative") << -30 << 7;
    }
    void theRetryIntervalIsASetting()
    {
        QFETCH(int, setting);
        QFETCH(int, secs);
        Env env;
        QVERIFY(env.init(7));
        QCOMPARE(env.settings->setGlobal(SettingKeys::BrowserRefusedRetrySecs, setting), setting > 0);
        QCOMPARE(env.refusal->retrySecs(), secs);
    }

    void aStaleWorkersRefusalIsCuredWithoutAVerdict()
    {
        Env env;
        QVERIFY(env.init());
        env.followThePage();
        env.server.setRefuseOncePerProfile(true);
        QVERIFY(env.openQrPage());
        QCOMPARE(env.server.refusalCount(), 1);
        QCOMPARE(env.server.pageLoadCount(), 2);
        QCOMPARE(env.page->refusalReloads(), 1);
        QVERIFY(!env.verdicts.isEmpty());
        QVERIFY(!env.verdicts.contains(true));
        QVERIFY(!env.refusal->isRetryPending());
    }

    void anEngineWhatsAppRefusesGetsTheVerdictAfterOneReload()
    {
        Env env;
        QVERIFY(env.init(60));
        env.followThePage();
        env.server.setMinimumChromeVersion(900); // refuses this engine, whatever its version
        QVERIFY(env.page->create());
        SDR_TRY_VERIFY_WITH_TIMEOUT(env.verdicts.contains(true), 15000);
        QCOMPARE(env.page->refusalReloads(), 1);
        QCOMPARE(env.server.pageLoadCount(), 2);
        QCOMPARE(env.server.refusalCount(), 2);
        QVERIFY(env.refusal->isRetryPending());
    }
};

SDR_WEBENGINE_TEST_MAIN(TestBrowserRefusal)
#include "TestBrowserRefusal.moc"
