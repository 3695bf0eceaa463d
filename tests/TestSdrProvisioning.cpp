// A new or re-activated SDR in the CRM gets its session within 15 s (issue 13): the SDR list is read
// with the queue cadence (bounded), and at once when a queue names an SDR the app does not serve.
// The whole core engine against the fake CRM over real HTTP on 127.0.0.1; sdrStarted comes once the
// engine has asked its ChannelProvider for the SDR's session (ensureChannel).
#include "EngineTestEnv.h"
#include "QueuePoller.h"
#include "ResultReporter.h"
#include "SdrDirectory.h"
#include "TryInEventLoop.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

class TestSdrProvisioning : public QObject
{
    Q_OBJECT

    std::unique_ptr<EngineTestEnv> m_env;

    // refreshMs 0: the real cadence from the settings. On the manual clock the engine's timers wait
    // for the test to move m_env->clock.
    void startEngine(int refreshMs, bool onManualClock = false)
    {
        m_env->makeEngine(7, onManualClock);
        m_env->engine->directory()->setRefreshIntervalMs(refreshMs);
        m_env->engine->start();
    }
    int sdrListReads() const { return int(m_env->crm.requests(FakeCrm::Endpoint::Sdrs).size()); }
    static bool startedFor(const QSignalSpy& spy, const QString& sdrId)
    {
        for (const QList<QVariant>& args : spy) {
            if (args.first().value<SdrRecord>().id == sdrId)
                return true;
        }
        return false;
    }
    // Waits for sdrStarted(sdrId); returns the milliseconds it took, or -1.
    static qint64 waitStarted(QSignalSpy& spy, const QString& sdrId, int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (!startedFor(spy, sdrId) && timer.elapsed() < timeoutMs)
            spy.wait(50);
        return startedFor(spy, sdrId) ? timer.elapsed() : -1;
    }

private slots:
    void init()
    {
        qRegisterMetaType<SdrRecord>();
        m_env = std::make_unique<EngineTestEnv>();
        QVERIFY(m_env->open(1000));
        QVERIFY(m_env->settings->setGlobal(SettingKeys::PollIntervalSecs, 1));
        m_env->crm.addSdr("sdr_ana", "Ana", true);
    }
    void cleanup() { m_env.reset(); }

    // The figure behind "within 15 s": with the shipped defaults the list is read at least every
    // 15 s, and never more often than every 15 s however short the queue interval is.
    void theDefaultCadenceIsAtMostFifteenSeconds()
    {
        QVERIFY(m_env->settings->clearGlobal(SettingKeys::PollIntervalSecs));
        const int defaultPoll = m_env->settings->intValue(SettingKeys::PollIntervalSecs);
        QCOMPARE(m_env->settings->source(SettingKeys::PollIntervalSecs), Settings::Source::Default);
        QVERIFY(SdrDirectory::refreshIntervalFor(defaultPoll) <= 15000);
        startEngine(0);
        QVERIFY(m_env->engine->directory()->refreshIntervalMs() <= 15000);
        // Bounded both ways: the CRM is not hammered by a short queue interval, and a long one does
        // not make new SDRs wait longer than the minute of earlier versions.
        QCOMPARE(SdrDirectory::refreshIntervalFor(1), SdrDirectory::kMinRefreshMs);
        QCOMPARE(SdrDirectory::kMinRefreshMs, 15000);
        QCOMPARE(SdrDirectory::refreshIntervalFor(3600), 60000);
        QVERIFY(m_env->settings->setGlobal(SettingKeys::PollIntervalSecs, 30));
        QCOMPARE(m_env->engine->directory()->refreshIntervalMs(), 30000); // read again before every wait
    }

    void aNewAndAReactivatedCrmSdrGetTheirSessionOnTheNextListRead()
    {
        constexpr int kCadenceMs = 400; // the default's 15 s, shortened so the test is fast
        startEngine(kCadenceMs);
        QSignalSpy startedSpy(m_env->engine.get(), &SenderEngine::sdrStarted);
        QSignalSpy stopped(m_env->engine.get(), &SenderEngine::sdrStopped);
        QTRY_COMPARE_WITH_TIMEOUT(m_env->engine->servedSdrs(), QStringList({"sdr_ana"}), 5000);

        // Added in the CRM while the app runs: served within one cadence (plus the request).
        m_env->crm.addSdr("sdr_new", "New", true, "+15551234567");
        qint64 took = waitStarted(startedSpy, "sdr_new", 5000);
        QVERIFY2(took >= 0, "the new SDR was never started");
        QVERIFY2(took <= kCadenceMs + 1000, qPrintable(QStringLiteral("%1 ms").arg(took)));
        const auto record = m_env->sdrs->find("sdr_new");
        QVERIFY(record);
        QCOMPARE(record->source, QStringLiteral("crm"));
        QCOMPARE(record->expectedPhone, QStringLiteral("+15551234567"));
        // The engine itself asked the provider for its session.
        QVERIFY(m_env->provider.isLive("sdr_new"));

        // Deactivated in the CRM: stopped, its session released (its record kept)...
        m_env->crm.setSdrActive("sdr_new", false);
        QTRY_VERIFY_WITH_TIMEOUT(stopped.contains(QVariantList{QStringLiteral("sdr_new")}), 5000);
        QVERIFY(!m_env->engine->servedSdrs().contains("sdr_new"));
        QVERIFY(m_env->sdrs->find("sdr_new"));
        QVERIFY(!m_env->provider.isLive("sdr_new"));
        QCOMPARE(m_env->provider.released(), QStringList{"sdr_new"});

        // ...and re-activated: started again, as fast.
        startedSpy.clear();
        m_env->crm.setSdrActive("sdr_new", true);
        took = waitStarted(startedSpy, "sdr_new", 5000);
        QVERIFY2(took >= 0, "the re-activated SDR was never started again");
        QVERIFY2(took <= kCadenceMs + 1000, qPrintable(QStringLiteral("%1 ms").arg(took)));
        QCOMPARE(m_env->engine->servedSdrs(), QStringList({"sdr_ana", "sdr_new"}));
        QVERIFY(m_env->provider.isLive("sdr_new"));
        QCOMPARE(m_env->provider.ensured().count("sdr_new"), 2);
    }

    // The timer reads the list rarely here (100 s); a queue that names an SDR the app does not serve
    // makes it read the list at once, for a new SDR and for a re-activated one.
    void aQueueNamingAnUnknownSdrReadsTheListAtOnce()
    {
        m_env->crm.addSdr("sdr_off", "Off", false);
        startEngine(100 * 1000, true);
        QSignalSpy startedSpy(m_env->engine.get(), &SenderEngine::sdrStarted);
        SDR_TRY_COMPARE(m_env->engine->servedSdrs(), QStringList({"sdr_ana"}));
        QCOMPARE(sdrListReads(), 1);

        // A new SDR, and one of its leads served in Ana's queue (as while the CRM moves leads). The
        // test polls Ana's queue at once (instead of waiting up to its stretched interval) once reads
        // for unknown ids are allowed again (kMinEarlyGapMs after the previous read, on the clock).
        m_env->advance(SdrDirectory::kMinEarlyGapMs);
        m_env->crm.addSdr("sdr_new", "New", true);
        m_env->crm.addLead("sdr_ana", "lead_of_new", "+905454031918", "Hi", "X", "sdr_new");
        m_env->engine->pollNow("sdr_ana");
        qint64 took = waitStarted(startedSpy, "sdr_new", 5000);
        QVERIFY2(took >= 0, "the SDR named by the queue was never started");
        QVERIFY2(took <= 2000, qPrintable(QStringLiteral("%1 ms").arg(took)));
        QCOMPARE(sdrListReads(), 2);

        // A re-activated SDR named the same way.
        m_env->advance(SdrDirectory::kMinEarlyGapMs);
        m_env->crm.setSdrActive("sdr_off", true);
        m_env->crm.addLead("sdr_ana", "lead_of_off", "+905454031919", "Hi", "X", "sdr_off");
        m_env->engine->pollNow("sdr_ana");
        took = waitStarted(startedSpy, "sdr_off", 5000);
        QVERIFY2(took >= 0, "the re-activated SDR named by the queue was never started");
        QVERIFY2(took <= 2000, qPrintable(QStringLiteral("%1 ms").arg(took)));
        QCOMPARE(sdrListReads(), 3);
        QCOMPARE(m_env->engine->servedSdrs(), QStringList({"sdr_ana", "sdr_new", "sdr_off"}));
    }

    // A queue that keeps naming SDRs the CRM does not list (its reports failing, so the leads stay)
    // does not turn into a list read per poll: one read per unknown id, reads kMinEarlyGapMs apart.
    void unknownSdrIdsDoNotHammerTheCrm()
    {
        m_env->crm.injectFault(FakeCrm::Endpoint::Result, FakeCrmFault::serverError(503), 100000);
        for (int i = 0; i < 5; ++i)
            m_env->crm.addLead("sdr_ana", QStringLiteral("ghost_lead_%1").arg(i), "+905454031918", "Hi", "X",
                               QStringLiteral("ghost_%1").arg(i));
        startEngine(100 * 1000, true);
        SDR_TRY_COMPARE(m_env->engine->servedSdrs(), QStringList({"sdr_ana"}));
        QSignalSpy refreshed(m_env->engine->directory(), &SdrDirectory::refreshed);
        QSignalSpy polled(m_env->engine->poller("sdr_ana"), &QueuePoller::polled);
        // kMinEarlyGapMs + 2.5 s on the clock, one poll (1 s interval, the queue is not empty) per
        // step of 1.5 s; each poll's answer is waited for before the clock moves on.
        for (int step = 1; step <= 5; ++step) {
            m_env->advance(1500);
            SDR_TRY_VERIFY(int(polled.size()) >= step);
        }
        const int polls = int(polled.size());
        QVERIFY2(polls >= 4, qPrintable(QStringLiteral("%1 polls").arg(polls))); // each named 5 ghosts
        SDR_TRY_COMPARE(int(refreshed.size()) + 1, sdrListReads()); // every read answered (+ the first)
        // The first read, one for the ghosts named by the first poll, and at most one more for ghosts
        // named while that one was in flight.
        QVERIFY2(sdrListReads() <= 3, qPrintable(QStringLiteral("%1 reads").arg(sdrListReads())));
        QVERIFY(sdrListReads() >= 2);
        QCOMPARE(m_env->engine->servedSdrs(), QStringList({"sdr_ana"}));
    }

    // While the list fails, the backoff decides: a named SDR does not add reads on top of it.
    void aFailingListIsNotReadEarlier()
    {
        startEngine(100 * 1000, true);
        SDR_TRY_COMPARE(m_env->engine->servedSdrs(), QStringList({"sdr_ana"}));
        QSignalSpy refreshed(m_env->engine->directory(), &SdrDirectory::refreshed);
        // From now on the list answers 429 with Retry-After: 30 s.
        m_env->crm.injectFault(FakeCrm::Endpoint::Sdrs, FakeCrmFault::rateLimited("30"), 100);
        m_env->engine->directory()->refresh();
        SDR_TRY_COMPARE(int(refreshed.size()), 1);
        QCOMPARE(sdrListReads(), 2);
        m_env->crm.addSdr("sdr_new", "New", true);
        m_env->crm.addLead("sdr_ana", "lead_of_new", "+905454031918", "Hi", "X", "sdr_new");
        QSignalSpy polled(m_env->engine->poller("sdr_ana"), &QueuePoller::polled);
        // Polls kMinEarlyGapMs / 2 apart on the clock, each naming sdr_new, up to just before the
        // Retry-After: none of them reads the list.
        for (int i = 1; i <= 3; ++i) {
            m_env->engine->pollNow("sdr_ana");
            SDR_TRY_VERIFY(int(polled.size()) >= i);
            m_env->advance(SdrDirectory::kMinEarlyGapMs / 2);
        }
        m_env->advance(30 * 1000 - 1 - 3 * (SdrDirectory::kMinEarlyGapMs / 2));
        m_env->engine->pollNow("sdr_ana"); // one more round trip: a read sent meanwhile has arrived
        SDR_TRY_VERIFY(int(polled.size()) >= 4);
        QCOMPARE(sdrListReads(), 2);
        QVERIFY(!m_env->engine->servedSdrs().contains("sdr_new"));
        // The backoff's own read, once the Retry-After is over, finds it.
        m_env->crm.clearFaults();
        m_env->advance(2);
        SDR_TRY_VERIFY(m_env->engine->servedSdrs().contains("sdr_new"));
        QCOMPARE(sdrListReads(), 3);
    }
};

QTEST_GUILESS_MAIN(TestSdrProvisioning)
#include "TestSdrProvisioning.moc"
