#include "ManualClock.h"
#include "Outbox.h"
#include "Store.h"
#include "Utc.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {
Lead makeLead(const QString& id, const QString& sdrId = QStringLiteral("sdr_a"))
{
    Lead lead;
    lead.id = id;
    lead.sdrId = sdrId;
    lead.name = QStringLiteral("Name");
    lead.phone = QStringLiteral("+905454031918");
    lead.message = QStringLiteral("Hello\nthere");
    return lead;
}
} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    ManualClock m_clock;
    std::unique_ptr<Outbox> m_outbox;

private slots:
    void init()
    {
        m_store = std::make_unique<Store>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("%1.db").arg(QTest::currentTestFunction()))));
        m_outbox = std::make_unique<Outbox>(m_store.get(), &m_clock);
    }
    void cleanup()
    {
        m_outbox.reset();
        m_store.reset();
    }

    void enqueueIsIdempotentByLeadId()
    {
        QSignalSpy changed(m_outbox.get(), &Outbox::entryChanged);
        QCOMPARE(m_outbox->enqueue(makeLead("l1")), Outbox::Insert::Inserted);
        QCOMPARE(m_outbox->enqueue(makeLead("l1")), Outbox::Insert::AlreadyKnown);
        QCOMPARE(m_outbox->enqueue(makeLead("l1")), Outbox::Insert::AlreadyKnown);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_outbox->count(OutboxState::Queued), 1);
        const auto entry = m_outbox->find("l1");
        QVERIFY(entry);
        QCOMPARE(entry->sdrId, QStringLiteral("sdr_a"));
        QCOMPARE(entry->message, QStringLiteral("Hello\nthere"));
    }

    // Only a cancelled row (never sent, never reported) is taken over by a later enqueue; rows in any
    // other state are never touched, whoever returns the lead.
    void onlyCancelledRowsAreTakenOver()
    {
        QCOMPARE(m_outbox->enqueue(makeLead("gone")), Outbox::Insert::Inserted);
        QVERIFY(m_outbox->cancel("gone", "reassigned"));
        QSignalSpy changed(m_outbox.get(), &Outbox::entryChanged);
        Lead again = makeLead("gone", "sdr_b");
        again.message = QStringLiteral("new text");
        QCOMPARE(m_outbox->enqueue(again), Outbox::Insert::Inserted);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(1).toString(), QStringLiteral("sdr_b"));
        auto entry = m_outbox->find("gone");
        QCOMPARE(entry->state, OutboxState::Queued);
        QCOMPARE(entry->sdrId, QStringLiteral("sdr_b"));
        QCOMPARE(entry->message, QStringLiteral("new text"));
        QVERIFY(entry->attemptId.isEmpty());

        // Being sent: untouched, whoever returns it.
        m_outbox->enqueue(makeLead("s1"));
        QVERIFY(m_outbox->beginSend("s1"));
        QCOMPARE(m_outbox->enqueue(makeLead("s1", "sdr_b")), Outbox::Insert::AlreadyKnown);
        QCOMPARE(m_outbox->find("s1")->state, OutboxState::Sending);
        QCOMPARE(m_outbox->find("s1")->sdrId, QStringLiteral("sdr_a"));
        // Sent and accepted, served again by the same SDR's queue: nothing to do.
        QVERIFY(m_outbox->markSent("s1", m_clock.now()));
        QVERIFY(m_outbox->markReported("s1"));
        QCOMPARE(m_outbox->enqueue(makeLead("s1")), Outbox::Insert::AlreadyKnown);
        entry = m_outbox->find("s1");
        QCOMPARE(entry->state, OutboxState::Reported);
        QCOMPARE(entry->sdrId, QStringLiteral("sdr_a"));
    }

    // Deliver 4: a known lead served to another SDR is taken over when it was never sent, or its
    // existing result is reported again (same attempt) when it was; never sent twice.
    void movedLeadsAreTakenOverOrReportedAgain()
    {
        // Queued under sdr_a, reassigned to sdr_b before sdr_a sent it.
        QCOMPARE(m_outbox->enqueue(makeLead("q1")), Outbox::Insert::Inserted);
        QCOMPARE(m_outbox->enqueue(makeLead("q1", "sdr_b")), Outbox::Insert::TakenOver);
        QCOMPARE(m_outbox->find("q1")->sdrId, QStringLiteral("sdr_b"));
        QCOMPARE(m_outbox->find("q1")->state, OutboxState::Queued);

        // Recorded as routing_mismatch under the wrong SDR (and reported): its owner takes it.
        RejectedLead mismatch;
        mismatch.id = "r1";
        mismatch.sdrId = "sdr_a";
        mismatch.phone = "+905454031918";
        mismatch.message = "Hello";
        mismatch.error = "routing_mismatch";
        QCOMPARE(m_outbox->recordRejected(mismatch), Outbox::Insert::Inserted);
        QVERIFY(m_outbox->markReported("r1"));
        QCOMPARE(m_outbox->enqueue(makeLead("r1", "sdr_b")), Outbox::Insert::TakenOver);
        auto entry = m_outbox->find("r1");
        QCOMPARE(entry->state, OutboxState::Queued);
        QCOMPARE(entry->sdrId, QStringLiteral("sdr_b"));
        QVERIFY(entry->error.isEmpty());
        QVERIFY(entry->attemptId.isEmpty());
        QCOMPARE(m_outbox->nextQueued("sdr_b")->leadId, QStringLiteral("q1"));

        // Sent by sdr_a, reassigned to sdr_b: reported again with the same attempt, never resent.
        m_outbox->enqueue(makeLead("s1"));
        const QString attempt = m_outbox->beginSend("s1")->attemptId;
        QVERIFY(m_outbox->markSent("s1", m_clock.now()));
        QVERIFY(m_outbox->markReported("s1", "CRM: no longer assigned to this SDR (409)"));
        QSignalSpy changed(m_outbox.get(), &Outbox::entryChanged);
        QCOMPARE(m_outbox->enqueue(makeLead("s1", "sdr_b")), Outbox::Insert::ReportAgain);
        entry = m_outbox->find("s1");
        QCOMPARE(entry->state, OutboxState::Sent);
        QCOMPARE(entry->sdrId, QStringLiteral("sdr_b"));
        QCOMPARE(entry->attemptId, attempt);
        QCOMPARE(entry->attempts, 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_outbox->pendingReports(m_clock.now()).size(), 1);
        QVERIFY(!m_outbox->nextQueued("sdr_b") || m_outbox->nextQueued("sdr_b")->leadId != "s1");

        // A 409'd sent lead served again by the same SDR: reported again too (no dead end).
        QVERIFY(m_outbox->markReported("s1", "CRM: no longer assigned to this SDR (409)"));
        QCOMPARE(m_outbox->enqueue(makeLead("s1", "sdr_b")), Outbox::Insert::ReportAgain);
        QCOMPARE(m_outbox->find("s1")->state, OutboxState::Sent);

        // Deactivated SDR: its queued leads are cancelled, and taken over when served elsewhere.
        m_outbox->enqueue(makeLead("c1", "sdr_c"));
        m_outbox->enqueue(makeLead("c2", "sdr_c"));
        QCOMPARE(m_outbox->cancelQueued("sdr_c", "SDR deactivated"), 2);
        QCOMPARE(m_outbox->count(OutboxState::Queued, "sdr_c"), 0);
        QCOMPARE(m_outbox->enqueue(makeLead("c1", "sdr_a")), Outbox::Insert::Inserted);
        QCOMPARE(m_outbox->find("c1")->sdrId, QStringLiteral("sdr_a"));
    }

    // A lead failed straight from `queued` still reports with an attempt id of its own.
    void failingAQueuedLeadGivesItAnAttemptId()
    {
        m_outbox->enqueue(makeLead("q1"));
        QVERIFY(m_outbox->markFailed("q1", "invalid_phone", "stored phone is invalid"));
        const auto failed = m_outbox->find("q1");
        QCOMPARE(failed->state, OutboxState::Failed);
        QVERIFY(!QUuid::fromString(failed->attemptId).isNull());

        // Requeued after an attempt, then failed: a new id, not the earlier attempt's.
        m_outbox->enqueue(makeLead("q2"));
        const QString first = m_outbox->beginSend("q2")->attemptId;
        QVERIFY(m_outbox->requeue("q2", "nothing typed"));
        QVERIFY(m_outbox->markFailed("q2", "invalid_phone", QString()));
        const QString second = m_outbox->find("q2")->attemptId;
        QVERIFY(!QUuid::fromString(second).isNull());
        QVERIFY(second != first);

        // Failed while sending: the attempt's own id is kept (the report belongs to that attempt).
        m_outbox->enqueue(makeLead("q3"));
        const QString attempt = m_outbox->beginSend("q3")->attemptId;
        QVERIFY(m_outbox->markFailed("q3", "not_on_whatsapp", QString()));
        QCOMPARE(m_outbox->find("q3")->attemptId, attempt);
    }

    void fullHappyPathAndAttemptIds()
    {
        m_outbox->enqueue(makeLead("l1"));
        const auto sending = m_outbox->beginSend("l1");
        QVERIFY(sending);
        QCOMPARE(sending->state, OutboxState::Sending);
        QCOMPARE(sending->attempts, 1);
        QVERIFY(!QUuid::fromString(sending->attemptId).isNull());
        // Cannot begin twice.
        QVERIFY(!m_outbox->beginSend("l1"));
        QVERIFY(m_outbox->markSent("l1", m_clock.now()));
        QVERIFY(!m_outbox->markSent("l1", m_clock.now()));
        QVERIFY(!m_outbox->requeue("l1", {})); // a sent lead never goes back to the queue
        QCOMPARE(m_outbox->pendingReports(m_clock.now()).size(), 1);
        QVERIFY(m_outbox->markReported("l1"));
        const auto reported = m_outbox->find("l1");
        QCOMPARE(reported->state, OutboxState::Reported);
        QCOMPARE(reported->attemptId, sending->attemptId);
        QVERIFY(reported->wasSent());
        QVERIFY(m_outbox->pendingReports(m_clock.now()).isEmpty());
        QVERIFY(!m_outbox->beginSend("l1"));
    }

    void requeueGivesANewAttemptId()
    {
        m_outbox->enqueue(makeLead("l1"));
        const QString first = m_outbox->beginSend("l1")->attemptId;
        QVERIFY(m_outbox->requeue("l1", "session_logged_out"));
        const auto second = m_outbox->beginSend("l1");
        QVERIFY(second->attemptId != first);
        QCOMPARE(second->attempts, 2);
    }

    void uncertainResendAndDrop()
    {
        m_outbox->enqueue(makeLead("l1"));
        m_outbox->enqueue(makeLead("l2"));
        QVERIFY(m_outbox->beginSend("l1"));
        QVERIFY(m_outbox->beginSend("l2"));
        QVERIFY(m_outbox->markUncertain("l1", "could not verify"));
        QVERIFY(m_outbox->markUncertain("l2", "could not verify"));
        QVERIFY(m_outbox->pendingReports(m_clock.now()).isEmpty()); // held: nothing to report yet
        QVERIFY(!m_outbox->dropUncertain("missing"));
        QVERIFY(m_outbox->resendUncertain("l1"));
        // Back to `sending` with the same attempt: the chat is checked before it is queued again.
        QCOMPARE(m_outbox->find("l1")->state, OutboxState::Sending);
        QVERIFY(m_outbox->find("l1")->resendApproved);
        QCOMPARE(m_outbox->find("l1")->attempts, 1);
        QVERIFY(m_outbox->dropUncertain("l2"));
        const auto dropped = m_outbox->find("l2");
        QCOMPARE(dropped->state, OutboxState::Failed);
        QCOMPARE(dropped->error, QStringLiteral("send_timeout"));
        QVERIFY(!m_outbox->resendUncertain("l2"));
    }

    void rejectedLeadIsFailedOnceAndNeverQueued()
    {
        RejectedLead rejected;
        rejected.id = "bad";
        rejected.sdrId = "sdr_a";
        rejected.error = "invalid_phone";
        rejected.detail = "too short";
        QCOMPARE(m_outbox->recordRejected(rejected), Outbox::Insert::Inserted);
        QCOMPARE(m_outbox->recordRejected(rejected), Outbox::Insert::AlreadyKnown);
        QCOMPARE(m_outbox->enqueue(makeLead("bad")), Outbox::Insert::AlreadyKnown);
        const auto entry = m_outbox->find("bad");
        QCOMPARE(entry->state, OutboxState::Failed);
        QVERIFY(!entry->attemptId.isEmpty());
        QVERIFY(!m_outbox->nextQueued("sdr_a"));
        RejectedLead noId = rejected;
        noId.id.clear();
        QCOMPARE(m_outbox->recordRejected(noId), Outbox::Insert::Error);
    }

    void reportRetrySchedule()
    {
        m_outbox->enqueue(makeLead("l1"));
        QVERIFY(m_outbox->beginSend("l1"));
        QVERIFY(m_outbox->markFailed("l1", "not_on_whatsapp", {}));
        QVERIFY(m_outbox->scheduleReportRetry("l1", m_clock.now().addSecs(30)));
        QVERIFY(m_outbox->pendingReports(m_clock.now()).isEmpty());
        QCOMPARE(m_outbox->nextReportDue(), m_clock.now().addSecs(30));
        m_clock.advance(30 * 1000);
        const auto due = m_outbox->pendingReports(m_clock.now());
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().reportAttempts, 1);
    }

    void nextQueuedIsOldestLeadPerSdr()
    {
        Lead newer = makeLead("newer");
        newer.createdAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Utc::zone());
        Lead older = makeLead("older");
        older.createdAt = QDateTime(QDate(2026, 11, 19), QTime(9, 0), Utc::zone());
        m_outbox->enqueue(newer);
        m_outbox->enqueue(older);
        m_outbox->enqueue(makeLead("other", "sdr_b"));
        QCOMPARE(m_outbox->nextQueued("sdr_a")->leadId, QStringLiteral("older"));
        QCOMPARE(m_outbox->nextQueued("sdr_b")->leadId, QStringLiteral("other"));
        QVERIFY(!m_outbox->nextQueued("sdr_c"));
    }

    void cancelOnlyQueued()
    {
        m_outbox->enqueue(makeLead("l1"));
        m_outbox->enqueue(makeLead("l2"));
        QVERIFY(m_outbox->beginSend("l2"));
        QVERIFY(m_outbox->cancel("l1", "gone"));
        QVERIFY(!m_outbox->cancel("l2", "gone"));
        QCOMPARE(m_outbox->find("l1")->state, OutboxState::Cancelled);
    }

    void survivesReopen()
    {
        const QString path = m_store->filePath();
        m_outbox->enqueue(makeLead("l1"));
        const QString attempt = m_outbox->beginSend("l1")->attemptId;
        m_outbox.reset();
        m_store.reset();
        m_store = std::make_unique<Store>();
        QVERIFY(m_store->open(path));
        m_outbox = std::make_unique<Outbox>(m_store.get(), &m_clock);
        const auto entries = m_outbox->entries(OutboxState::Sending, "sdr_a");
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().attemptId, attempt);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "TestOutbox.moc"
