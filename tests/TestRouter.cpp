#include "LeadParser.h"
#include "Outbox.h"
#include "QueueTestEnv.h"
#include "Router.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

namespace {
QJsonObject lead(const QString& id, const QString& assigned = QStringLiteral("sdr_a"),
                 const QString& phone = QStringLiteral("+905454031918"))
{
    return {{"id", id}, {"assigned_sdr_id", assigned}, {"phone", phone}, {"message", "Hi " + id}};
}
QueueFetch fetchOf(const QJsonArray& leads, int limit = 20, const QString& sdrId = QStringLiteral("sdr_a"))
{
    QueueFetch fetch;
    fetch.parsed = LeadParser::parseQueue(QJsonDocument(QJsonObject{{"leads", leads}}).toJson(), sdrId);
    fetch.ok = fetch.parsed.ok;
    fetch.complete = fetch.parsed.entries < limit;
    return fetch;
}
// Leads announced as queued for sdrId (Outbox::entryChanged: how a Dispatcher learns of new work).
int queuedFor(const QSignalSpy& spy, const QString& sdrId)
{
    int count = 0;
    for (const QList<QVariant>& args : spy) {
        if (args.at(1).toString() == sdrId && args.at(2).value<OutboxState>() == OutboxState::Queued)
            ++count;
    }
    return count;
}
} // namespace

class TestRouter : public QObject
{
    Q_OBJECT

private slots:
    void routesOnceAndRecordsRejections()
    {
        QueueTestEnv env;
        QVERIFY(env.open());
        Outbox outbox(env.store.get(), &env.clock);
        Router router(&outbox, env.activity.get());
        QSignalSpy changed(&outbox, &Outbox::entryChanged); // what each Dispatcher hears

        const QJsonArray leads{lead("l1"), lead("l2"), lead("mismatch", "sdr_b"),
                               lead("badphone", "sdr_a", "12"),
                               QJsonObject{{"assigned_sdr_id", "sdr_a"}, {"phone", "+15551234567"}}};
        auto summary = router.route("sdr_a", fetchOf(leads), "crm");
        QCOMPARE(summary.queued, 2);
        QCOMPARE(summary.rejected, 2);
        QCOMPARE(queuedFor(changed, "sdr_a"), 2);
        QCOMPARE(outbox.find("mismatch")->state, OutboxState::Failed);
        QCOMPARE(outbox.find("mismatch")->error, QStringLiteral("routing_mismatch"));
        QCOMPARE(outbox.find("mismatch")->sdrId, QStringLiteral("sdr_a")); // reported by the polled SDR
        QCOMPARE(outbox.find("badphone")->error, QStringLiteral("invalid_phone"));
        QVERIFY(env.activityContains("without a usable id"));

        // The CRM returns the same leads until results are posted: nothing changes.
        summary = router.route("sdr_a", fetchOf(leads), "crm");
        QCOMPARE(summary.queued, 0);
        QCOMPARE(summary.known, 2);
        QCOMPARE(summary.rejected, 0);
        QCOMPARE(outbox.count(OutboxState::Queued, "sdr_a"), 2);
        QCOMPARE(outbox.count(OutboxState::Failed, "sdr_a"), 2);
        QCOMPARE(outbox.count(OutboxState::Queued, "sdr_b"), 0);
    }

    void aLeadSentIsNeverQueuedAgain()
    {
        QueueTestEnv env;
        QVERIFY(env.open());
        Outbox outbox(env.store.get(), &env.clock);
        Router router(&outbox, env.activity.get());
        router.route("sdr_a", fetchOf({lead("l1")}), "crm");
        QVERIFY(outbox.beginSend("l1"));
        QVERIFY(outbox.markSent("l1", env.clock.now()));
        router.route("sdr_a", fetchOf({lead("l1")}), "crm");
        QCOMPARE(outbox.find("l1")->state, OutboxState::Sent);
        QVERIFY(!outbox.nextQueued("sdr_a"));
    }

    void failedPollRoutesNothing()
    {
        QueueTestEnv env;
        QVERIFY(env.open());
        Outbox outbox(env.store.get(), &env.clock);
        Router router(&outbox, env.activity.get());
        QueueFetch fetch;
        fetch.ok = false;
        fetch.error = "not json";
        const auto summary = router.route("sdr_a", fetch, "crm");
        QCOMPARE(summary.queued + summary.rejected + summary.cancelled, 0);
    }

    void leadsTakenAwayAreCancelledWhenTheQueueIsComplete()
    {
        QueueTestEnv env;
        QVERIFY(env.open());
        Outbox outbox(env.store.get(), &env.clock);
        Router router(&outbox, env.activity.get());
        router.route("sdr_a", fetchOf({lead("l1"), lead("l2"), lead("l3")}), "crm");
        QVERIFY(outbox.beginSend("l3"));
        // A partial page (as many entries as the limit) proves nothing about l2.
        auto summary = router.route("sdr_a", fetchOf({lead("l1")}, 1), "crm");
        QCOMPARE(summary.cancelled, 0);
        // A complete answer without l2: it was taken away. l3 (sending) is left alone.
        summary = router.route("sdr_a", fetchOf({lead("l1")}, 20), "crm");
        QCOMPARE(summary.cancelled, 1);
        QCOMPARE(outbox.find("l2")->state, OutboxState::Cancelled);
        QCOMPARE(outbox.find("l1")->state, OutboxState::Queued);
        QCOMPARE(outbox.find("l3")->state, OutboxState::Sending);
        // Local leads are never cancelled this way.
        router.route("sdr_b", fetchOf({lead("x1", "sdr_b")}, 20, "sdr_b"), "local");
        summary = router.route("sdr_b", fetchOf({}, 20, "sdr_b"), "local");
        QCOMPARE(summary.cancelled, 0);
    }

    // The CRM moves a lead from sdr_a to sdr_b: sdr_a's complete queue no longer has it (cancelled
    // there), then sdr_b's queue returns it. It must be queued for sdr_b, not ignored as "known".
    void aReassignedLeadIsTakenOverByItsNewSdr()
    {
        QueueTestEnv env;
        QVERIFY(env.open());
        Outbox outbox(env.store.get(), &env.clock);
        Router router(&outbox, env.activity.get());
        QSignalSpy changed(&outbox, &Outbox::entryChanged); // what each Dispatcher hears
        router.route("sdr_a", fetchOf({lead("moved"), lead("stays")}), "crm");
        auto summary = router.route("sdr_a", fetchOf({lead("stays")}), "crm");
        QCOMPARE(summary.cancelled, 1);
        QCOMPARE(outbox.find("moved")->state, OutboxState::Cancelled);

        changed.clear();
        QJsonObject moved = lead("moved", "sdr_b");
        moved["message"] = "Hi from B";
        summary = router.route("sdr_b", fetchOf({moved}, 20, "sdr_b"), "crm");
        QCOMPARE(summary.queued, 1);
        QCOMPARE(queuedFor(changed, "sdr_b"), 1);
        QCOMPARE(queuedFor(changed, "sdr_a"), 0);
        const auto entry = outbox.find("moved");
        QVERIFY(entry);
        QCOMPARE(entry->state, OutboxState::Queued);
        QCOMPARE(entry->sdrId, QStringLiteral("sdr_b"));
        QCOMPARE(entry->message, QStringLiteral("Hi from B"));
        QCOMPARE(outbox.nextQueued("sdr_b")->leadId, QStringLiteral("moved"));
        QCOMPARE(outbox.nextQueued("sdr_a")->leadId, QStringLiteral("stays"));
        // Returned again: now it is known, nothing changes.
        summary = router.route("sdr_b", fetchOf({moved}, 20, "sdr_b"), "crm");
        QCOMPARE(summary.queued, 0);
        QCOMPARE(summary.known, 1);
    }

    // A transiently empty (but complete) answer cancels a queued lead; when the lead comes back in the
    // same SDR's queue it is queued again, never stranded in `cancelled`.
    void aCancelledLeadReturnedAgainIsQueuedAgain()
    {
        QueueTestEnv env;
        QVERIFY(env.open());
        Outbox outbox(env.store.get(), &env.clock);
        Router router(&outbox, env.activity.get());
        router.route("sdr_a", fetchOf({lead("l1")}), "crm");
        QCOMPARE(router.route("sdr_a", fetchOf({}), "crm").cancelled, 1);
        QCOMPARE(router.route("sdr_a", fetchOf({lead("l1")}), "crm").queued, 1);
        QCOMPARE(outbox.find("l1")->state, OutboxState::Queued);
        QCOMPARE(outbox.nextQueued("sdr_a")->leadId, QStringLiteral("l1"));
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "TestRouter.moc"
