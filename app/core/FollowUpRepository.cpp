#include "FollowUpRepository.h"

#include "Logging.h"
#include "Store.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}
QDateTime timeOf(const QVariant& value)
{
    return value.isNull() ? QDateTime() : Store::parseTimestamp(value.toString());
}
const QString kEventColumns = QStringLiteral(
    "id, lead_id, sdr_id, attempt_id, event, at, text, state, report_attempts, next_report_at");

LeadEvent eventFrom(const QSqlQuery& query)
{
    LeadEvent event;
    event.id = query.value(0).toLongLong();
    event.leadId = query.value(1).toString();
    event.sdrId = query.value(2).toString();
    event.attemptId = query.value(3).toString();
    event.event = query.value(4).toString();
    event.at = timeOf(query.value(5));
    event.text = query.value(6).toString();
    event.state = query.value(7).toString();
    event.reportAttempts = query.value(8).toInt();
    event.nextReportAt = timeOf(query.value(9));
    return event;
}
} // namespace

FollowUpRepository::FollowUpRepository(Store* store)
    : m_store(store)
{
}

bool FollowUpRepository::exec(QSqlQuery& query) const
{
    if (query.exec())
        return true;
    m_errorString = query.lastError().text();
    qCWarning(lcFollowUp) << "follow-up store error:" << m_errorString;
    return false;
}

QVector<FollowUpLead> FollowUpRepository::watched(const QString& sdrId, const QDateTime& since,
                                                  const QString& phone) const
{
    QVector<FollowUpLead> result;
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT o.lead_id, o.sdr_id, o.phone, o.attempt_id, o.sent_at, "
                                 "f.delivered_at, f.read_at, f.replied_at, o.message FROM outbox o "
                                 "LEFT JOIN lead_followup f ON f.lead_id = o.lead_id "
                                 "WHERE o.sdr_id = ? AND o.sent_at IS NOT NULL AND o.sent_at >= ? "
                                 "AND COALESCE(f.opted_out, 0) = 0 %1 ORDER BY o.sent_at DESC, o.rowid DESC")
                      .arg(phone.isEmpty() ? QString() : QStringLiteral("AND o.phone = ?")));
    query.addBindValue(sdrId);
    query.addBindValue(Store::timestamp(since));
    if (!phone.isEmpty())
        query.addBindValue(phone);
    if (!exec(query))
        return result;
    while (query.next()) {
        FollowUpLead lead;
        lead.leadId = query.value(0).toString();
        lead.sdrId = query.value(1).toString();
        lead.phone = query.value(2).toString();
        lead.attemptId = query.value(3).toString();
        lead.sentAt = timeOf(query.value(4));
        lead.deliveredAt = timeOf(query.value(5));
        lead.readAt = timeOf(query.value(6));
        lead.repliedAt = timeOf(query.value(7));
        lead.message = query.value(8).toString();
        result.append(lead);
    }
    return result;
}

QStringList FollowUpRepository::watchedSdrs(const QDateTime& since) const
{
    QStringList result;
    QSqlQuery query(m_store->database());
    // Per SDR, the first watched send through the (sdr_id, sent_at) index is enough: a few seeks
    // instead of joining every send of the window (a stall of hundreds of ms per follow-up tick on a
    // large outbox, issue 13).
    query.prepare(QStringLiteral("SELECT d.sdr_id FROM (SELECT DISTINCT sdr_id FROM outbox) d WHERE EXISTS "
                                 "(SELECT 1 FROM outbox o LEFT JOIN lead_followup f ON f.lead_id = o.lead_id "
                                 "WHERE o.sdr_id = d.sdr_id AND o.sent_at IS NOT NULL AND o.sent_at >= ? "
                                 "AND COALESCE(f.opted_out, 0) = 0) ORDER BY d.sdr_id"));
    query.addBindValue(Store::timestamp(since));
    if (!exec(query))
        return result;
    while (query.next())
        result << query.value(0).toString();
    return result;
}

std::optional<LeadFollowUp> FollowUpRepository::find(const QString& leadId) const
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT lead_id, sdr_id, phone, attempt_id, sent_at, delivered_at, read_at, "
                                 "replied_at, reply_text, opted_out, opted_out_at FROM lead_followup "
                                 "WHERE lead_id = ?"));
    query.addBindValue(leadId);
    if (!exec(query) || !query.next())
        return std::nullopt;
    LeadFollowUp row;
    row.leadId = query.value(0).toString();
    row.sdrId = query.value(1).toString();
    row.phone = query.value(2).toString();
    row.attemptId = query.value(3).toString();
    row.sentAt = timeOf(query.value(4));
    row.deliveredAt = timeOf(query.value(5));
    row.readAt = timeOf(query.value(6));
    row.repliedAt = timeOf(query.value(7));
    row.replyText = query.value(8).toString();
    row.optedOut = query.value(9).toInt() != 0;
    row.optedOutAt = timeOf(query.value(10));
    return row;
}

bool FollowUpRepository::ensureRow(const FollowUpLead& lead, const QDateTime& now)
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("INSERT INTO lead_followup(lead_id, sdr_id, phone, attempt_id, sent_at, "
                                 "updated_at) VALUES(?, ?, ?, ?, ?, ?) ON CONFLICT(lead_id) DO NOTHING"));
    query.addBindValue(lead.leadId);
    query.addBindValue(lead.sdrId);
    query.addBindValue(lead.phone);
    query.addBindValue(nullable(lead.attemptId));
    query.addBindValue(Store::timestamp(lead.sentAt));
    query.addBindValue(Store::timestamp(now));
    return exec(query);
}

bool FollowUpRepository::setOnce(const QString& leadId, const QString& column, const QDateTime& at,
                                 bool* changed, const QString& extraSet, const QVariantList& extraBinds)
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("UPDATE lead_followup SET %1 = ?, updated_at = ?%2 WHERE lead_id = ? AND %1 "
                                 "IS NULL")
                      .arg(column, extraSet.isEmpty() ? QString() : QStringLiteral(", ") + extraSet));
    query.addBindValue(Store::timestamp(at));
    query.addBindValue(Store::timestamp(at));
    for (const QVariant& bind : extraBinds)
        query.addBindValue(bind);
    query.addBindValue(leadId);
    if (!exec(query))
        return false;
    *changed = query.numRowsAffected() == 1;
    return true;
}

bool FollowUpRepository::setDelivered(const QString& leadId, const QDateTime& at, bool* changed)
{
    return setOnce(leadId, QStringLiteral("delivered_at"), at, changed);
}

bool FollowUpRepository::setRead(const QString& leadId, const QDateTime& at, bool* changed)
{
    return setOnce(leadId, QStringLiteral("read_at"), at, changed);
}

bool FollowUpRepository::setReplied(const QString& leadId, const QDateTime& at, const QString& text,
                                    bool* changed)
{
    return setOnce(leadId, QStringLiteral("replied_at"), at, changed, QStringLiteral("reply_text = ?"),
                   {text.isNull() ? QStringLiteral("") : text});
}

bool FollowUpRepository::setOptedOut(const QString& leadId, const QDateTime& at, bool* changed)
{
    return setOnce(leadId, QStringLiteral("opted_out_at"), at, changed, QStringLiteral("opted_out = 1"));
}

bool FollowUpRepository::enqueueEvent(const LeadEvent& event, const QDateTime& now, bool* added)
{
    QSqlQuery query(m_store->database());
    query.prepare(
        QStringLiteral("INSERT INTO lead_events(lead_id, sdr_id, attempt_id, event, at, text, state, "
                       "created_at) VALUES(?, ?, ?, ?, ?, ?, 'pending', ?) "
                       "ON CONFLICT(lead_id, event) DO NOTHING"));
    query.addBindValue(event.leadId);
    query.addBindValue(event.sdrId);
    query.addBindValue(nullable(event.attemptId));
    query.addBindValue(event.event);
    query.addBindValue(Store::timestamp(event.at));
    query.addBindValue(event.text.isEmpty() ? QVariant() : QVariant(event.text));
    query.addBindValue(Store::timestamp(now));
    if (!exec(query))
        return false;
    *added = query.numRowsAffected() == 1;
    return true;
}

QVector<LeadEvent> FollowUpRepository::dueEvents(const QDateTime& now, int limit) const
{
    QVector<LeadEvent> result;
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT %1 FROM lead_events e WHERE state = 'pending' "
                                 "AND (next_report_at IS NULL OR next_report_at <= ?) "
                                 "AND NOT EXISTS (SELECT 1 FROM lead_events p WHERE p.lead_id = e.lead_id "
                                 "AND p.state = 'pending' AND p.id < e.id) ORDER BY id LIMIT %2")
                      .arg(kEventColumns)
                      .arg(limit));
    query.addBindValue(Store::timestamp(now));
    if (!exec(query))
        return result;
    while (query.next())
        result.append(eventFrom(query));
    return result;
}

QVector<LeadEvent> FollowUpRepository::events(const QString& leadId) const
{
    QVector<LeadEvent> result;
    QSqlQuery query(m_store->database());
    query.prepare(
        QStringLiteral("SELECT %1 FROM lead_events WHERE lead_id = ? ORDER BY id").arg(kEventColumns));
    query.addBindValue(leadId);
    if (!exec(query))
        return result;
    while (query.next())
        result.append(eventFrom(query));
    return result;
}

int FollowUpRepository::pendingEventCount() const
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT count(*) FROM lead_events WHERE state = 'pending'"));
    if (!exec(query) || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool FollowUpRepository::markEventReported(qint64 id, const QDateTime& now)
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("UPDATE lead_events SET state = 'reported', reported_at = ?, "
                                 "next_report_at = NULL WHERE id = ? AND state = 'pending'"));
    query.addBindValue(Store::timestamp(now));
    query.addBindValue(id);
    return exec(query) && query.numRowsAffected() == 1;
}

bool FollowUpRepository::markEventDropped(qint64 id, const QString& detail)
{
    QSqlQuery query(m_store->database());
    query.prepare(
        QStringLiteral("UPDATE lead_events SET state = 'dropped', detail = ?, next_report_at = NULL "
                       "WHERE id = ? AND state = 'pending'"));
    query.addBindValue(detail);
    query.addBindValue(id);
    return exec(query) && query.numRowsAffected() == 1;
}

bool FollowUpRepository::scheduleEventRetry(qint64 id, const QDateTime& nextAt)
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("UPDATE lead_events SET report_attempts = report_attempts + 1, "
                                 "next_report_at = ? WHERE id = ? AND state = 'pending'"));
    query.addBindValue(Store::timestamp(nextAt));
    query.addBindValue(id);
    return exec(query) && query.numRowsAffected() == 1;
}

QDateTime FollowUpRepository::nextEventDue() const
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT min(next_report_at) FROM lead_events WHERE state = 'pending' "
                                 "AND next_report_at IS NOT NULL"));
    if (!exec(query) || !query.next() || query.value(0).isNull())
        return {};
    return Store::parseTimestamp(query.value(0).toString());
}

namespace {
// What counts against the unanswered budget, in one place for the per-SDR and the all-SDR reads:
// a message sent since the window's start that got no reply. INDEXED BY: without statistics SQLite
// would take the primary key and read every reply from the table.
const QString kUnansweredFrom =
    QStringLiteral(" FROM outbox o LEFT JOIN lead_followup f INDEXED BY lead_followup_lead_replied"
                   " ON f.lead_id = o.lead_id"
                   " WHERE o.sent_at IS NOT NULL AND o.sent_at >= :since AND f.replied_at IS NULL");
const QString kUnansweredOfOne = QStringLiteral("SELECT count(*), min(o.sent_at)") + kUnansweredFrom +
                                 QStringLiteral(" AND o.sdr_id = :sdr");
} // namespace

int FollowUpRepository::unansweredSince(const QString& sdrId, const QDateTime& since) const
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT count(*)") + kUnansweredFrom +
                  QStringLiteral(" AND o.sdr_id = :sdr"));
    query.bindValue(QStringLiteral(":sdr"), sdrId);
    query.bindValue(QStringLiteral(":since"), Store::timestamp(since));
    if (!exec(query) || !query.next())
        return 0;
    return query.value(0).toInt();
}

QDateTime FollowUpRepository::oldestUnansweredSince(const QString& sdrId, const QDateTime& since) const
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT min(o.sent_at)") + kUnansweredFrom +
                  QStringLiteral(" AND o.sdr_id = :sdr"));
    query.bindValue(QStringLiteral(":sdr"), sdrId);
    query.bindValue(QStringLiteral(":since"), Store::timestamp(since));
    if (!exec(query) || !query.next() || query.value(0).isNull())
        return {};
    return Store::parseTimestamp(query.value(0).toString());
}

QHash<QString, FollowUpRepository::Unanswered>
FollowUpRepository::unansweredPerSdr(const QDateTime& since) const
{
    QString error;
    const QHash<QString, Unanswered> result = unansweredPerSdr(m_store->database(), since, &error);
    if (!error.isEmpty()) {
        m_errorString = error;
        qCWarning(lcFollowUp) << "follow-up store error:" << m_errorString;
    }
    return result;
}

QHash<QString, FollowUpRepository::Unanswered>
FollowUpRepository::unansweredPerSdr(const QSqlDatabase& db, const QDateTime& since, QString* error)
{
    QHash<QString, Unanswered> result;
    QSqlQuery query(db);
    // One pass over the outbox for every SDR (GROUP BY +sdr_id: a plain scan, not one through the
    // (sdr_id, state) index, which would visit the table in random order).
    query.prepare(QStringLiteral("SELECT o.sdr_id, count(*), min(o.sent_at)") + kUnansweredFrom +
                  QStringLiteral(" GROUP BY +o.sdr_id"));
    query.bindValue(QStringLiteral(":since"), Store::timestamp(since));
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return result;
    }
    while (query.next()) {
        Unanswered& entry = result[query.value(0).toString()];
        entry.count = query.value(1).toInt();
        entry.oldest = timeOf(query.value(2));
    }
    return result;
}

FollowUpRepository::Unanswered FollowUpRepository::unanswered(const QString& sdrId,
                                                              const QDateTime& since) const
{
    Unanswered result;
    QSqlQuery query(m_store->database());
    query.prepare(kUnansweredOfOne);
    query.bindValue(QStringLiteral(":sdr"), sdrId);
    query.bindValue(QStringLiteral(":since"), Store::timestamp(since));
    if (!exec(query) || !query.next())
        return result;
    result.count = query.value(0).toInt();
    result.oldest = timeOf(query.value(1));
    return result;
}

QString FollowUpRepository::unansweredPlan(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + kUnansweredOfOne);
    query.bindValue(QStringLiteral(":sdr"), QString());
    query.bindValue(QStringLiteral(":since"), QString());
    QStringList steps;
    if (query.exec()) {
        while (query.next())
            steps << query.value(3).toString();
    }
    return steps.join(QLatin1Char('|'));
}
