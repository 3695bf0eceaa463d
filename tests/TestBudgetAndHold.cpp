// What keeps an SDR's number safe before WhatsApp steps in (issue 12): the unanswered budget pauses
// an SDR's sending at 100 % and resumes it when leads reply, old sends age out of 30 days or the
// budget is raised; a lead whose phone another SDR contacted recently is held for a person, who
// sends it anyway or drops it. All on an injected clock.
#include "ContactPolicy.h"
#include "CrmClient.h"
#include "DispatchTestEnv.h"
#include "FakeMessageChannel.h"
#include "FollowUpTracker.h"
#include "SuppressionList.h"
#include "UnansweredBudget.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

class TestBudgetAndHold : public QObject
{
    Q_OBJECT

    std::unique_ptr<DispatchTestEnv> m_env;
    std::unique_ptr<SuppressionList> m_suppression;
    std::unique_ptr<FollowUpTracker> m_tracker;
    std::unique_ptr<UnansweredBudget> m_budget;
    std::unique_ptr<ContactPolicy> m_policy;
    std::unique_ptr<FakeMessageChannel> m_channelA;

    std::unique_ptr<Dispatcher> makeDispatcher(const QString& sdrId)
    {
        auto dispatcher = m_env->makeDispatcher(sdrId);
        dispatcher->setContactPolicy(m_policy.get());
        return dispatcher;
    }
    static QString phoneOf(int i) { return QStringLiteral("+1555000%1").arg(1000 + i); }
    void enqueue(const QString& id, const QString& phone, const QString& sdrId = QStringLiteral("sdr_a"))
    {
        Lead lead;
        lead.id = id;
        lead.sdrId = sdrId;
        lead.phone = phone;
        lead.message = "Hello " + id;
        lead.createdAt = m_env->clock.now();
        QCOMPARE(m_env->outbox->enqueue(lead), Outbox::Insert::Inserted);
    }
    // A lead the SDR sent at the current test time, without the dispatcher.
    void recordSent(const QString& id, const QString& phone, const QString& sdrId)
    {
        enqueue(id, phone, sdrId);
        QVERIFY(m_env->outbox->beginSend(id));
        QVERIFY(m_env->outbox->markSent(id, m_env->clock.now()));
    }
    int sentCount() const { return int(m_channelA->messages().size()); }
    // A budget's answer as text, to compare a kept count with the store's.
    static QString describe(const UnansweredBudget::Usage& usage)
    {
        return QStringLiteral("%1 until %2")
            .arg(usage.used)
            .arg(usage.nextRelease.toString(Qt::ISODateWithMs));
    }
    // What the SQL definition gives now (a budget that follows nothing counts in the store each time).
    QString counted(const QString& sdrId) const
    {
        const UnansweredBudget fresh(m_tracker->repository(), m_env->settings.get(), &m_env->clock);
        return describe(fresh.usage(sdrId));
    }

private slots:
    void init()
    {
        m_env = std::make_unique<DispatchTestEnv>();
        QVERIFY(m_env->open());
        m_suppression =
            std::make_unique<SuppressionList>(m_env->store.get(), &m_env->clock, m_env->activity.get());
        m_tracker =
            std::make_unique<FollowUpTracker>(m_env->store.get(), m_env->settings.get(), &m_env->clock,
                                              m_suppression.get(), m_env->activity.get());
        m_budget =
            std::make_unique<UnansweredBudget>(m_tracker->repository(), m_env->settings.get(), &m_env->clock);
        m_policy = std::make_unique<ContactPolicy>(m_suppression.get(), m_env->outbox.get(), m_budget.get(),
                                                   m_env->settings.get(), &m_env->clock);
        m_channelA = std::make_unique<FakeMessageChannel>("sdr_a", "15550000001");
        m_channelA->setClock(&m_env->clock);
        m_env->provider.setChannel("sdr_a", m_channelA.get());
    }
    void cleanup()
    {
        m_channelA.reset();
        m_policy.reset();
        m_budget.reset();
        m_tracker.reset();
        m_suppression.reset();
        m_env.reset();
    }

    void usageCountsUnansweredSendsOfTheLast30DaysAgainstThePerSdrBudget()
    {
        QCOMPARE(m_budget->usage("sdr_a").budget, 150); // the conservative default
        // Replies to month-old sends still count here (a reply is looked for 14 days by default).
        QVERIFY(m_env->settings->setGlobal(SettingKeys::FollowUpWatchDays, 31));
        QVERIFY(m_env->settings->setGlobal(SettingKeys::UnansweredBudget, 5));
        QVERIFY(m_env->settings->setForSdr("sdr_b", SettingKeys::UnansweredBudget, 100));
        recordSent("old", phoneOf(0), "sdr_a");
        m_env->clock.advance(2LL * 86400 * 1000);
        const QDateTime oldestCounted = m_env->clock.now();
        for (int i = 1; i <= 4; ++i)
            recordSent(QStringLiteral("a%1").arg(i), phoneOf(i), "sdr_a");
        for (int i = 1; i <= 4; ++i)
            recordSent(QStringLiteral("b%1").arg(i), phoneOf(i), "sdr_b");
        m_env->clock.advance(29LL * 86400 * 1000); // "old" is 31 days old: out of the window

        auto a = m_budget->usage("sdr_a");
        QCOMPARE(a.used, 4);
        QCOMPARE(a.budget, 5);
        QCOMPARE(a.percent(), 80);
        QVERIFY(a.near);
        QVERIFY(!a.exhausted);
        QCOMPARE(a.nextRelease, oldestCounted.addDays(30));
        auto b = m_budget->usage("sdr_b");
        QCOMPARE(b.used, 4);
        QCOMPARE(b.budget, 100);
        QVERIFY(!b.near);

        QVERIFY(
            m_tracker->recordObservation("sdr_a", phoneOf(1), FollowUpTracker::Observed::Replied, {}, "ok")
                .ok);
        a = m_budget->usage("sdr_a");
        QCOMPARE(a.used, 3);
        QVERIFY(!a.near);
        // Delivered or read is not an answer.
        QVERIFY(m_tracker->recordObservation("sdr_a", phoneOf(2), FollowUpTracker::Observed::Read).ok);
        QCOMPARE(m_budget->usage("sdr_a").used, 3);
        recordSent("a5", phoneOf(5), "sdr_a");
        recordSent("a6", phoneOf(6), "sdr_a");
        QVERIFY(m_budget->usage("sdr_a").exhausted);
    }

    void theKeptCountEqualsTheStoreAfterSendsRepliesAndTimePassing()
    {
        QVERIFY(m_env->settings->setGlobal(SettingKeys::FollowUpWatchDays, 31));
        QVERIFY(m_env->settings->setGlobal(SettingKeys::UnansweredBudget, 1000));
        m_budget->follow(m_env->outbox.get(), m_tracker.get());
        recordSent("a1", phoneOf(1), "sdr_a");
        m_env->clock.advance(3LL * 86400 * 1000);
        recordSent("a2", phoneOf(2), "sdr_a");
        recordSent("b1", phoneOf(3), "sdr_b");
        QCOMPARE(describe(m_budget->usage("sdr_a")), counted("sdr_a"));
        QCOMPARE(m_budget->keptCount("sdr_a").count, 2);

        // Kept, not counted: a row written behind the budget's back (no signal) is not seen...
        QSqlQuery query(m_env->store->database());
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO outbox(lead_id, sdr_id, name, phone, message, state, created_at, "
                           "updated_at, sent_at) "
                           "VALUES('ghost', 'sdr_a', 'G', '+15550009999', 'Hi', 'sent', '%1', '%1', '%1')")
                .arg(Store::timestamp(m_env->clock.now()))));
        QCOMPARE(m_budget->usage("sdr_a").used, 2);
        // ...until the periodic recount.
        m_env->clock.advance(qint64(UnansweredBudget::RecountSeconds) * 1000);
        QCOMPARE(m_budget->usage("sdr_a").used, 3);
        QCOMPARE(describe(m_budget->usage("sdr_a")), counted("sdr_a"));

        // A send adds one without a read.
        for (int i = 4; i <= 6; ++i) {
            m_env->clock.advance(60 * 1000);
            recordSent(QStringLiteral("a%1").arg(i), phoneOf(i), "sdr_a");
            QCOMPARE(describe(m_budget->usage("sdr_a")), counted("sdr_a"));
        }
        QCOMPARE(m_budget->keptCount("sdr_a").count, 6);
        // A reply takes one out; delivered or read does not.
        QVERIFY(m_tracker->recordObservation("sdr_a", phoneOf(4), FollowUpTracker::Observed::Read).ok);
        QCOMPARE(describe(m_budget->usage("sdr_a")), counted("sdr_a"));
        QVERIFY(
            m_tracker->recordObservation("sdr_a", phoneOf(2), FollowUpTracker::Observed::Replied, {}, "ok")
                .ok);
        QCOMPARE(describe(m_budget->usage("sdr_a")), counted("sdr_a"));
        QCOMPARE(m_budget->usage("sdr_a").used, 5);
        // An opt-out is a reply too.
        QVERIFY(
            m_tracker->recordObservation("sdr_a", phoneOf(5), FollowUpTracker::Observed::Replied, {}, "STOP")
                .ok);
        QCOMPARE(describe(m_budget->usage("sdr_a")), counted("sdr_a"));
        QCOMPARE(m_budget->usage("sdr_a").used, 4);
        // Time passing: a1 (sent first) leaves the 30 days, then the others sent three days later.
        // Ten seconds before a1 is 30 days old, then a second after: the count falls at once, not
        // at the next recount.
        m_env->clock.advance(27LL * 86400 * 1000 - 3 * 60 * 1000 -
                             qint64(UnansweredBudget::RecountSeconds) * 1000 - 10 * 1000);
        QCOMPARE(describe(m_budget->usage("sdr_a")), counted("sdr_a"));
        QCOMPARE(m_budget->usage("sdr_a").used, 4);
        m_env->clock.advance(11 * 1000);
        QCOMPARE(describe(m_budget->usage("sdr_a")), counted("sdr_a"));
        QCOMPARE(m_budget->usage("sdr_a").used, 3);
        QCOMPARE(describe(m_budget->usage("sdr_b")), counted("sdr_b"));
        m_env->clock.advance(3LL * 86400 * 1000);
        QCOMPARE(describe(m_budget->usage("sdr_a")), counted("sdr_a"));
        QCOMPARE(describe(m_budget->usage("sdr_b")), counted("sdr_b"));
        QCOMPARE(m_budget->usage("sdr_b").used, 0);
    }

    void theCountsReadInTheBackgroundAreKeptAndAChangeMeanwhileIsNotOverwritten()
    {
        QVERIFY(m_env->settings->setGlobal(SettingKeys::FollowUpWatchDays, 31));
        QVERIFY(m_env->settings->setGlobal(SettingKeys::UnansweredBudget, 1000));
        m_budget->follow(m_env->outbox.get(), m_tracker.get());
        for (int i = 1; i <= 3; ++i)
            recordSent(QStringLiteral("a%1").arg(i), phoneOf(i), "sdr_a");
        for (int i = 4; i <= 5; ++i)
            recordSent(QStringLiteral("b%1").arg(i), phoneOf(i), "sdr_b");
        recordSent("c6", phoneOf(6), "sdr_c");
        QCOMPARE(m_budget->keptCount("sdr_a").count, -1); // nothing asked yet: nothing kept

        bool ready = false;
        m_budget->prime(m_env->store.get(), [&ready] { ready = true; });
        // Before the read's answer arrives: a reply of sdr_b's lead, which the read may not see.
        QVERIFY(
            m_tracker->recordObservation("sdr_b", phoneOf(4), FollowUpTracker::Observed::Replied, {}, "ok")
                .ok);
        QTRY_VERIFY_WITH_TIMEOUT(ready, 5000);
        // sdr_a and sdr_c come from the read, equal to the SQL definition, with no read of their own.
        QCOMPARE(m_budget->keptCount("sdr_a").count, 3);
        QCOMPARE(m_budget->keptCount("sdr_c").count, 1);
        QCOMPARE(describe(m_budget->usage("sdr_a")), counted("sdr_a"));
        QCOMPARE(describe(m_budget->usage("sdr_c")), counted("sdr_c"));
        // sdr_b changed while the read ran: not taken from it; counted in the store when asked.
        QCOMPARE(m_budget->keptCount("sdr_b").count, -1);
        QCOMPARE(m_budget->usage("sdr_b").used, 1);
        QCOMPARE(describe(m_budget->usage("sdr_b")), counted("sdr_b"));
    }

    void aPauseOnAKeptCountIsCheckedInTheStoreEveryMinute()
    {
        QVERIFY(m_env->settings->setForSdr("sdr_a", SettingKeys::UnansweredBudget, 2));
        m_budget->follow(m_env->outbox.get(), m_tracker.get());
        recordSent("a1", phoneOf(1), "sdr_a");
        recordSent("a2", phoneOf(2), "sdr_a");
        QVERIFY(m_budget->usage("sdr_a").exhausted);
        // A reply the budget was not told of (written behind its back): the pause holds until its
        // count is a minute old, then the store is asked and it ends.
        QSqlQuery query(m_env->store->database());
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO lead_followup(lead_id, sdr_id, phone, sent_at, replied_at, "
                           "updated_at) VALUES('a1', 'sdr_a', '%1', '%2', '%2', '%2') "
                           "ON CONFLICT(lead_id) DO UPDATE SET replied_at = excluded.replied_at")
                .arg(phoneOf(1), Store::timestamp(m_env->clock.now()))));
        QVERIFY(m_budget->usage("sdr_a").exhausted);
        m_env->clock.advance(qint64(UnansweredBudget::PauseRecountSeconds) * 1000);
        QVERIFY(!m_budget->usage("sdr_a").exhausted);
        QCOMPARE(m_budget->usage("sdr_a").used, 1);
        QCOMPARE(describe(m_budget->usage("sdr_a")), counted("sdr_a"));
    }

    void sendingPausesAtTheBudgetAndResumesWhenALeadReplies()
    {
        QVERIFY(m_env->settings->setForSdr("sdr_a", SettingKeys::UnansweredBudget, 3));
        for (int i = 1; i <= 6; ++i)
            enqueue(QStringLiteral("l%1").arg(i), phoneOf(i));
        auto dispatcher = makeDispatcher("sdr_a");
        QSignalSpy paused(dispatcher.get(), &Dispatcher::budgetPauseChanged);
        dispatcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(paused.size(), 1, 5000);
        QCOMPARE(paused.first().at(1).toBool(), true);
        QVERIFY(dispatcher->isBudgetPaused());
        QCOMPARE(sentCount(), 3);
        QCOMPARE(m_env->outbox->count(OutboxState::Queued, "sdr_a"), 3); // waiting, not failed
        m_env->advance(10 * 60 * 1000, 10);
        QCOMPARE(sentCount(), 3);
        QVERIFY(
            m_env->activityContains("Sending paused: 3 of 3 messages of the last 30 days are unanswered"));

        m_env->clock.advance(3600 * 1000);
        QVERIFY(
            m_tracker->recordObservation("sdr_a", phoneOf(2), FollowUpTracker::Observed::Replied, {}, "Yes!")
                .ok);
        dispatcher->wake(); // the engine does this on FollowUpTracker::replied
        QTRY_COMPARE_WITH_TIMEOUT(sentCount(), 4, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(paused.size(), 3, 5000); // resumed, then paused again at 3 of 3
        QCOMPARE(paused.at(1).at(1).toBool(), false);
        QCOMPARE(paused.at(2).at(1).toBool(), true);
        m_env->advance(10 * 60 * 1000, 10);
        QCOMPARE(sentCount(), 4);
    }

    void sendingResumesWhenOldSendsAgeOutOrTheBudgetIsRaised()
    {
        QVERIFY(m_env->settings->setGlobal(SettingKeys::UnansweredBudget, 2));
        for (int i = 1; i <= 6; ++i)
            enqueue(QStringLiteral("l%1").arg(i), phoneOf(i));
        auto dispatcher = makeDispatcher("sdr_a");
        dispatcher->start();
        QTRY_VERIFY_WITH_TIMEOUT(dispatcher->isBudgetPaused(), 5000);
        QCOMPARE(sentCount(), 2);

        // 29 days later the two sends still count...
        m_env->advance(29LL * 86400 * 1000, 29);
        QCOMPARE(sentCount(), 2);
        // ...after 30 they do not: the dispatcher looks again by itself when they age out.
        m_env->clock.advance(1LL * 86400 * 1000 + 1000);
        QTRY_COMPARE_WITH_TIMEOUT(sentCount(), 4, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(dispatcher->isBudgetPaused(), 5000);

        QVERIFY(m_env->settings->setForSdr("sdr_a", SettingKeys::UnansweredBudget, 10));
        dispatcher->wake(); // the engine does this on Settings::changed
        QTRY_COMPARE_WITH_TIMEOUT(sentCount(), 6, 5000);
        QVERIFY(!dispatcher->isBudgetPaused());
    }

    void aPhoneAnotherSdrContactedRecentlyIsHeldForAPerson()
    {
        const QString phone = QStringLiteral("+905454031918");
        recordSent("by_b", phone, "sdr_b");
        m_env->clock.advance(2LL * 86400 * 1000);
        enqueue("held_then_sent", phone);
        enqueue("unrelated", phoneOf(1));
        auto dispatcher = makeDispatcher("sdr_a");
        QSignalSpy held(dispatcher.get(), &Dispatcher::leadHeld);
        dispatcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(held.size(), 1, 5000);
        QCOMPARE(held.first().at(1).toString(), "held_then_sent");
        QTRY_COMPARE_WITH_TIMEOUT(sentCount(), 1, 5000); // the lead behind it was not blocked
        QCOMPARE(m_channelA->messages().first().text, "Hello unrelated");
        const auto entry = m_env->outbox->find("held_then_sent");
        QCOMPARE(entry->state, OutboxState::Held);
        QVERIFY(entry->detail.contains("sdr_b"));
        QCOMPARE(m_env->outbox->count(OutboxState::Held), 1);
        QVERIFY(m_env->activityContains("Lead held_then_sent held for a person"));

        // Send anyway: queued again, and not held a second time.
        QVERIFY(m_env->outbox->sendHeldAnyway("held_then_sent"));
        QVERIFY(!m_env->outbox->sendHeldAnyway("held_then_sent"));
        QTRY_COMPARE_WITH_TIMEOUT(m_env->outbox->find("held_then_sent")->state, OutboxState::Sent, 5000);
        QCOMPARE(held.size(), 1);
        QCOMPARE(sentCount(), 2);
    }

    void aDroppedHoldIsReportedAsRecentlyContactedAndAnOldContactHoldsNothing()
    {
        const QString phone = QStringLiteral("+905454031918");
        recordSent("by_b", phone, "sdr_b");
        m_env->clock.advance(6LL * 86400 * 1000);
        enqueue("dropped", phone);
        auto dispatcher = makeDispatcher("sdr_a");
        QSignalSpy held(dispatcher.get(), &Dispatcher::leadHeld);
        dispatcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(held.size(), 1, 5000);
        QVERIFY(m_env->outbox->dropHeld("dropped"));
        const auto failed = m_env->outbox->find("dropped");
        QCOMPARE(failed->state, OutboxState::Failed);
        QCOMPARE(failed->error, "recently_contacted");
        QVERIFY(!failed->attemptId.isEmpty());
        const QJsonObject payload = CrmClient::resultPayload(*failed);
        QCOMPARE(payload.value("status").toString(), "failed");
        QCOMPARE(payload.value("error").toString(), "recently_contacted");
        const auto due = m_env->outbox->pendingReports(m_env->clock.now());
        QVERIFY(std::any_of(due.cbegin(), due.cend(),
                            [](const OutboxEntry& e) { return e.leadId == "dropped"; }));

        // Eight days after the other SDR's send, the window (7 days) is over: sent as usual.
        m_env->clock.advance(2LL * 86400 * 1000);
        enqueue("later", phone);
        QTRY_COMPARE_WITH_TIMEOUT(m_env->outbox->find("later")->state, OutboxState::Sent, 5000);
        QCOMPARE(held.size(), 1);
        // The hold can be switched off.
        QVERIFY(m_env->settings->setGlobal(SettingKeys::RecentContactDays, 0));
        m_env->clock.advance(60 * 1000);
        recordSent("by_b_again", phone, "sdr_b");
        enqueue("no_hold", phone);
        QTRY_COMPARE_WITH_TIMEOUT(m_env->outbox->find("no_hold")->state, OutboxState::Sent, 5000);
        QCOMPARE(held.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBudgetAndHold)
#include "TestBudgetAndHold.moc"
