#include "LeadList.h"

#include "CsvWriter.h"
#include "Store.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
// The furthest a lead got, as one SQL expression so filtering by state happens in the query. A
// finished row without sent_at failed (reported or not); an opt-out outranks the reply it came in.
const QString kStateExpression =
    QStringLiteral("CASE"
                   " WHEN o.sent_at IS NOT NULL AND o.state IN ('sent', 'reported') THEN"
                   "  CASE WHEN f.opted_out = 1 THEN 'opted_out'"
                   "   WHEN f.replied_at IS NOT NULL THEN 'replied'"
                   "   WHEN f.read_at IS NOT NULL THEN 'read'"
                   "   WHEN f.delivered_at IS NOT NULL THEN 'delivered'"
                   "   ELSE 'sent' END"
                   " WHEN o.state IN ('failed', 'reported') THEN 'failed'"
                   " ELSE o.state END");

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}
} // namespace

QStringList LeadList::states()
{
    return {QStringLiteral("queued"),    QStringLiteral("sending"), QStringLiteral("held"),
            QStringLiteral("uncertain"), QStringLiteral("failed"),  QStringLiteral("sent"),
            QStringLiteral("delivered"), QStringLiteral("read"),    QStringLiteral("replied"),
            QStringLiteral("opted_out")};
}

QVector<LeadListRow> LeadList::query(const QSqlDatabase& db, const Filter& filter, QString* error)
{
    QVector<LeadListRow> rows;
    // The last event: the outbox row's last change or the last follow-up event, whichever is later
    // (timestamps are fixed-width ISO UTC text, so MAX compares them right).
    QString sql =
        QStringLiteral("SELECT o.lead_id, o.sdr_id, s.name, o.name, o.phone, %1 AS lead_state, o.sent_at,"
                       " MAX(o.updated_at, COALESCE(f.updated_at, '')) AS last_event, f.reply_text"
                       " FROM outbox o LEFT JOIN lead_followup f ON f.lead_id = o.lead_id"
                       " LEFT JOIN sdrs s ON s.id = o.sdr_id"
                       " WHERE o.state != 'cancelled'")
            .arg(kStateExpression);
    if (!filter.leadId.isEmpty())
        sql += QStringLiteral(" AND o.lead_id = :lead");
    else
        // Only outbox columns here, so rows outside the window are dropped before any join.
        sql += QStringLiteral(" AND (o.state IN ('queued', 'sending', 'held', 'uncertain')"
                              "  OR o.sent_at >= :since OR (o.sent_at IS NULL AND o.updated_at >= :since))");
    if (!filter.sdrId.isEmpty())
        sql += QStringLiteral(" AND o.sdr_id = :sdr");
    if (!filter.state.isEmpty())
        sql += QStringLiteral(" AND lead_state = :state");
    if (!filter.search.isEmpty())
        sql += QStringLiteral(" AND (o.name LIKE :search ESCAPE '\\' OR o.phone LIKE :search ESCAPE '\\'"
                              " OR f.reply_text LIKE :search ESCAPE '\\')");
    sql += QStringLiteral(" ORDER BY last_event DESC, o.lead_id LIMIT :limit");

    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    if (!filter.leadId.isEmpty())
        query.bindValue(QStringLiteral(":lead"), filter.leadId);
    else
        query.bindValue(QStringLiteral(":since"), Store::timestamp(filter.since));
    if (!filter.sdrId.isEmpty())
        query.bindValue(QStringLiteral(":sdr"), filter.sdrId);
    if (!filter.state.isEmpty())
        query.bindValue(QStringLiteral(":state"), filter.state);
    if (!filter.search.isEmpty())
        query.bindValue(QStringLiteral(":search"), likePattern(filter.search));
    query.bindValue(QStringLiteral(":limit"), qMax(1, filter.limit));
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return {};
    }
    while (query.next()) {
        LeadListRow row;
        row.leadId = query.value(0).toString();
        row.sdrId = query.value(1).toString();
        row.sdrName = query.value(2).toString();
        row.leadName = query.value(3).toString();
        row.phone = query.value(4).toString();
        row.state = query.value(5).toString();
        if (!query.value(6).isNull())
            row.sentAt = Store::parseTimestamp(query.value(6).toString());
        row.lastEventAt = Store::parseTimestamp(query.value(7).toString());
        row.replyText = query.value(8).toString();
        rows.append(row);
    }
    return rows;
}

std::optional<LeadListRow> LeadList::find(const QSqlDatabase& db, const QString& leadId)
{
    Filter filter;
    filter.leadId = leadId;
    filter.limit = 1;
    const QVector<LeadListRow> rows = query(db, filter);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

bool LeadList::writeCsv(QIODevice* device, const QStringList& header, const QVector<QStringList>& rows,
                        QString* error)
{
    CsvWriter writer(device, CsvWriter::FormulaGuard::On);
    bool ok = writer.writeByteOrderMark() && writer.writeRow(header);
    for (int i = 0; ok && i < rows.size(); ++i)
        ok = writer.writeRow(rows.at(i));
    if (!ok && error)
        *error = writer.errorString();
    return ok;
}
