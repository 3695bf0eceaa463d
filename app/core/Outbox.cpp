#include "Outbox.h"

#include "Clock.h"
#include "Logging.h"
#include "Store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {
const QString kColumns = QStringLiteral(
    "lead_id, sdr_id, name, phone, message, source, state, attempt_id, attempts, error, detail, "
    "lead_created_at, created_at, updated_at, sent_at, reported_at, report_attempts, next_report_at, "
    "deferrals, not_before, attempt_started_at, resend_approved, hold_approved");

QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}
// A null QString binds as SQL NULL; the NOT NULL text columns want ''.
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}
QVariant nullableTime(const QDateTime& when)
{
    return when.isValid() ? QVariant(Store::timestamp(when)) : QVariant();
}
QDateTime timeOf(const QVariant& value)
{
    return value.isNull() ? QDateTime() : Store::parseTimestamp(value.toString());
}
QString newAttemptId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

Outbox::Outbox(Store* store, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
{
}

Outbox::Insert Outbox::insert(const OutboxEntry& entry)
{
    const QString now = Store::timestamp(m_clock->now());
    QSqlQuery query(m_store->database());
    // The conflict clause is what makes routing idempotent by lead id: a lead the CRM returns again
    // (it stays in the queue until its result is accepted) changes nothing. The one exception is a
    // `cancelled` row: it was never sent and never reported, so a queue that returns it again (the
    // lead was reassigned to another SDR, or came back to this one) owns it now; ignoring it would
    // leave it in the CRM's queue forever, unsent and unreported. Any other constraint failing is an
    // error, not silently ignored.
    query.prepare(
        QStringLiteral("INSERT INTO outbox(lead_id, sdr_id, name, phone, message, source, "
                       "state, attempt_id, error, detail, lead_created_at, created_at, updated_at) "
                       "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(lead_id) DO UPDATE SET "
                       "sdr_id = excluded.sdr_id, name = excluded.name, phone = excluded.phone, "
                       "message = excluded.message, source = excluded.source, state = excluded.state, "
                       "attempt_id = excluded.attempt_id, error = excluded.error, detail = excluded.detail, "
                       "lead_created_at = excluded.lead_created_at, updated_at = excluded.updated_at "
                       "WHERE outbox.state = 'cancelled'"));
    query.addBindValue(entry.leadId);
    query.addBindValue(entry.sdrId);
    query.addBindValue(notNull(entry.name));
    query.addBindValue(notNull(entry.phone));
    query.addBindValue(notNull(entry.message));
    query.addBindValue(notNull(entry.source));
    query.addBindValue(outboxStateName(entry.state));
    query.addBindValue(nullable(entry.attemptId));
    query.addBindValue(nullable(entry.error));
    query.addBindValue(nullable(entry.detail));
    query.addBindValue(nullableTime(entry.leadCreatedAt));
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec()) {
        m_errorString = query.lastError().text();
        qCWarning(lcOutbox) << "cannot insert lead" << entry.leadId << ":" << m_errorString;
        return Insert::Error;
    }
    if (query.numRowsAffected() == 0)
        return Insert::AlreadyKnown;
    qCDebug(lcOutbox) << "lead" << entry.leadId << "entered as" << outboxStateName(entry.state);
    emit entryChanged(entry.leadId, entry.sdrId, entry.state);
    return Insert::Inserted;
}

Outbox::Insert Outbox::enqueue(const Lead& lead, const QString& source)
{
    OutboxEntry entry;
    entry.leadId = lead.id;
    entry.sdrId = lead.sdrId;
    entry.name = lead.name;
    entry.phone = lead.phone;
    entry.message = lead.message;
    entry.source = source;
    entry.state = OutboxState::Queued;
    entry.leadCreatedAt = lead.createdAt;
    const Insert result = insert(entry);
    if (result != Insert::AlreadyKnown)
        return result;
    return adopt(lead, source);
}

Outbox::Insert Outbox::adopt(const Lead& lead, const QString& source)
{
    const auto known = find(lead.id);
    if (!known)
        return Insert::AlreadyKnown;
    const bool otherSdr = known->sdrId != lead.sdrId;
    const bool refused = known->state == OutboxState::Reported &&
                         known->detail.startsWith(QLatin1String("CRM: no longer assigned"));
    if (!otherSdr && !refused)
        return Insert::AlreadyKnown; // the usual case: the queue returns what it returned before
    const QString now = Store::timestamp(m_clock->now());
    QSqlQuery query(m_store->database());
    Insert result = Insert::AlreadyKnown;
    if (!known->wasSent() && (known->state == OutboxState::Queued || known->state == OutboxState::Failed ||
                              known->state == OutboxState::Reported)) {
        // Never sent: a fresh lead of its new owner (new attempt, nothing left of the old one).
        query.prepare(QStringLiteral(
            "UPDATE outbox SET sdr_id = ?, name = ?, phone = ?, message = ?, source = ?, state = 'queued', "
            "attempt_id = NULL, attempts = 0, error = NULL, detail = ?, lead_created_at = ?, updated_at = ?, "
            "reported_at = NULL, report_attempts = 0, next_report_at = NULL, deferrals = 0, not_before = "
            "NULL, "
            "attempt_started_at = NULL, resend_approved = 0, hold_approved = 0 "
            "WHERE lead_id = ? AND sent_at IS NULL AND state IN ('queued','failed','reported')"));
        query.addBindValue(lead.sdrId);
        query.addBindValue(notNull(lead.name));
        query.addBindValue(notNull(lead.phone));
        query.addBindValue(notNull(lead.message));
        query.addBindValue(notNull(source));
        query.addBindValue(QStringLiteral("taken over from %1 (never sent)").arg(known->sdrId));
        query.addBindValue(nullableTime(lead.createdAt));
        query.addBindValue(now);
        query.addBindValue(lead.id);
        result = Insert::TakenOver;
    } else if (known->wasSent() &&
               (known->state == OutboxState::Sent || known->state == OutboxState::Reported)) {
        // Sent already (through the SDR that owned it then): never again. The CRM still serves it, so
        // it has no result it accepts: report the existing one again, same attempt_id, for the owner
        // that asks.
        query.prepare(QStringLiteral(
            "UPDATE outbox SET sdr_id = ?, state = 'sent', updated_at = ?, reported_at = NULL, "
            "report_attempts = 0, next_report_at = NULL, detail = ? "
            "WHERE lead_id = ? AND sent_at IS NOT NULL AND state IN ('sent','reported')"));
        query.addBindValue(lead.sdrId);
        query.addBindValue(now);
        query.addBindValue(
            otherSdr ? QStringLiteral("sent by %1; reported again for %2").arg(known->sdrId, lead.sdrId)
                     : QStringLiteral("served again after a 409; reported again"));
        query.addBindValue(lead.id);
        result = Insert::ReportAgain;
    } else {
        return Insert::AlreadyKnown; // being sent, or held for a person: decided there
    }
    if (!query.exec()) {
        m_errorString = query.lastError().text();
        m_writeFailed = true;
        qCWarning(lcOutbox) << "cannot take over lead" << lead.id << ":" << m_errorString;
        return Insert::Error;
    }
    m_writeFailed = false;
    if (query.numRowsAffected() != 1)
        return Insert::AlreadyKnown;
    qCInfo(lcOutbox) << "lead" << lead.id
                     << (result == Insert::TakenOver ? "taken over by" : "reported again for") << lead.sdrId
                     << "(was" << known->sdrId << outboxStateName(known->state) << ")";
    emit entryChanged(lead.id, lead.sdrId,
                      result == Insert::TakenOver ? OutboxState::Queued : OutboxState::Sent);
    return result;
}

int Outbox::cancelQueued(const QString& sdrId, const QString& detail)
{
    int cancelled = 0;
    for (const OutboxEntry& entry : entries(OutboxState::Queued, sdrId)) {
        if (cancel(entry.leadId, detail))
            ++cancelled;
    }
    return cancelled;
}

Outbox::Insert Outbox::recordRejected(const RejectedLead& lead, const QString& source)
{
    if (lead.id.isEmpty()) {
        m_errorString = QStringLiteral("a lead without an id cannot be recorded");
        return Insert::Error;
    }
    OutboxEntry entry;
    entry.leadId = lead.id;
    entry.sdrId = lead.sdrId;
    entry.name = lead.name;
    entry.phone = lead.phone;
    entry.message = lead.message;
    entry.source = source;
    entry.state = OutboxState::Failed;
    entry.attemptId = newAttemptId(); // the report needs one even though nothing was attempted
    entry.error = lead.error;
    entry.detail = lead.detail;
    return insert(entry);
}

QVector<OutboxEntry> Outbox::select(const QString& where, const QVariantList& binds,
                                    const QString& tail) const
{
    QVector<OutboxEntry> result;
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE %2 %3").arg(kColumns, where, tail));
    for (const QVariant& bind : binds)
        query.addBindValue(bind);
    if (!query.exec()) {
        m_errorString = query.lastError().text();
        qCWarning(lcOutbox) << "cannot read the outbox:" << m_errorString;
        return result;
    }
    while (query.next()) {
        OutboxEntry entry;
        entry.leadId = query.value(0).toString();
        entry.sdrId = query.value(1).toString();
        entry.name = query.value(2).toString();
        entry.phone = query.value(3).toString();
        entry.message = query.value(4).toString();
        entry.source = query.value(5).toString();
        entry.state = outboxStateFromName(query.value(6).toString());
        entry.attemptId = query.value(7).toString();
        entry.attempts = query.value(8).toInt();
        entry.error = query.value(9).toString();
        entry.detail = query.value(10).toString();
        entry.leadCreatedAt = timeOf(query.value(11));
        entry.createdAt = timeOf(query.value(12));
        entry.updatedAt = timeOf(query.value(13));
        entry.sentAt = timeOf(query.value(14));
        entry.reportedAt = timeOf(query.value(15));
        entry.reportAttempts = query.value(16).toInt();
        entry.nextReportAt = timeOf(query.value(17));
        entry.deferrals = query.value(18).toInt();
        entry.notBefore = timeOf(query.value(19));
        entry.attemptStartedAt = timeOf(query.value(20));
        entry.resendApproved = query.value(21).toInt() != 0;
        entry.holdApproved = query.value(22).toInt() != 0;
        result.append(entry);
    }
    return result;
}

std::optional<OutboxEntry> Outbox::find(const QString& leadId) const
{
    const auto rows = select(QStringLiteral("lead_id = ?"), {leadId});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

std::optional<OutboxEntry> Outbox::nextQueued(const QString& sdrId) const
{
    const auto rows =
        select(QStringLiteral("sdr_id = ? AND state = 'queued' AND (not_before IS NULL OR not_before <= ?)"),
               {sdrId, Store::timestamp(m_clock->now())},
               QStringLiteral("ORDER BY COALESCE(lead_created_at, created_at), created_at, rowid "
                              "LIMIT 1"));
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

std::optional<OutboxEntry> Outbox::recentContactByOthers(const QString& phone, const QString& sdrId,
                                                         const QDateTime& since) const
{
    const auto rows =
        select(QStringLiteral("phone = ? AND sdr_id <> ? AND ((sent_at IS NOT NULL AND sent_at >= ?) OR "
                              "state IN ('sending','uncertain'))"),
               {phone, sdrId, Store::timestamp(since)},
               QStringLiteral("ORDER BY COALESCE(sent_at, attempt_started_at, updated_at) DESC LIMIT 1"));
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QDateTime Outbox::nextDeferredAt(const QString& sdrId) const
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT min(not_before) FROM outbox WHERE sdr_id = ? AND state = 'queued' "
                                 "AND not_before > ?"));
    query.addBindValue(sdrId);
    query.addBindValue(Store::timestamp(m_clock->now()));
    if (!query.exec() || !query.next() || query.value(0).isNull())
        return {};
    return Store::parseTimestamp(query.value(0).toString());
}

QVector<OutboxEntry> Outbox::entries(OutboxState state, const QString& sdrId) const
{
    if (sdrId.isEmpty())
        return select(QStringLiteral("state = ?"), {outboxStateName(state)},
                      QStringLiteral("ORDER BY rowid"));
    return select(QStringLiteral("state = ? AND sdr_id = ?"), {outboxStateName(state), sdrId},
                  QStringLiteral("ORDER BY rowid"));
}

int Outbox::count(OutboxState state, const QString& sdrId) const
{
    QSqlQuery query(m_store->database());
    if (sdrId.isEmpty()) {
        query.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE state = ?"));
        query.addBindValue(outboxStateName(state));
    } else {
        query.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE state = ? AND sdr_id = ?"));
        query.addBindValue(outboxStateName(state));
        query.addBindValue(sdrId);
    }
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toInt();
}

QVector<QDateTime> Outbox::sentTimes(const QString& sdrId, const QDateTime& from) const
{
    QVector<QDateTime> result;
    QSqlQuery query(m_store->database());
    query.prepare(
        QStringLiteral("SELECT sent_at FROM outbox WHERE sdr_id = ? AND sent_at >= ? ORDER BY sent_at"));
    query.addBindValue(sdrId);
    query.addBindValue(Store::timestamp(from));
    if (!query.exec())
        return result;
    while (query.next())
        result.append(Store::parseTimestamp(query.value(0).toString()));
    return result;
}

bool Outbox::transition(const QString& leadId, std::initializer_list<OutboxState> from, OutboxState to,
                        const QString& extraSet, const QVariantList& extraBinds)
{
    QStringList fromNames;
    for (OutboxState state : from)
        fromNames << QLatin1Char('\'') + outboxStateName(state) + QLatin1Char('\'');
    QSqlQuery query(m_store->database());
    // RETURNING: the listeners need the row's SDR, and a second read of the row per transition was
    // a third of the UI thread's time while a backlog of results was recorded (issue 13 profile).
    query.prepare(
        QStringLiteral("UPDATE outbox SET state = ?, updated_at = ?%1 WHERE lead_id = ? AND state IN "
                       "(%2) RETURNING sdr_id")
            .arg(extraSet.isEmpty() ? QString() : QStringLiteral(", ") + extraSet,
                 fromNames.join(QLatin1Char(','))));
    query.addBindValue(outboxStateName(to));
    query.addBindValue(Store::timestamp(m_clock->now()));
    for (const QVariant& bind : extraBinds)
        query.addBindValue(bind);
    query.addBindValue(leadId);
    QString sdrId;
    int moved = 0;
    bool ok = query.exec();
    if (ok) {
        // Stepped to the end: outside an explicit transaction the statement commits when it ends,
        // and a failed commit (a full disk) shows as the last step's error.
        while (query.next()) {
            sdrId = query.value(0).toString();
            ++moved;
        }
        ok = !query.lastError().isValid();
    }
    if (!ok) {
        m_errorString = query.lastError().text();
        m_writeFailed = true;
        qCWarning(lcOutbox) << "cannot move lead" << leadId << "to" << outboxStateName(to) << ":"
                            << m_errorString;
        return false;
    }
    m_writeFailed = false;
    if (moved != 1) {
        m_errorString =
            QStringLiteral("lead %1 is not in a state that can move to %2").arg(leadId, outboxStateName(to));
        qCDebug(lcOutbox) << m_errorString;
        return false;
    }
    query.finish();
    // sqlite commits each statement outside an explicit transaction: the state is durable here.
    qCDebug(lcOutbox) << "lead" << leadId << "->" << outboxStateName(to);
    emit entryChanged(leadId, sdrId, to);
    return true;
}

std::optional<OutboxEntry> Outbox::beginSend(const QString& leadId)
{
    if (!transition(leadId, {OutboxState::Queued}, OutboxState::Sending,
                    QStringLiteral("attempt_id = ?, attempts = attempts + 1, error = NULL, "
                                   "attempt_started_at = ?, resend_approved = 0"),
                    {newAttemptId(), Store::timestamp(m_clock->now())}))
        return std::nullopt;
    return find(leadId);
}

bool Outbox::markSent(const QString& leadId, const QDateTime& sentAt)
{
    return transition(leadId, {OutboxState::Sending, OutboxState::Uncertain}, OutboxState::Sent,
                      QStringLiteral("sent_at = ?, error = NULL, next_report_at = NULL, not_before = NULL"),
                      {Store::timestamp(sentAt.isValid() ? sentAt : m_clock->now())});
}

bool Outbox::markFailed(const QString& leadId, const QString& error, const QString& detail)
{
    // A queued lead has no attempt of its own (none yet, or the id of an earlier attempt that was
    // requeued); its failure report is a new attempt and needs a fresh id for the CRM to de-duplicate.
    // (SET expressions see the row as it was, so `state` here is the old state.)
    return transition(
        leadId, {OutboxState::Queued, OutboxState::Sending}, OutboxState::Failed,
        QStringLiteral("error = ?, detail = ?, next_report_at = NULL, "
                       "attempt_id = CASE WHEN state = 'queued' THEN ? ELSE attempt_id END"),
        {error.isEmpty() ? QStringLiteral("send_failed") : error, nullable(detail), newAttemptId()});
}

bool Outbox::requeue(const QString& leadId, const QString& detail)
{
    return transition(leadId, {OutboxState::Sending}, OutboxState::Queued, QStringLiteral("detail = ?"),
                      {nullable(detail)});
}

bool Outbox::requeueNotPressed(const QString& leadId, const QString& detail)
{
    return transition(leadId, {OutboxState::Sending}, OutboxState::Queued,
                      QStringLiteral("attempts = max(attempts - 1, 0), detail = ?"), {nullable(detail)});
}

bool Outbox::defer(const QString& leadId, const QString& error, const QString& detail,
                   const QDateTime& notBefore)
{
    // Nothing was pressed: the attempt does not count as one (attempts counts possible sends).
    return transition(leadId, {OutboxState::Sending}, OutboxState::Queued,
                      QStringLiteral("attempts = max(attempts - 1, 0), deferrals = deferrals + 1, "
                                     "not_before = ?, error = ?, detail = ?"),
                      {nullableTime(notBefore), nullable(error), nullable(detail)});
}

bool Outbox::markUncertain(const QString& leadId, const QString& detail)
{
    return transition(leadId, {OutboxState::Sending}, OutboxState::Uncertain, QStringLiteral("detail = ?"),
                      {nullable(detail)});
}

bool Outbox::resendUncertain(const QString& leadId)
{
    // Back to `sending` with the same attempt: the dispatcher looks in the chat first (found: sent,
    // never twice) and queues it again only if it is not there or cannot be checked.
    return transition(leadId, {OutboxState::Uncertain}, OutboxState::Sending,
                      QStringLiteral("detail = ?, resend_approved = 1"),
                      {QStringLiteral("resend asked by a person: checking the chat first")});
}

bool Outbox::dropUncertain(const QString& leadId)
{
    return transition(
        leadId, {OutboxState::Uncertain}, OutboxState::Failed,
        QStringLiteral("error = ?, detail = ?, next_report_at = NULL"),
        {QStringLiteral("send_timeout"), QStringLiteral("unconfirmed send dropped by a person")});
}

bool Outbox::hold(const QString& leadId, const QString& detail)
{
    return transition(leadId, {OutboxState::Queued}, OutboxState::Held, QStringLiteral("detail = ?"),
                      {nullable(detail)});
}

bool Outbox::sendHeldAnyway(const QString& leadId)
{
    // Back in the queue where it was (its lead_created_at keeps its turn); hold_approved stops the
    // recently-contacted check from holding it again. Suppression and the budget still apply.
    return transition(
        leadId, {OutboxState::Held}, OutboxState::Queued, QStringLiteral("hold_approved = 1, detail = ?"),
        {QStringLiteral("a person chose to send it although the phone was contacted recently")});
}

bool Outbox::dropHeld(const QString& leadId)
{
    // Never sent; a fresh attempt id for its failure report (the CRM de-duplicates by it).
    return transition(leadId, {OutboxState::Held}, OutboxState::Failed,
                      QStringLiteral("error = ?, detail = ?, next_report_at = NULL, attempt_id = ?"),
                      {QStringLiteral("recently_contacted"),
                       QStringLiteral("dropped by a person: another SDR contacted this phone recently"),
                       newAttemptId()});
}

bool Outbox::cancel(const QString& leadId, const QString& detail)
{
    return transition(leadId, {OutboxState::Queued}, OutboxState::Cancelled, QStringLiteral("detail = ?"),
                      {nullable(detail)});
}

QVector<OutboxEntry> Outbox::pendingReports(const QDateTime& now, int limit) const
{
    return select(
        QStringLiteral("state IN ('sent','failed') AND (next_report_at IS NULL OR next_report_at <= ?)"),
        {Store::timestamp(now)}, QStringLiteral("ORDER BY updated_at, rowid LIMIT %1").arg(limit));
}

bool Outbox::markReported(const QString& leadId, const QString& detail)
{
    const QString now = Store::timestamp(m_clock->now());
    if (detail.isEmpty())
        return transition(leadId, {OutboxState::Sent, OutboxState::Failed}, OutboxState::Reported,
                          QStringLiteral("reported_at = ?, next_report_at = NULL"), {now});
    return transition(leadId, {OutboxState::Sent, OutboxState::Failed}, OutboxState::Reported,
                      QStringLiteral("reported_at = ?, next_report_at = NULL, detail = ?"), {now, detail});
}

bool Outbox::scheduleReportRetry(const QString& leadId, const QDateTime& nextAt)
{
    QSqlQuery query(m_store->database());
    query.prepare(
        QStringLiteral("UPDATE outbox SET report_attempts = report_attempts + 1, next_report_at = ? "
                       "WHERE lead_id = ? AND state IN ('sent','failed')"));
    query.addBindValue(Store::timestamp(nextAt));
    query.addBindValue(leadId);
    if (!query.exec()) {
        m_errorString = query.lastError().text();
        m_writeFailed = true;
        return false;
    }
    m_writeFailed = false;
    return query.numRowsAffected() == 1;
}

QDateTime Outbox::nextReportDue() const
{
    QSqlQuery query(m_store->database());
    if (!query.exec(QStringLiteral("SELECT min(next_report_at) FROM outbox WHERE state IN ('sent','failed') "
                                   "AND next_report_at IS NOT NULL")) ||
        !query.next() || query.value(0).isNull())
        return {};
    return Store::parseTimestamp(query.value(0).toString());
}
