// When each SDR's WhatsApp is looked at for what happened after its sends: modestly, never while it
// has leads to send, sleeping sessions woken only within working hours, one look at a time.
#include "FakeChannelProvider.h"
#include "FakeMessageChannel.h"
#include "FollowUpScheduler.h"
#include "ManualClock.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "Store.h"

#include <QTemporaryDir>
#include <QtTest>

class TestFollowUpScheduler : public QObject
{
    Q_OBJECT

    struct World
    {
        QTemporaryDir dir;
        Store store;
        std::unique_ptr<Settings> settings;
        ManualClock clock;
        FakeChannelProvider channels;
        QHash<QString, QVector<WatchedLead>> watched;
        QSet<QString> sending;
        bool working = true;
        QVector<QPair<QString, FollowUpObservation>> recorded;
        std::unique_ptr<FollowUpScheduler> scheduler;

        bool init()
        {
            if (!store.open(dir.filePath(QStringLiteral("sdr-sender.db"))))
                return false;
            settings = std::make_unique<Settings>(&store);
            FollowUpScheduler::Hooks hooks;
            hooks.watchedSdrs = [this] {
                return QStringList(watched.keyBegin(), watched.keyEnd());
            };
            hooks.watched = [this](const QString& sdrId) {
                return watched.value(sdrId);
            };
            hooks.hasWorkToSend = [this](const QString& sdrId) {
                return sending.contains(sdrId);
            };
            hooks.workingTime = [this](const QString&, const QDateTime&) {
                return working;
            };
            hooks.record = [this](const QString& sdrId, const FollowUpObservation& seen) {
                recorded.append({sdrId, seen});
            };
            scheduler = std::make_unique<FollowUpScheduler>(&channels, settings.get(), &clock, hooks);
            return true;
        }
        static WatchedLead lead(const QString& id, const QString& phone)
        {
            WatchedLead lead;
            lead.leadId = id;
            lead.phoneDigits = phone;
            lead.text = QStringLiteral("Hello");
            return lead;
        }
        // Runs one decision round and lets the channel answer.
        void round()
        {
            scheduler->tick();
            QTest::qWait(20);
        }
    };

private slots:
    void initTestCase() { qRegisterMetaType<QVector<FollowUpObservation>>(); }

    void anAwakeSessionIsLookedAtEveryIntervalAndWhatItSawIsRecorded()
    {
        World w;
        QVERIFY(w.init());
        QCOMPARE(w.settings->intValue(SettingKeys::FollowUpAwakeSecs), 300);
        FakeMessageChannel john(QStringLiteral("sdr_john"), QStringLiteral("905551112233"));
        w.channels.setChannel(QStringLiteral("sdr_john"), &john);
        w.watched.insert(QStringLiteral("sdr_john"),
                         {World::lead(QStringLiteral("l1"), QStringLiteral("15550001"))});
        FollowUpObservation seen;
        seen.leadId = QStringLiteral("l1");
        seen.replied = true;
        seen.replyText = QStringLiteral("<b>Yes</b> 🙂");
        john.scriptFollowUp({seen});

        w.round();
        QCOMPARE(john.followUpLooks().size(), 1);
        QCOMPARE(john.followUpLooks().first().first().leadId, QStringLiteral("l1"));
        QCOMPARE(w.recorded.size(), 1);
        QCOMPARE(w.recorded.first().first, QStringLiteral("sdr_john"));
        QCOMPARE(w.recorded.first().second.replyText, seen.replyText);

        // Not again before the interval...
        w.clock.advance(299 * 1000);
        w.round();
        QCOMPARE(john.followUpLooks().size(), 1);
        // ...and again once it passed.
        w.clock.advance(1000);
        w.round();
        QCOMPARE(john.followUpLooks().size(), 2);
    }

    void neverWhileTheSdrHasLeadsToSendOrTheSessionIsBusy()
    {
        World w;
        QVERIFY(w.init());
        FakeMessageChannel john(QStringLiteral("sdr_john"), QStringLiteral("905551112233"));
        w.channels.setChannel(QStringLiteral("sdr_john"), &john);
        w.watched.insert(QStringLiteral("sdr_john"),
                         {World::lead(QStringLiteral("l1"), QStringLiteral("15550001"))});
        w.sending.insert(QStringLiteral("sdr_john"));
        w.round();
        QCOMPARE(john.followUpLooks().size(), 0);
        w.sending.clear();
        john.setBusy(true);
        w.round();
        QCOMPARE(john.followUpLooks().size(), 0);
        john.setBusy(false);
        w.round();
        QCOMPARE(john.followUpLooks().size(), 1);
    }

    void aSleepingSessionIsWokenRarelyAndOnlyWithinWorkingHours()
    {
        World w;
        QVERIFY(w.init());
        QCOMPARE(w.settings->intValue(SettingKeys::FollowUpWakeSecs), 1800); // at least every 30 min
        FakeMessageChannel john(QStringLiteral("sdr_john"), QStringLiteral("905551112233"));
        john.setState(ConnectionState::Hibernated);
        w.channels.setChannel(QStringLiteral("sdr_john"), &john);
        w.watched.insert(QStringLiteral("sdr_john"),
                         {World::lead(QStringLiteral("l1"), QStringLiteral("15550001"))});

        w.working = false;
        w.round();
        QCOMPARE(john.followUpLooks().size(), 0); // not at night
        w.working = true;
        w.round();
        QCOMPARE(john.followUpLooks().size(), 1);
        // A sleeping session is not woken again at the awake cadence...
        w.clock.advance(600 * 1000);
        w.round();
        QCOMPARE(john.followUpLooks().size(), 1);
        // ...but after follow_up_wake_s.
        w.clock.advance(1200 * 1000);
        w.round();
        QCOMPARE(john.followUpLooks().size(), 2);

        // 0 turns waking for it off; a linked session that is not asleep is still not looked at
        // when it cannot be (logged out).
        QVERIFY(w.settings->setGlobal(SettingKeys::FollowUpWakeSecs, 0));
        w.clock.advance(7200 * 1000);
        w.round();
        QCOMPARE(john.followUpLooks().size(), 2);
        john.setState(ConnectionState::LoggedOut);
        w.round();
        QCOMPARE(john.followUpLooks().size(), 2);
    }

    void oneLookAtATimeAndEverySdrGetsItsTurn()
    {
        World w;
        QVERIFY(w.init());
        FakeMessageChannel john(QStringLiteral("sdr_john"), QStringLiteral("905551112233"));
        FakeMessageChannel ana(QStringLiteral("sdr_ana"), QStringLiteral("5511955501001"));
        john.setAutoAnswerFollowUp(false);
        ana.setAutoAnswerFollowUp(false);
        w.channels.setChannel(QStringLiteral("sdr_john"), &john);
        w.channels.setChannel(QStringLiteral("sdr_ana"), &ana);
        w.watched.insert(QStringLiteral("sdr_john"),
                         {World::lead(QStringLiteral("l1"), QStringLiteral("15550001"))});
        w.watched.insert(QStringLiteral("sdr_ana"),
                         {World::lead(QStringLiteral("l2"), QStringLiteral("15550002"))});

        w.round();
        QVERIFY(w.scheduler->isLooking());
        w.round(); // the first look is still open: no second one
        QCOMPARE(john.followUpLooks().size() + ana.followUpLooks().size(), 1);
        FakeMessageChannel* first = john.followUpLooks().isEmpty() ? &ana : &john;
        FakeMessageChannel* second = first == &john ? &ana : &john;
        first->answerFollowUp();
        QVERIFY(!w.scheduler->isLooking());
        w.round();
        QCOMPARE(second->followUpLooks().size(), 1); // the other SDR's turn
        second->answerFollowUp();

        // A channel that goes away mid-look frees the scheduler.
        w.clock.advance(3600 * 1000);
        {
            FakeMessageChannel gone(QStringLiteral("sdr_gone"), QStringLiteral("15550009"));
            gone.setAutoAnswerFollowUp(false);
            w.channels.setChannel(QStringLiteral("sdr_gone"), &gone);
            w.watched.clear();
            w.watched.insert(QStringLiteral("sdr_gone"),
                             {World::lead(QStringLiteral("l9"), QStringLiteral("15550009"))});
            w.round();
            QVERIFY(w.scheduler->isLooking());
        }
        QVERIFY(!w.scheduler->isLooking());
    }
};

QTEST_GUILESS_MAIN(TestFollowUpScheduler)
#include "TestFollowUpScheduler.moc"
