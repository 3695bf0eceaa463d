// Issue 13: what each awake session's renderer costs (memory, CPU) and the reload policy that
// gives a grown or long-running session a fresh renderer when it is idle, never during a send.
#include "TryInEventLoop.h"
#include "WebEngineTestMain.h"

#include <QSignalSpy>

class TestSessionResources : public QObject
{
    Q_OBJECT

    static int reloadEntries(ActivityLog* activity, const QString& sdrId, const QString& words)
    {
        int count = 0;
        for (const ActivityEntry& entry : activity->entries(sdrId)) {
            if (entry.message.contains(QStringLiteral("reloaded")) && entry.message.contains(words))
                ++count;
        }
        return count;
    }

private slots:
    void theSamplerMeasuresAnAwakeSessionsRendererAndNothingForADiscardedOne()
    {
        SessionTestEnv env;
        QVERIFY(env.init());
        SessionManager* manager = env.makeManager();
        WhatsAppSession* john = env.addSdr(QStringLiteral("sdr_john"));
        WhatsAppSession* ann = env.addSdr(QStringLiteral("sdr_ann"));
        QVERIFY(env.link(john, QStringLiteral("+905551112233")));
        QVERIFY(SessionTestEnv::waitForState(ann, ConnectionState::QrRequired));
        QVERIFY(ann->discard());

        QSignalSpy sampled(manager, &SessionManager::usageSampled);
        manager->sampleUsage();
        QCOMPARE(sampled.count(), 1);
        SessionUsageMap usage = manager->sessionUsage();
        const SessionUsage johns = usage.value(QStringLiteral("sdr_john"));
        QVERIFY(johns.awake);
        QCOMPARE(johns.pid, john->renderProcessPid());
        QVERIFY2(johns.memoryKb > 10 * 1024, qPrintable(QString::number(johns.memoryKb)));
        QVERIFY(johns.proportional);      // Linux >= 4.14: PSS
        QCOMPARE(johns.cpuPercent, -1.0); // one reading: no rate yet
        QVERIFY(johns.awakeSince.isValid());
        const SessionUsage anns = usage.value(QStringLiteral("sdr_ann"));
        QVERIFY(usage.contains(QStringLiteral("sdr_ann")));
        QVERIFY(!anns.awake);
        QCOMPARE(anns.pid, qint64(0));
        QCOMPARE(anns.memoryKb, qint64(-1));

        EventLoopWait::forMs(300);
        manager->sampleUsage();
        QVERIFY(manager->sessionUsage().value(QStringLiteral("sdr_john")).cpuPercent >= 0);
        QCOMPARE(manager->policyReloads(), 0); // 1 GB by default: nothing to reload
    }

    void aSessionOverTheMemoryLimitIsReloadedWhenIdleNotDuringASendAndKeepsItsLink()
    {
        SessionTestEnv env;
        QVERIFY(env.init());
        QVERIFY(env.settings->setGlobal(SettingKeys::SessionReloadMemoryMb, 1)); // every page is over it
        SessionManager* manager = env.makeManager();
        manager->setActivityLog(env.activity.get());
        WhatsAppSession* john = env.addSdr(QStringLiteral("sdr_john"));
        QVERIFY(env.link(john, QStringLiteral("+905551112233")));
        const qint64 firstPid = john->renderProcessPid();

        // A send is running (its confirmation held back): the sample finds the page too big, but
        // the reload waits for the send.
        env.server.holdConfirmations(true);
        QSignalSpy sent(john, &MessageChannel::sendFinished);
        QSignalSpy reloaded(manager, &SessionManager::sessionReloaded);
        john->send(QStringLiteral("r1"), QStringLiteral("447700900124"), QStringLiteral("first"));
        SDR_TRY_COMPARE_WITH_TIMEOUT(env.server.messages().size(), 1, 15000);
        QVERIFY(john->isBusy());
        manager->sampleUsage();
        manager->evaluateHibernation();
        QCOMPARE(reloaded.count(), 0);
        QCOMPARE(john->renderProcessPid(), firstPid);
        QCOMPARE(john->state(), ConnectionState::Connected);

        env.server.holdConfirmations(false);
        QVERIFY(sent.wait(15000));
        QCOMPARE(int(sent.first().at(1).value<SendOutcome>().result), int(SendOutcome::Result::Sent));
        // Idle now: the next tick reloads it, says why in the activity log, and the link stays.
        manager->evaluateHibernation();
        QCOMPARE(reloaded.count(), 1);
        QVERIFY(reloaded.first().at(1).toString().contains(QStringLiteral("limit 1 MB")));
        QCOMPARE(reloadEntries(env.activity.get(), QStringLiteral("sdr_john"), QStringLiteral("limit 1 MB")),
                 1);
        QVector<ConnectionState> seen;
        connect(john, &MessageChannel::stateChanged, this, [&](ConnectionState s) { seen.append(s); });
        QVERIFY(SessionTestEnv::waitForState(john, ConnectionState::Connected));
        QVERIFY(!seen.contains(ConnectionState::QrRequired));
        QVERIFY(john->renderProcessPid() > 0);
        QVERIFY(john->renderProcessPid() != firstPid);
        // The send went out exactly once.
        EventLoopWait::forMs(500);
        QCOMPARE(sent.count(), 1);
        QCOMPARE(env.server.messages().size(), 1);
    }

    void aSessionAwakeLongerThanTheLimitIsReloadedAndOneOnScreenWaits()
    {
        SessionTestEnv env;
        QVERIFY(env.init());
        // The idle hibernation (1 h in SessionTestEnv) must not put it to sleep first: at most 1 day.
        QVERIFY(env.settings->setGlobal(SettingKeys::HibernateIdleSecs, 86400));
        SessionManager* manager = env.makeManager();
        manager->setActivityLog(env.activity.get());
        WhatsAppSession* john = env.addSdr(QStringLiteral("sdr_john"));
        QVERIFY(env.link(john, QStringLiteral("+905551112233")));
        const qint64 firstPid = john->renderProcessPid();
        john->setVisibleToUser(true);

        env.clock.advance(23LL * 3600 * 1000);
        manager->evaluateHibernation();
        QCOMPARE(manager->policyReloads(), 0);
        env.clock.advance(2LL * 3600 * 1000); // 25 h awake (default limit: 24 h)
        manager->evaluateHibernation();
        QCOMPARE(manager->policyReloads(), 0); // on screen: a person may be typing in it

        john->setVisibleToUser(false);
        manager->evaluateHibernation();
        QCOMPARE(manager->policyReloads(), 1);
        QCOMPARE(
            reloadEntries(env.activity.get(), QStringLiteral("sdr_john"), QStringLiteral("limit 24 hours")),
            1);
        QVERIFY(SessionTestEnv::waitForState(john, ConnectionState::Connected));
        QVERIFY(john->renderProcessPid() != firstPid);
        // Awake time counts afresh from the reload.
        env.clock.advance(60 * 1000);
        manager->evaluateHibernation();
        QCOMPARE(manager->policyReloads(), 1);
    }
};

SDR_WEBENGINE_TEST_MAIN(TestSessionResources)
#include "TestSessionResources.moc"
