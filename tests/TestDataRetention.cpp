// Bounded data: DataRetention against real SQLite files, with a manual clock for the ages.
#include "ConnectionStatus.h"
#include "DataRetention.h"
#include "Outbox.h"
#include "QueueTestEnv.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

namespace {
const QString kSdr = QStringLiteral("sdr_a");

Lead makeLead(const QString& id)
{
    Lead lead;
    lead.id = id;
    lead.sdrId = kSdr;
    lead.name = QStringLiteral("Name of ") + id;
    lead.phone = QStringLiteral("+905454031918");
    lead.message = QStringLiteral("Hello, this is the text of ") + id;
    return lead;
}

qint64 pragma(const Store& store, const char* name)
{
    QSqlQuery query(store.database());
    if (!query.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

int countOf(const Store& store, const QString& sql)
{
    QSqlQuery query(store.database());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}
} // namespace

class TestDataRetention : public QObject
{
    Q_OBJECT

    std::unique_ptr<QueueTestEnv> m_env;
    std::unique_ptr<Outbox> m_outbox;
    QDateTime m_now;

    // Moves the clock to `at`, runs `steps` there, and brings it back.
    template <typename F> void at(const QDateTime& when, F steps)
    {
        m_env->clock.set(when);
        steps();
        m_env->clock.set(m_now);
    }
    // A lead that went out and whose result the CRM accepted, both at `when`.
    bool reported(const QString& id, const QDateTime& when, const QString& source = QStringLiteral("crm"))
    {
        bool ok = false;
        at(when, [&] {
            ok = m_outbox->enqueue(makeLead(id), source) == Outbox::Insert::Inserted &&
                 m_outbox->beginSend(id).has_value() && m_outbox->markSent(id, when) &&
                 m_outbox->markReported(id);
        });
        return ok;
    }
    // Many finished rows at once (raw SQL in one transaction: the volume tests need thousands).
    bool insertReported(int count, const QString& prefix, const QDateTime& when, int messageBytes = 400)
    {
        QSqlDatabase db = m_env->store->database();
        if (!db.transaction())
            return false;
        QSqlQuery query(db);
        query.prepare(QStringLiteral(
            "INSERT INTO outbox(lead_id, sdr_id, name, phone, message, source, state, attempt_id, attempts, "
            "created_at, updated_at, sent_at, reported_at) VALUES(?, ?, 'N', '+905454031918', ?, 'crm', "
            "'reported', 'a', 1, ?, ?, ?, ?)"));
        const QString stamp = Store::timestamp(when);
        for (int i = 0; i < count; ++i) {
            query.addBindValue(QStringLiteral("%1_%2").arg(prefix).arg(i));
            query.addBindValue(kSdr);
            query.addBindValue(QString(messageBytes, QLatin1Char('m')));
            for (int t = 0; t < 4; ++t)
                query.addBindValue(stamp);
            if (!query.exec()) {
                qWarning() << query.lastError().text();
                db.rollback();
                return false;
            }
        }
        return db.commit();
    }
    bool insertActivity(int count, const QDateTime& when)
    {
        QSqlDatabase db = m_env->store->database();
        if (!db.transaction())
            return false;
        QSqlQuery query(db);
        query.prepare(
            QStringLiteral("INSERT INTO activity(at, sdr_id, kind, message) VALUES(?, ?, 'send', ?)"));
        for (int i = 0; i < count; ++i) {
            query.addBindValue(Store::timestamp(when));
            query.addBindValue(kSdr);
            query.addBindValue(
                QStringLiteral("Lead bulk_%1 sent. %2").arg(i).arg(QString(80, QLatin1Char('x'))));
            if (!query.exec()) {
                db.rollback();
                return false;
            }
        }
        return db.commit();
    }
    DataRetention::Summary runPass(DataRetention& retention)
    {
        QSignalSpy finished(&retention, &DataRetention::passFinished);
        retention.runNow();
        if (!finished.wait(60000))
            return {};
        return finished.first().first().value<DataRetention::Summary>();
    }

private slots:
    void init()
    {
        m_env = std::make_unique<QueueTestEnv>();
        QVERIFY(m_env->open());
        m_now = m_env->clock.now();
        m_outbox = std::make_unique<Outbox>(m_env->store.get(), &m_env->clock);
        m_env->addSdr(kSdr);
    }
    void cleanup()
    {
        m_outbox.reset();
        m_env.reset();
    }

    void defaultAgesAreNinetyAndThirtyDays()
    {
        QCOMPARE(m_env->settings->intValue(SettingKeys::RetentionDays), 90);
        QCOMPARE(m_env->settings->intValue(SettingKeys::MessageRetentionDays), 30);
        QVERIFY(m_env->store->usesIncrementalVacuum()); // a new file is created so
    }

    void prunesOldFinishedWorkAndKeepsWhatPendingWorkNeeds()
    {
        const QDateTime old = m_now.addDays(-100);
        const QDateTime month = m_now.addDays(-31);
        const QDateTime recent = m_now.addDays(-1);

        // Finished long ago: go.
        QVERIFY(reported("old_reported", old));
        at(old, [&] {
            QCOMPARE(m_outbox->enqueue(makeLead("old_cancelled")), Outbox::Insert::Inserted);
            QVERIFY(m_outbox->cancel("old_cancelled", "no longer in the CRM queue of this SDR"));
            RejectedLead bad{"old_rejected_reported", kSdr, {}, "invalid_phone", "bad", "N", "+90", "text"};
            QCOMPARE(m_outbox->recordRejected(bad), Outbox::Insert::Inserted);
            QVERIFY(m_outbox->markReported("old_rejected_reported"));
        });
        // Pending, however old: stay whole (with their texts).
        at(old, [&] {
            QCOMPARE(m_outbox->enqueue(makeLead("old_sent_unreported")), Outbox::Insert::Inserted);
            QVERIFY(m_outbox->beginSend("old_sent_unreported"));
            QVERIFY(m_outbox->markSent("old_sent_unreported", old));
            QCOMPARE(m_outbox->enqueue(makeLead("old_failed_unreported")), Outbox::Insert::Inserted);
            QVERIFY(m_outbox->markFailed("old_failed_unreported", "not_on_whatsapp", {}));
            QCOMPARE(m_outbox->enqueue(makeLead("old_uncertain")), Outbox::Insert::Inserted);
            QVERIFY(m_outbox->beginSend("old_uncertain"));
            QVERIFY(m_outbox->markUncertain("old_uncertain", "could not be verified"));
            QCOMPARE(m_outbox->enqueue(makeLead("old_sending")), Outbox::Insert::Inserted);
            QVERIFY(m_outbox->beginSend("old_sending"));
            QCOMPARE(m_outbox->enqueue(makeLead("old_queued")), Outbox::Insert::Inserted);
            // Sent, then the CRM refused the result (409): if it serves the lead again, this row is
            // what makes the app report it instead of sending it twice.
            QCOMPARE(m_outbox->enqueue(makeLead("old_refused_409")), Outbox::Insert::Inserted);
            QVERIFY(m_outbox->beginSend("old_refused_409"));
            QVERIFY(m_outbox->markSent("old_refused_409", old));
            QVERIFY(m_outbox->markReported("old_refused_409", "CRM: no longer assigned to this SDR (409)"));
        });
        // Finished 31 days ago: the row stays, its text goes. Finished yesterday: untouched.
        QVERIFY(reported("month_reported", month));
        at(month, [&] {
            QCOMPARE(m_outbox->enqueue(makeLead("month_cancelled")), Outbox::Insert::Inserted);
            QVERIFY(m_outbox->cancel("month_cancelled", "gone"));
        });
        QVERIFY(reported("recent_reported", recent));

        // CSV-imported leads: a finished old one goes with its local row (or LocalQueueSource would
        // serve it again); a finished one of last month loses its text in both tables; one not yet
        // routed stays whatever its age.
        QSqlQuery local(m_env->store->database());
        local.prepare(
            QStringLiteral("INSERT INTO local_leads(lead_id, sdr_id, name, phone, message, created_at) "
                           "VALUES(?, ?, 'N', '+905454031918', ?, ?)"));
        for (const QString& id :
             {QStringLiteral("csv_old"), QStringLiteral("csv_month"), QStringLiteral("csv_waiting")}) {
            local.addBindValue(id);
            local.addBindValue(kSdr);
            local.addBindValue(QStringLiteral("Imported text of ") + id);
            local.addBindValue(Store::timestamp(old));
            QVERIFY2(local.exec(), qPrintable(local.lastError().text()));
        }
        QVERIFY(reported("csv_old", old, "local"));
        QVERIFY(reported("csv_month", month, "local"));

        // Activity: old lines go, except those naming a lead a person still has to decide on or that
        // is being sent; recent lines stay.
        at(old, [&] {
            QVERIFY(m_env->activity->add({}, "config", "old app-wide line"));
            QVERIFY(m_env->activity->add(kSdr, "send", "Lead old_reported sent."));
            QVERIFY(m_env->activity->add(kSdr, "fail", "Lead old_uncertain could not be verified."));
            QVERIFY(m_env->activity->add(kSdr, "send", "Lead old_sending: Send pressed."));
        });
        at(recent, [&] { QVERIFY(m_env->activity->add(kSdr, "send", "Lead recent_reported sent.")); });

        // A status report the CRM has not taken yet.
        ConnectionStatus status;
        status.sdrId = kSdr;
        status.state = ConnectionState::Connected;
        status.whatsappConnected = true;
        status.updatedAt = old;
        status.reportPending = true;
        QVERIFY(m_env->statuses->save(status));

        DataRetention retention(m_env->store.get(), m_env->settings.get(), &m_env->clock);
        const DataRetention::Summary summary = runPass(retention);
        QVERIFY2(summary.ok, qPrintable(summary.error));

        for (const char* gone : {"old_reported", "old_cancelled", "old_rejected_reported", "csv_old"})
            QVERIFY2(!m_outbox->contains(gone), gone);
        QCOMPARE(summary.deletedLeads, 4);

        for (const char* whole : {"old_sent_unreported", "old_failed_unreported", "old_uncertain",
                                  "old_sending", "old_queued", "recent_reported"}) {
            const auto entry = m_outbox->find(whole);
            QVERIFY2(entry, whole);
            QCOMPARE(entry->message, QStringLiteral("Hello, this is the text of ") + whole);
        }
        QCOMPARE(m_outbox->find("old_uncertain")->state, OutboxState::Uncertain);
        QCOMPARE(m_outbox->find("old_sent_unreported")->state, OutboxState::Sent);
        QCOMPARE(m_outbox->pendingReports(m_now).size(), 2); // sent + failed, still to report

        for (const char* blanked : {"old_refused_409", "month_reported", "month_cancelled", "csv_month"}) {
            const auto entry = m_outbox->find(blanked);
            QVERIFY2(entry, blanked);
            QVERIFY2(entry->message.isEmpty(), blanked);
            QCOMPARE(entry->phone, QStringLiteral("+905454031918")); // only the text goes
        }
        QCOMPARE(m_outbox->find("month_reported")->state, OutboxState::Reported);
        QCOMPARE(m_outbox->find("month_reported")->updatedAt, month); // blanking is not a transition
        QCOMPARE(summary.blankedMessages, 4);

        QCOMPARE(countOf(*m_env->store, "SELECT count(*) FROM local_leads WHERE lead_id = 'csv_old'"), 0);
        QCOMPARE(countOf(*m_env->store, "SELECT count(*) FROM local_leads WHERE lead_id = 'csv_month' "
                                        "AND message = ''"),
                 1);
        QCOMPARE(countOf(*m_env->store, "SELECT count(*) FROM local_leads WHERE lead_id = 'csv_waiting' AND "
                                        "message = 'Imported text of csv_waiting'"),
                 1);

        QStringList lines;
        for (const ActivityEntry& entry : m_env->activity->entries())
            lines << entry.message;
        lines.sort();
        QCOMPARE(lines,
                 QStringList({"Lead old_sending: Send pressed.", "Lead old_uncertain could not be verified.",
                              "Lead recent_reported sent."}));
        QCOMPARE(summary.deletedActivity, 2);

        const auto kept = m_env->statuses->find(kSdr);
        QVERIFY(kept);
        QVERIFY(kept->reportPending);
        QCOMPARE(m_env->statuses->pendingReports().size(), 1);

        // A second pass finds nothing more to do.
        const DataRetention::Summary again = runPass(retention);
        QVERIFY(again.ok);
        QCOMPARE(again.deletedLeads + again.blankedMessages + again.deletedActivity, 0);
    }

    void theAgesAreSettingsAndZeroKeepsEverything()
    {
        QVERIFY(reported("forty_days", m_now.addDays(-40)));
        QVERIFY(reported("ten_days", m_now.addDays(-10)));
        at(m_now.addDays(-10), [&] {
            QCOMPARE(m_outbox->enqueue(makeLead("ten_days_cancelled")), Outbox::Insert::Inserted);
            QVERIFY(m_outbox->cancel("ten_days_cancelled", "gone"));
        });
        DataRetention retention(m_env->store.get(), m_env->settings.get(), &m_env->clock);

        QVERIFY(m_env->settings->setGlobal(SettingKeys::RetentionDays, 0));
        QVERIFY(m_env->settings->setGlobal(SettingKeys::MessageRetentionDays, 0));
        DataRetention::Summary summary = runPass(retention);
        QVERIFY(summary.ok);
        QCOMPARE(summary.deletedLeads + summary.blankedMessages, 0);
        QVERIFY(!m_outbox->find("ten_days")->message.isEmpty());

        // Texts older than two days go, except while their chats are watched (14 days): the text
        // is how the follow-up finds the message in the chat.
        QVERIFY(m_env->settings->setGlobal(SettingKeys::MessageRetentionDays, 2));
        summary = runPass(retention);
        QCOMPARE(summary.blankedMessages, 1);
        QVERIFY(m_outbox->find("forty_days")->message.isEmpty());
        QVERIFY(!m_outbox->find("ten_days")->message.isEmpty());

        // Rows older than a week go, except leads that went out within the unanswered budget's 30
        // days: without them the budget would count too few.
        QVERIFY(m_env->settings->setGlobal(SettingKeys::RetentionDays, 7));
        summary = runPass(retention);
        QCOMPARE(summary.deletedLeads, 2);
        QVERIFY(!m_outbox->contains("forty_days"));
        QVERIFY(!m_outbox->contains("ten_days_cancelled"));
        QVERIFY(m_outbox->contains("ten_days"));
    }

    // What happened after a send (issue 12) is pruned with the sends: events the CRM took and
    // follow-ups of old leads go, reply texts are blanked like message texts; an event the CRM has
    // not taken yet keeps its text and its lead's follow-up.
    void theFollowUpHistoryIsPrunedButWhatTheCrmIsOwedStays()
    {
        const QDateTime old = m_now.addDays(-100);
        const QDateTime month = m_now.addDays(-40);
        const QDateTime recent = m_now.addDays(-2);
        auto followUp = [&](const QString& lead, const QDateTime& sentAt, const QString& reply) {
            QSqlQuery query(m_env->store->database());
            query.prepare(QStringLiteral(
                "INSERT INTO lead_followup(lead_id, sdr_id, phone, attempt_id, sent_at, delivered_at, "
                "replied_at, reply_text, updated_at) VALUES(?, ?, '+905454031918', 'a', ?, ?, ?, ?, ?)"));
            const QString at = Store::timestamp(sentAt.addSecs(600));
            for (const QVariant& value : {QVariant(lead), QVariant(kSdr), QVariant(Store::timestamp(sentAt)),
                                          QVariant(at), QVariant(at), QVariant(reply), QVariant(at)})
                query.addBindValue(value);
            return query.exec();
        };
        auto event = [&](const QString& lead, const QString& kind, const QDateTime& when,
                         const QString& state, const QString& text = QString()) {
            QSqlQuery query(m_env->store->database());
            query.prepare(
                QStringLiteral("INSERT INTO lead_events(lead_id, sdr_id, attempt_id, event, at, text, state, "
                               "created_at) VALUES(?, ?, 'a', ?, ?, ?, ?, ?)"));
            const QString at = Store::timestamp(when);
            for (const QVariant& value : {QVariant(lead), QVariant(kSdr), QVariant(kind), QVariant(at),
                                          QVariant(text), QVariant(state), QVariant(at)})
                query.addBindValue(value);
            return query.exec();
        };
        const QString reply = QStringLiteral("Yes, call me <b>tomorrow</b> \U0001F44D");
        QVERIFY(reported("old_done", old));
        QVERIFY(followUp("old_done", old, reply));
        QVERIFY(event("old_done", "delivered", old, "reported"));
        QVERIFY(event("old_done", "replied", old, "reported", reply));
        // The CRM has not taken this one's reply yet (it was down): everything stays.
        QVERIFY(reported("old_owed", old));
        QVERIFY(followUp("old_owed", old, reply));
        QVERIFY(event("old_owed", "replied", old, "pending", reply));
        // Older than the texts' 30 days, younger than the rows' 90: the texts go, the rows stay.
        QVERIFY(reported("month_done", month));
        QVERIFY(followUp("month_done", month, reply));
        QVERIFY(event("month_done", "replied", month, "reported", reply));
        QVERIFY(reported("recent", recent));
        QVERIFY(followUp("recent", recent, reply));
        QVERIFY(event("recent", "replied", recent, "reported", reply));

        DataRetention retention(m_env->store.get(), m_env->settings.get(), &m_env->clock);
        const DataRetention::Summary summary = runPass(retention);
        QVERIFY2(summary.ok, qPrintable(summary.error));

        QCOMPARE(countOf(*m_env->store, "SELECT count(*) FROM lead_events WHERE lead_id = 'old_done'"), 0);
        QCOMPARE(countOf(*m_env->store, "SELECT count(*) FROM lead_followup WHERE lead_id = 'old_done'"), 0);
        QCOMPARE(summary.deletedEvents, 3);

        auto textOf = [&](const QString& sql) {
            QSqlQuery query(m_env->store->database());
            return query.exec(sql) && query.next() ? query.value(0).toString() : QStringLiteral("<none>");
        };
        QCOMPARE(textOf("SELECT text FROM lead_events WHERE lead_id = 'old_owed'"), reply);
        QCOMPARE(textOf("SELECT reply_text FROM lead_followup WHERE lead_id = 'old_owed'"), reply);
        QCOMPARE(textOf("SELECT text FROM lead_events WHERE lead_id = 'month_done'"), QString());
        QCOMPARE(textOf("SELECT reply_text FROM lead_followup WHERE lead_id = 'month_done'"), QString());
        QVERIFY(!textOf("SELECT replied_at FROM lead_followup WHERE lead_id = 'month_done'").isEmpty());
        QCOMPARE(textOf("SELECT text FROM lead_events WHERE lead_id = 'recent'"), reply);
        QCOMPARE(textOf("SELECT reply_text FROM lead_followup WHERE lead_id = 'recent'"), reply);
        QCOMPARE(summary.blankedReplies, 2);

        const DataRetention::Summary again = runPass(retention);
        QCOMPARE(again.deletedEvents + again.blankedReplies, 0);
    }

    // Each transaction changes at most batchRows rows, and the event loop runs between them: the
    // thread that owns the store is never held for a whole pass.
    void prunesInSmallBatchesOnTheEventLoop()
    {
        const QDateTime old = m_now.addDays(-200);
        QVERIFY(insertReported(230, "bulk", old));
        QVERIFY(insertActivity(170, old));
        DataRetention retention(m_env->store.get(), m_env->settings.get(), &m_env->clock);
        retention.setBatchRows(50);
        int ticks = 0;
        QTimer other; // everything else the event loop serves
        connect(&other, &QTimer::timeout, this, [&ticks] { ++ticks; });
        other.start(0);

        QSignalSpy finished(&retention, &DataRetention::passFinished);
        retention.runNow();
        QVERIFY(retention.isPassRunning());
        // Nothing happens inside runNow(): the batches follow on the event loop.
        QCOMPARE(countOf(*m_env->store, "SELECT count(*) FROM outbox"), 230);
        QVERIFY(finished.wait(60000));
        other.stop();
        const auto summary = finished.first().first().value<DataRetention::Summary>();
        QVERIFY(summary.ok);
        QCOMPARE(summary.deletedLeads, 230);
        QCOMPARE(summary.deletedActivity, 170);
        QVERIFY2(summary.largestBatch <= 50, qPrintable(QString::number(summary.largestBatch)));
        QVERIFY(summary.batches >= 5 + 4);
        QVERIFY2(ticks >= summary.batches, qPrintable(QStringLiteral("%1 ticks").arg(ticks)));
        QCOMPARE(countOf(*m_env->store, "SELECT count(*) FROM outbox"), 0);
        QCOMPARE(countOf(*m_env->store, "SELECT count(*) FROM activity"), 0);
        QCOMPARE(retention.isPassRunning(), false);
    }

    // After a large prune the file gives its pages back (incremental vacuum), on disk too.
    void theFileShrinksAfterALargePrune()
    {
        QVERIFY(insertReported(4000, "big", m_now.addDays(-120), 1000));
        QVERIFY(insertActivity(4000, m_now.addDays(-120)));
        QVERIFY(insertReported(100, "keep", m_now.addDays(-1), 1000));
        QSqlQuery(m_env->store->database()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        const qint64 pagesBefore = pragma(*m_env->store, "page_count");
        const qint64 bytesBefore = QFileInfo(m_env->store->filePath()).size();
        QVERIFY(pagesBefore > 1000);

        DataRetention retention(m_env->store.get(), m_env->settings.get(), &m_env->clock);
        const auto summary = runPass(retention);
        QVERIFY(summary.ok);
        QCOMPARE(summary.deletedLeads, 4000);
        QVERIFY(summary.freedPages > 0);
        const qint64 pagesAfter = pragma(*m_env->store, "page_count");
        QVERIFY2(pagesAfter * 5 < pagesBefore,
                 qPrintable(QStringLiteral("%1 -> %2").arg(pagesBefore).arg(pagesAfter)));
        QCOMPARE(pragma(*m_env->store, "freelist_count"), 0);
        // On disk once the checkpointer's next turn (about a second, real time) has copied the log
        // into the file and emptied the log.
        const QString path = m_env->store->filePath();
        QTRY_VERIFY2_WITH_TIMEOUT(
            QFileInfo(path).size() * 5 < bytesBefore,
            qPrintable(QStringLiteral("%1 -> %2").arg(bytesBefore).arg(QFileInfo(path).size())), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(QFileInfo(path + QStringLiteral("-wal")).size(), qint64(0), 15000);
        QCOMPARE(countOf(*m_env->store, "SELECT count(*) FROM outbox"), 100);
    }

    // A steady load for many days: the same number of leads and lines every day, pruned every day.
    // Once the first rows reach the retention age the file stops growing.
    void theFileStaysFlatUnderASteadyLoad()
    {
        // Sent leads are kept for the unanswered budget's 30 days whatever the setting says, so the
        // plateau starts after a month.
        QVERIFY(m_env->settings->setGlobal(SettingKeys::RetentionDays, 5));
        QVERIFY(m_env->settings->setGlobal(SettingKeys::MessageRetentionDays, 2));
        DataRetention retention(m_env->store.get(), m_env->settings.get(), &m_env->clock);
        QVector<qint64> pages;
        for (int day = 0; day < 45; ++day) {
            m_now = m_now.addDays(1);
            m_env->clock.set(m_now);
            QVERIFY(insertReported(150, QStringLiteral("day%1").arg(day), m_now));
            QVERIFY(insertActivity(150, m_now));
            const auto summary = runPass(retention);
            QVERIFY(summary.ok);
            pages << pragma(*m_env->store, "page_count");
            QVERIFY(pragma(*m_env->store, "freelist_count") <= DataRetention::kVacuumPagesPerStep);
        }
        qInfo() << "page count per day:" << pages;
        // Grew while the first rows were younger than the retention age...
        QVERIFY(pages.at(20) > pages.at(0));
        // ...and stays flat from then on: the last 12 days within 10 % of day 33.
        const qint64 plateau = pages.at(32);
        for (int day = 33; day < pages.size(); ++day)
            QVERIFY2(
                pages.at(day) <= plateau * 11 / 10,
                qPrintable(
                    QStringLiteral("day %1: %2 pages, day 33: %3").arg(day).arg(pages.at(day)).arg(plateau)));
        // Today's rows and those of the 30 days before (a row exactly 30 days old is not older).
        QCOMPARE(countOf(*m_env->store, "SELECT count(*) FROM outbox"), 150 * 31);
    }

    // A file from an earlier version (no auto-vacuum) is switched once, with its data, by start().
    void startSwitchesAnOlderFileToIncrementalVacuum()
    {
        m_outbox.reset();
        m_env.reset();
        QTemporaryDir dir;
        const QString path = dir.filePath("old.db");
        {
            // How earlier versions created the file: WAL first, no auto_vacuum.
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "old-version");
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec("PRAGMA journal_mode = WAL"));
            QVERIFY(query.exec("CREATE TABLE earlier(x)"));
            db.close();
        }
        QSqlDatabase::removeDatabase("old-version");
        ManualClock clock;
        Store store;
        QVERIFY(store.open(path));
        QVERIFY(!store.usesIncrementalVacuum());
        Settings settings(&store);
        Outbox outbox(&store, &clock);
        QCOMPARE(outbox.enqueue(makeLead("kept")), Outbox::Insert::Inserted);

        DataRetention retention(&store, &settings, &clock);
        retention.start(3600 * 1000);
        QVERIFY(store.usesIncrementalVacuum());
        QVERIFY(outbox.contains("kept"));
        QSqlQuery check(store.database());
        QVERIFY(check.exec("PRAGMA quick_check") && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        retention.stop();
    }
};

QTEST_GUILESS_MAIN(TestDataRetention)
#include "TestDataRetention.moc"
