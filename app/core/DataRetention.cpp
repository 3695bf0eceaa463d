#include "DataRetention.h"

#include "Clock.h"
#include "Logging.h"
#include "Settings.h"
#include "Store.h"
#include "UnansweredBudget.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

namespace {
// Finished: nothing will happen to the lead any more, and the CRM has what it needs (reported), or
// it was never this app's to send (cancelled). Every other state is pending work.
const QString kFinished = QStringLiteral("state IN ('reported','cancelled')");
// A sent lead whose result the CRM refused with 409 (ResultReporter's detail, which Outbox::adopt
// looks for too): if the CRM serves it again, to this SDR or another, its row is what makes the app
// report it again instead of sending it twice. Kept for good; there are few.
const QString kDeletable =
    kFinished + QStringLiteral(" AND NOT (state = 'reported' AND sent_at IS NOT NULL AND "
                               "COALESCE(detail, '') LIKE 'CRM: no longer assigned%')");
// Activity lines that name a lead a person still has to decide on, or that is being sent (a crash
// leaves it to be checked in its chat), are its history: kept while it is so.
const QString kActivityOfLiveLead =
    QStringLiteral("EXISTS (SELECT 1 FROM outbox o WHERE o.sdr_id = activity.sdr_id AND "
                   "o.state IN ('uncertain','sending') AND instr(activity.message, o.lead_id) > 0)");
} // namespace

DataRetention::DataRetention(Store* store, const Settings* settings, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(settings)
    , m_clock(clock)
    , m_passTimer(clock)
{
    qRegisterMetaType<DataRetention::Summary>();
    connect(&m_passTimer, &ClockTimer::timeout, this, [this] {
        runNow();
        m_passTimer.startIn(m_intervalMs);
    });
    m_stepTimer.setSingleShot(true);
    connect(&m_stepTimer, &QTimer::timeout, this, &DataRetention::step);
}

void DataRetention::start(int firstDelayMs, int intervalMs)
{
    // Before the first pass, so its deletions can be given back; a file created by this version
    // needs nothing (Store creates new files so).
    m_store->enableIncrementalVacuum();
    m_intervalMs = std::max(1, intervalMs);
    m_passTimer.startIn(std::max(0, firstDelayMs));
}

void DataRetention::stop()
{
    m_passTimer.stop();
    m_stepTimer.stop();
    m_phase = Phase::Idle;
}

void DataRetention::runNow()
{
    if (m_phase != Phase::Idle || !m_store->isOpen())
        return;
    m_summary = Summary();
    // Timestamps are Store::timestamp() strings (fixed-width ISO UTC): they compare as text.
    const QDateTime now = m_clock->now();
    const int rowDays = m_settings->intValue(SettingKeys::RetentionDays);
    const int bodyDays = m_settings->intValue(SettingKeys::MessageRetentionDays);
    // What the protections of issue 12 read is kept whatever the settings say: a lead's message text
    // while its chat is watched (it is how the message is found in the chat), its row and follow-up
    // while the unanswered budget or the recently-contacted hold counts it.
    const int watchDays = m_settings->intValue(SettingKeys::FollowUpWatchDays);
    const int protectedDays = std::max(
        {watchDays, UnansweredBudget::WindowDays, m_settings->intValue(SettingKeys::RecentContactDays)});
    m_rowCutoff = rowDays > 0 ? Store::timestamp(now.addDays(-rowDays)) : QString();
    m_sentCutoff = rowDays > 0 ? Store::timestamp(now.addDays(-std::max(rowDays, protectedDays))) : QString();
    m_bodyCutoff = bodyDays > 0 ? Store::timestamp(now.addDays(-std::max(bodyDays, watchDays))) : QString();
    m_scanUntil = std::max(m_rowCutoff, m_bodyCutoff);
    nextPhase(m_scanUntil.isEmpty() ? Phase::Vacuum : Phase::Outbox);
    m_stepTimer.start(0);
}

void DataRetention::nextPhase(Phase phase)
{
    m_phase = phase;
    m_cursor = 0;
}

void DataRetention::step()
{
    QElapsedTimer timer;
    timer.start();
    const Phase phase = m_phase;
    int changed = 0;
    bool ok = true;
    switch (phase) {
    case Phase::Outbox:
        ok = outboxBatch(&changed);
        break;
    case Phase::Activity:
        ok = activityBatch(&changed);
        break;
    case Phase::FollowUp:
        ok = followUpBatch(&changed);
        break;
    case Phase::Vacuum:
        ok = vacuumStep(&changed);
        break;
    case Phase::Idle:
        return;
    }
    if (!ok) {
        finish();
        return;
    }
    ++m_summary.batches;
    m_summary.largestBatch = std::max(m_summary.largestBatch, changed);
    qCDebug(lcRetention) << "batch of phase" << int(phase) << "changed" << changed << "in" << timer.elapsed()
                         << "ms";
    if (m_phase == Phase::Idle)
        finish();
    else
        m_stepTimer.start(m_batchGapMs);
}

bool DataRetention::outboxBatch(int* changed)
{
    QSqlDatabase db = m_store->database();
    // Windows in rowid order: each batch looks at m_batchRows rows at most, whatever the table's size,
    // and needs no index of its own. Rows are created in rowid order, and a row is finished no earlier
    // than it was created, so the scan stops at the first window reaching a row created after the
    // later cutoff.
    QSqlQuery window(db);
    window.prepare(
        QStringLiteral("SELECT rowid, created_at FROM outbox WHERE rowid > ? ORDER BY rowid LIMIT ?"));
    window.addBindValue(m_cursor);
    window.addBindValue(m_batchRows);
    if (!window.exec())
        return fail(QStringLiteral("read the outbox"), window.lastError().text());
    int rows = 0;
    qint64 last = m_cursor;
    QString lastCreated;
    while (window.next()) {
        ++rows;
        last = window.value(0).toLongLong();
        lastCreated = window.value(1).toString();
    }
    window.finish();
    if (rows == 0) {
        nextPhase(m_rowCutoff.isEmpty() ? Phase::FollowUp : Phase::Activity);
        return true;
    }

    if (!db.transaction())
        return fail(QStringLiteral("start a transaction"), db.lastError().text());
    QSqlQuery query(db);
    auto run = [&](const QString& sql, const QString& cutoff, const QString& sentCutoff = QString()) {
        query.prepare(sql);
        query.addBindValue(m_cursor);
        query.addBindValue(last);
        query.addBindValue(cutoff);
        if (!sentCutoff.isEmpty())
            query.addBindValue(sentCutoff);
        return query.exec();
    };
    const QString inWindow = QStringLiteral("rowid > ? AND rowid <= ? AND updated_at < ? AND ");
    bool ok = true;
    // Deletions first: a row about to go is not blanked on its way out.
    if (!m_rowCutoff.isEmpty()) {
        // An imported lead goes with its row: without the row, LocalQueueSource would serve it again.
        // A lead that went out stays while the protections count it (m_sentCutoff).
        const QString deletable = kDeletable + QStringLiteral(" AND (sent_at IS NULL OR sent_at < ?)");
        ok = run(
            QStringLiteral("DELETE FROM local_leads WHERE lead_id IN (SELECT lead_id FROM outbox WHERE %1%2)")
                .arg(inWindow, deletable),
            m_rowCutoff, m_sentCutoff);
        if (ok)
            ok = run(QStringLiteral("DELETE FROM outbox WHERE %1%2").arg(inWindow, deletable), m_rowCutoff,
                     m_sentCutoff);
        if (ok) {
            m_summary.deletedLeads += query.numRowsAffected();
            *changed += query.numRowsAffected();
        }
    }
    if (ok && !m_bodyCutoff.isEmpty()) {
        // A CSV-imported lead keeps its text in local_leads too.
        ok = run(QStringLiteral("UPDATE local_leads SET message = '' WHERE message <> '' AND lead_id IN "
                                "(SELECT lead_id FROM outbox WHERE %1%2)")
                     .arg(inWindow, kFinished),
                 m_bodyCutoff);
        if (ok)
            ok = run(QStringLiteral("UPDATE outbox SET message = '' WHERE %1%2 AND message <> ''")
                         .arg(inWindow, kFinished),
                     m_bodyCutoff);
        if (ok) {
            m_summary.blankedMessages += query.numRowsAffected();
            *changed += query.numRowsAffected();
        }
    }
    const QString error = query.lastError().text();
    query.finish();
    if (!ok || !db.commit()) {
        db.rollback();
        return fail(QStringLiteral("prune the outbox"), ok ? db.lastError().text() : error);
    }
    m_cursor = last;
    if (rows < m_batchRows || lastCreated >= m_scanUntil)
        nextPhase(m_rowCutoff.isEmpty() ? Phase::FollowUp : Phase::Activity);
    return true;
}

bool DataRetention::activityBatch(int* changed)
{
    // Ids grow with time (AUTOINCREMENT, stamped with the clock), so the same windowed scan works here
    // and stops at the first window that reaches a recent entry.
    QSqlQuery window(m_store->database());
    window.prepare(QStringLiteral("SELECT id, at FROM activity WHERE id > ? ORDER BY id LIMIT ?"));
    window.addBindValue(m_cursor);
    window.addBindValue(m_batchRows);
    if (!window.exec())
        return fail(QStringLiteral("read the activity log"), window.lastError().text());
    int rows = 0;
    qint64 last = m_cursor;
    QString lastAt;
    while (window.next()) {
        ++rows;
        last = window.value(0).toLongLong();
        lastAt = window.value(1).toString();
    }
    window.finish();
    if (rows == 0) {
        nextPhase(Phase::FollowUp);
        return true;
    }
    // One statement: a transaction of its own.
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("DELETE FROM activity WHERE id > ? AND id <= ? AND at < ? AND NOT %1")
                      .arg(kActivityOfLiveLead));
    query.addBindValue(m_cursor);
    query.addBindValue(last);
    query.addBindValue(m_rowCutoff);
    if (!query.exec())
        return fail(QStringLiteral("prune the activity log"), query.lastError().text());
    m_summary.deletedActivity += query.numRowsAffected();
    *changed = query.numRowsAffected();
    m_cursor = last;
    if (rows < m_batchRows || lastAt >= m_rowCutoff)
        nextPhase(Phase::FollowUp);
    return true;
}

bool DataRetention::followUpBatch(int* changed)
{
    // The follow-up tables have no windowed scan of their own: each statement takes at most
    // m_batchRows of the rows that qualify (old rows come first in rowid order, so the inner SELECT
    // stops early), and the phase ends when a round changes fewer than that. An event the CRM has
    // not taken yet, and the follow-up of its lead, are pending work: never touched.
    const QString noPendingEvent = QStringLiteral("NOT EXISTS (SELECT 1 FROM lead_events e WHERE e.lead_id = "
                                                  "lead_followup.lead_id AND e.state = 'pending')");
    const QString finishedEvent = QStringLiteral("state IN ('reported','dropped')");
    struct Statement
    {
        QString sql;
        QString cutoff;
        int* counter;
    };
    const QVector<Statement> statements = {
        {QStringLiteral("DELETE FROM lead_events WHERE id IN (SELECT id FROM lead_events WHERE %1 AND "
                        "created_at < ? LIMIT ?)")
             .arg(finishedEvent),
         m_rowCutoff, &m_summary.deletedEvents},
        // Without its follow-up a sent lead would count as unanswered: it goes with the sent rows.
        {QStringLiteral("DELETE FROM lead_followup WHERE rowid IN (SELECT rowid FROM lead_followup WHERE "
                        "sent_at < ? AND %1 LIMIT ?)")
             .arg(noPendingEvent),
         m_sentCutoff, &m_summary.deletedEvents},
        {QStringLiteral(
             "UPDATE lead_events SET text = '' WHERE id IN (SELECT id FROM lead_events WHERE %1 AND "
             "text <> '' AND at < ? LIMIT ?)")
             .arg(finishedEvent),
         m_bodyCutoff, &m_summary.blankedReplies},
        {QStringLiteral("UPDATE lead_followup SET reply_text = '' WHERE rowid IN (SELECT rowid FROM "
                        "lead_followup WHERE reply_text <> '' AND replied_at < ? AND %1 LIMIT ?)")
             .arg(noPendingEvent),
         m_bodyCutoff, &m_summary.blankedReplies},
    };
    int most = 0;
    for (const Statement& statement : statements) {
        if (statement.cutoff.isEmpty())
            continue;
        QSqlQuery query(m_store->database());
        query.prepare(statement.sql);
        query.addBindValue(statement.cutoff);
        query.addBindValue(m_batchRows);
        if (!query.exec())
            return fail(QStringLiteral("prune the follow-up history"), query.lastError().text());
        const int rows = query.numRowsAffected();
        *statement.counter += rows;
        *changed += rows;
        most = std::max(most, rows);
    }
    if (most < m_batchRows)
        nextPhase(Phase::Vacuum);
    return true;
}

bool DataRetention::vacuumStep(int* changed)
{
    auto freePages = [this]() -> int {
        QSqlQuery query(m_store->database());
        if (!query.exec(QStringLiteral("PRAGMA freelist_count")) || !query.next())
            return -1;
        return query.value(0).toInt();
    };
    const int before = m_store->usesIncrementalVacuum() ? freePages() : 0;
    if (before <= 0) {
        nextPhase(Phase::Idle);
        return true;
    }
    // SQLite frees one page per step of the pragma, and QSqlQuery steps a statement without result
    // columns only once: it runs once per page, in one transaction (one sync).
    QSqlDatabase db = m_store->database();
    const int target = std::min(before, kVacuumPagesPerStep);
    if (!db.transaction())
        return fail(QStringLiteral("start a transaction"), db.lastError().text());
    QString error;
    // Prepared once: every exec resets and steps it again, freeing one more page.
    QSqlQuery query(db);
    if (query.prepare(QStringLiteral("PRAGMA incremental_vacuum(%1)").arg(target))) {
        for (int i = 0; i < target && error.isEmpty(); ++i) {
            if (!query.exec())
                error = query.lastError().text();
        }
    } else {
        error = query.lastError().text();
    }
    query.finish();
    const int after = error.isEmpty() ? freePages() : before;
    if (!error.isEmpty() || !db.commit()) {
        db.rollback();
        return fail(QStringLiteral("give free pages back"), error.isEmpty() ? db.lastError().text() : error);
    }
    const int freed = before - after;
    m_summary.freedPages += std::max(0, freed);
    *changed = 0; // pages, not rows
    if (freed <= 0 || after == 0) {
        nextPhase(Phase::Idle);
        // With WAL the file itself shrinks at a checkpoint; truncating also empties the log. On the
        // checkpointer's thread: copying a pruning's pages was a long stall on this one.
        m_store->requestLogTruncation();
    }
    return true;
}

bool DataRetention::fail(const QString& what, const QString& error)
{
    // Pruning can wait: the next pass tries again. A store that cannot write shows elsewhere.
    qCWarning(lcRetention).noquote() << "cannot" << what << "-" << error;
    m_summary.ok = false;
    m_summary.error = error;
    nextPhase(Phase::Idle);
    return false;
}

void DataRetention::finish()
{
    m_phase = Phase::Idle;
    m_stepTimer.stop();
    if (m_summary.blankedMessages > 0 || m_summary.deletedLeads > 0 || m_summary.deletedActivity > 0 ||
        m_summary.deletedEvents > 0 || m_summary.blankedReplies > 0 || m_summary.freedPages > 0)
        qCInfo(lcRetention) << "pruned: blanked" << m_summary.blankedMessages << "message texts, deleted"
                            << m_summary.deletedLeads << "finished leads and" << m_summary.deletedActivity
                            << "activity entries and" << m_summary.deletedEvents << "follow-up rows, blanked"
                            << m_summary.blankedReplies << "reply texts, freed" << m_summary.freedPages
                            << "pages in" << m_summary.batches << "batches";
    emit passFinished(m_summary);
}
