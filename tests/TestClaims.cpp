// Contract v1.1 §5: two app instances (two data directories, two sender ids) against one CRM
// never serve an SDR together, and hand it over when one stops; against a v1 CRM nothing is
// claimed and the app says so once.
#include "CrmClient.h"
#include "Dispatcher.h"
#include "FakeChannelProvider.h"
#include "FakeCrm.h"
#include "FakeMessageChannel.h"
#include "Outbox.h"
#include "QueueChangeFeed.h"
#include "QueuePoller.h"
#include "QueueTestEnv.h"
#include "ResultReporter.h"
#include "SdrClaims.h"
#include "SdrDirectory.h"
#include "SendOutcome.h"
#include "SenderEngine.h"
#include "SenderIdentity.h"
#include "StatusReporter.h"
#include "SystemClock.h"
#include "TryInEventLoop.h"

#include <QSignalSpy>
#include <QtTest>

namespace {
// One installation: its own store, CRM client, channel (linked to the same phone) and engine.
struct Instance
{
    QueueTestEnv env;
    CrmClient client;
    FakeChannelProvider provider;
    std::unique_ptr<FakeMessageChannel> channel;
    std::unique_ptr<SenderEngine> engine;
    QString senderId;

    bool start(FakeCrm& crm, const QString& host, int claimTtlSecs = 3)
    {
        if (!env.open())
            return false;
        env.disablePacing();
        env.settings->setGlobal(SettingKeys::PollIntervalSecs, 1);
        client.setBaseUrl(crm.url());
        client.setToken("t");
        client.setTimeoutMs(2000);
        // Remote mode: every message goes through the CRM's recorder, shared by both instances.
        channel = std::make_unique<FakeMessageChannel>("sdr_ana", "15550000001");
        channel->setRemoteRecorder(crm.url());
        provider.setChannel("sdr_ana", channel.get());
        engine =
            std::make_unique<SenderEngine>(env.store.get(), env.settings.get(), &clock, &client, &provider,
                                           env.sdrs.get(), env.activity.get(), env.statuses.get());
        senderId = SenderIdentity::loadOrCreate(env.store.get());
        engine->setSenderIdentity(senderId, host);
        engine->setClaimTtlSecs(claimTtlSecs);
        engine->resultReporter()->setBackoff(100, 400);
        engine->start();
        return !senderId.isEmpty();
    }
    SystemClock clock;
};
} // namespace

class TestClaims : public QObject
{
    Q_OBJECT

private slots:
    void senderIdIsKeptPerDataDirectory()
    {
        QueueTestEnv a;
        QVERIFY(a.open());
        const QString id = SenderIdentity::loadOrCreate(a.store.get());
        QVERIFY(!QUuid::fromString(id).isNull());
        QCOMPARE(SenderIdentity::loadOrCreate(a.store.get()), id); // same directory: same sender
        QueueTestEnv b;
        QVERIFY(b.open());
        QVERIFY(SenderIdentity::loadOrCreate(b.store.get()) != id); // another installation
    }

    void twoInstancesNeverSendALeadTwiceAndHandOver()
    {
        FakeCrm crm;
        QVERIFY(crm.start());
        crm.setToken("t");
        crm.setApiVersion("1.1");
        crm.addSdr("sdr_ana", "Ana", true);
        for (int i = 0; i < 6; ++i)
            crm.addLead("sdr_ana", QStringLiteral("l%1").arg(i), QStringLiteral("+9054540319%1").arg(10 + i),
                        QStringLiteral("Hello %1").arg(i));

        Instance desk;
        Instance laptop;
        QVERIFY(desk.start(crm, "desk-3"));
        QVERIFY(laptop.start(crm, "desk-7"));
        QSignalSpy deskHosted(desk.engine.get(), &SenderEngine::sdrHostedElsewhere);
        QSignalSpy laptopHosted(laptop.engine.get(), &SenderEngine::sdrHostedElsewhere);

        QTRY_COMPARE_WITH_TIMEOUT(crm.acceptedResults().size(), 6, 30000);
        QVERIFY(desk.engine->claimsEnabled());
        QVERIFY(laptop.engine->claimsEnabled());
        // Exactly one of them served Ana; the other said where she is hosted.
        const bool deskServed = !desk.channel->sendRequests().isEmpty();
        Instance& host = deskServed ? desk : laptop;
        Instance& other = deskServed ? laptop : desk;
        QVERIFY(other.channel->sendRequests().isEmpty());
        QCOMPARE(host.channel->sendRequests().size(), 6);
        QCOMPARE(crm.claimHolder("sdr_ana"), host.senderId);
        QCOMPARE((deskServed ? laptopHosted : deskHosted).size(), 1);
        // The engine owns the session lifecycle: only the instance holding the claim has a session
        // of Ana's WhatsApp (two would fight over the account).
        QCOMPARE(host.provider.ensured(), QStringList{"sdr_ana"});
        QVERIFY(host.provider.isLive("sdr_ana"));
        QVERIFY(other.provider.ensured().isEmpty());
        QCOMPARE((deskServed ? laptopHosted : deskHosted).first().at(1).toString(),
                 deskServed ? QStringLiteral("desk-3") : QStringLiteral("desk-7"));
        // Polls carried the sender id; none of the other instance's polls went through.
        for (const FakeCrmRequest& request : crm.requests(FakeCrm::Endpoint::Queue))
            QVERIFY(!request.query.queryItemValue("sender_id").isEmpty());

        // The serving one stops cleanly: its claim is released and the other takes Ana over.
        host.engine->shutdown(3000);
        QVERIFY(crm.claimHolder("sdr_ana") != host.senderId);
        QVERIFY(!host.provider.isLive("sdr_ana")); // stopped: its session released
        for (int i = 6; i < 9; ++i)
            crm.addLead("sdr_ana", QStringLiteral("l%1").arg(i), QStringLiteral("+9054540319%1").arg(10 + i),
                        QStringLiteral("Hello %1").arg(i));
        QTRY_COMPARE_WITH_TIMEOUT(crm.acceptedResults().size(), 9, 30000);
        QCOMPARE(crm.claimHolder("sdr_ana"), other.senderId);
        QCOMPARE(other.channel->sendRequests().size(), 3);
        QVERIFY(other.provider.isLive("sdr_ana")); // got its session once it held the claim
        QCOMPARE(crm.duplicateWhatsAppSends(), 0);
        QCOMPARE(int(crm.whatsappSends().size()), 9);
        QVERIFY2(crm.violations().isEmpty(), qPrintable(crm.violations().join('\n')));
        other.engine->shutdown(3000);
    }

    // A claim that cannot be renewed in time is lost: polling and sending stop at once, and start
    // again once the claim is held again.
    void aClaimNotRenewedInTimeStopsSending()
    {
        FakeCrm crm;
        QVERIFY(crm.start());
        crm.setToken("t");
        crm.setApiVersion("1.1");
        crm.addSdr("sdr_ana", "Ana", true);
        crm.addLead("sdr_ana", "l1", "+905454031910", "Hello 1");
        Instance desk;
        QVERIFY(desk.start(crm, "desk-3"));
        QTRY_COMPARE_WITH_TIMEOUT(crm.acceptedResults().size(), 1, 30000);
        QSignalSpy changed(desk.engine->claims(), &SdrClaims::claimChanged);
        crm.injectFault(FakeCrm::Endpoint::Claim, FakeCrmFault::serverError(503), 100000);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 10000); // lapsed after its 3 s ttl
        QCOMPARE(changed.first().at(1).toBool(), false);
        QVERIFY(!desk.engine->canServe("sdr_ana"));
        QVERIFY(desk.env.activityContains("no longer holds the claim"));
        // No polling without it: the poller is stopped, the feed no longer watches the SDR and the
        // dispatcher is paused (nothing can fetch or send l2 until the claim is held again).
        QueuePoller* poller = desk.engine->poller("sdr_ana");
        QVERIFY(!poller->isRunning());
        QVERIFY(!desk.engine->changeFeed()->sdrIds().contains("sdr_ana"));
        QVERIFY(desk.engine->dispatcher("sdr_ana")->isPaused());
        const int polls = int(crm.requests(FakeCrm::Endpoint::Queue).size());
        crm.addLead("sdr_ana", "l2", "+905454031911", "Hello 2");
        desk.engine->pollNow("sdr_ana"); // asked for, still nothing
        QueueTestEnv::settle();
        QVERIFY(!poller->isRunning() && !poller->isInFlight());
        QCOMPARE(int(crm.requests(FakeCrm::Endpoint::Queue).size()), polls);
        QVERIFY(!desk.provider.isLive("sdr_ana")); // and its session went
        QCOMPARE(desk.channel->sendRequests().size(), 1);
        crm.clearFaults();
        QTRY_COMPARE_WITH_TIMEOUT(crm.acceptedResults().size(), 2, 30000);
        QVERIFY(desk.engine->canServe("sdr_ana"));
        QCOMPARE(desk.channel->sendRequests().size(), 2);
        desk.engine->shutdown(3000);
    }

    // Another instance may hold the SDR once this one lost its claim: its WhatsApp session goes
    // (two sessions of one account fight over it), but not under a send already pressed. That
    // send finishes and is recorded, then the channel is released; held again, the session is back.
    void aLostClaimReleasesTheChannelOnceTheSendUnderWayHasFinished()
    {
        FakeCrm crm;
        QVERIFY(crm.start());
        crm.setToken("t");
        crm.setApiVersion("1.1");
        crm.addSdr("sdr_ana", "Ana", true);
        crm.addLead("sdr_ana", "l1", "+905454031910", "Hello 1");
        QueueTestEnv env;
        QVERIFY(env.open());
        env.disablePacing();
        env.settings->setGlobal(SettingKeys::PollIntervalSecs, 1);
        CrmClient client;
        client.setBaseUrl(crm.url());
        client.setToken("t");
        client.setTimeoutMs(2000);
        FakeMessageChannel channel("sdr_ana", "15550000001");
        channel.setAutoAnswer(false); // the send stays under way until the test answers it
        FakeChannelProvider provider;
        provider.setChannel("sdr_ana", &channel);
        SystemClock clock;
        SenderEngine engine(env.store.get(), env.settings.get(), &clock, &client, &provider, env.sdrs.get(),
                            env.activity.get(), env.statuses.get());
        engine.setSenderIdentity(SenderIdentity::loadOrCreate(env.store.get()), "desk-3");
        engine.setClaimTtlSecs(120);
        engine.resultReporter()->setBackoff(100, 400);
        engine.start();
        SDR_TRY_VERIFY_WITH_TIMEOUT(channel.hasPendingSend(), 10000);
        QVERIFY(provider.isLive("sdr_ana"));

        // The CRM gives the claim away (a poll answered 409) and refuses it from now on.
        QSignalSpy changed(engine.claims(), &SdrClaims::claimChanged);
        crm.injectFault(FakeCrm::Endpoint::Claim, FakeCrmFault::serverError(503), 100000);
        engine.claims()->lost("sdr_ana");
        QCOMPARE(changed.size(), 1);
        QVERIFY(!engine.canServe("sdr_ana"));
        QVERIFY(engine.dispatcher("sdr_ana")->isPaused());
        QueueTestEnv::settle();
        QVERIFY(provider.isLive("sdr_ana")); // the send pressed before still runs in this session
        QVERIFY(provider.released().isEmpty());

        SendOutcome sent;
        sent.result = SendOutcome::Result::Sent;
        sent.sentAt = clock.now();
        channel.answerPendingSend(sent, true);
        SDR_TRY_VERIFY(!provider.isLive("sdr_ana"));
        QCOMPARE(provider.released(), QStringList{"sdr_ana"});
        QVERIFY(engine.outbox()->find("l1")->wasSent());       // recorded before the channel went
        QCOMPARE(engine.servedSdrs(), QStringList{"sdr_ana"}); // still kept, waiting for its claim

        // Held again: the session is asked for again and the result goes out.
        crm.clearFaults();
        SDR_TRY_VERIFY_WITH_TIMEOUT(engine.canServe("sdr_ana"), 10000);
        QVERIFY(provider.isLive("sdr_ana"));
        QCOMPARE(provider.ensured(), QStringList({"sdr_ana", "sdr_ana"}));
        SDR_TRY_VERIFY_WITH_TIMEOUT(crm.acceptedResults().contains("l1"), 10000);

        // Lost while nothing is under way: released at once.
        crm.injectFault(FakeCrm::Endpoint::Claim, FakeCrmFault::serverError(503), 100000);
        QVERIFY(!engine.dispatcher("sdr_ana")->isBusy());
        engine.claims()->lost("sdr_ana");
        QVERIFY(!provider.isLive("sdr_ana"));
        QCOMPARE(provider.released(), QStringList({"sdr_ana", "sdr_ana"}));
        engine.stop();
    }

    // §5: a queue poll answered 409 means this instance does not hold the claim any more (the CRM
    // gave it away): sending stops at once, long before the claim's own renewal would notice, and
    // the claim is asked for again right away.
    void aQueuePollAnswered409StopsSendingAtOnceAndClaimsAgain()
    {
        FakeCrm crm;
        QVERIFY(crm.start());
        crm.setToken("t");
        crm.setApiVersion("1.1");
        crm.addSdr("sdr_ana", "Ana", true);
        Instance desk;
        QVERIFY(desk.start(crm, "desk-3", 120));
        QTRY_VERIFY_WITH_TIMEOUT(desk.engine->claims()->holds("sdr_ana"), 10000);
        QSignalSpy changed(desk.engine->claims(), &SdrClaims::claimChanged);
        const int claimsBefore = int(crm.requests(FakeCrm::Endpoint::Claim).size());
        crm.injectFault(FakeCrm::Endpoint::Queue, FakeCrmFault::withStatus(409), 1);
        crm.addLead("sdr_ana", "l1", "+905454031910", "Hello 1"); // the changes feed asks for the queue
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);       // not after the 120 s ttl
        QCOMPARE(changed.first().at(1).toBool(), false);
        QTRY_VERIFY_WITH_TIMEOUT(int(crm.requests(FakeCrm::Endpoint::Claim).size()) > claimsBefore, 5000);
        QVERIFY(changed.size() == 1 || changed.at(1).at(1).toBool()); // lost once, then held again
        QTRY_VERIFY_WITH_TIMEOUT(desk.engine->claims()->holds("sdr_ana"), 10000); // claimed again
        QTRY_COMPARE_WITH_TIMEOUT(crm.acceptedResults().size(), 1, 30000);
        desk.engine->shutdown(3000);
    }

    void aV1CrmIsServedWithoutClaimsAndSaysSoOnce()
    {
        FakeCrm crm;
        QVERIFY(crm.start());
        crm.setToken("t");
        crm.addSdr("sdr_ana", "Ana", true);
        crm.addLead("sdr_ana", "l1", "+905454031910", "Hello");
        Instance desk;
        QVERIFY(desk.start(crm, "desk-3"));
        QTRY_COMPARE_WITH_TIMEOUT(crm.acceptedResults().size(), 1, 30000);
        QVERIFY(!desk.engine->claimsEnabled());
        QVERIFY(crm.requests(FakeCrm::Endpoint::Claim).isEmpty());
        QCOMPARE(desk.provider.ensured(), QStringList{"sdr_ana"}); // no claim needed for its session
        QSignalSpy refreshed(desk.engine->directory(), &SdrDirectory::refreshed);
        desk.engine->directory()->refresh();
        SDR_TRY_COMPARE(refreshed.size(), 1);
        int said = 0;
        for (const ActivityEntry& entry : desk.env.activity->entries())
            said += entry.message.contains("does not support claims") ? 1 : 0;
        QCOMPARE(said, 1);
        for (const FakeCrmRequest& request : crm.requests(FakeCrm::Endpoint::Queue))
            QVERIFY(request.query.queryItemValue("sender_id").isEmpty());
        desk.engine->shutdown(3000);
    }
};

QTEST_GUILESS_MAIN(TestClaims)
#include "TestClaims.moc"
