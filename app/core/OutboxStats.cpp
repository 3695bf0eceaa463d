#include "OutboxStats.h"

#include "Store.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
bool fail(const QSqlQuery& query, QString* error)
{
    if (error)
        *error = query.lastError().text();
    return false;
}
} // namespace

QDateTime OutboxStats::localDayStart(const QDateTime& nowUtc)
{
    return nowUtc.toLocalTime().date().startOfDay().toUTC();
}

QDateTime OutboxStats::localDayEnd(const QDateTime& nowUtc)
{
    return nowUtc.toLocalTime().date().addDays(1).startOfDay().toUTC();
}

QHash<QString, OutboxFigures> OutboxStats::perSdr(const QSqlDatabase& db, const QDateTime& dayStartUtc,
                                                  const QDateTime& dayEndUtc, QString* error)
{
    QHash<QString, OutboxFigures> figures;
    QSqlQuery query(db);
    // Three grouped reads, each on an index (schema 5), instead of one pass over every outbox row:
    // the cost follows what is waiting and what happened today, not the outbox's history.
    // Timestamps are all Store::timestamp() strings (fixed-width ISO UTC), so they compare as text.
    if (!query.exec(
            QStringLiteral("SELECT sdr_id, state, COUNT(*) FROM outbox"
                           " WHERE state IN ('queued', 'sending', 'uncertain') GROUP BY sdr_id, state"))) {
        fail(query, error);
        return {};
    }
    while (query.next()) {
        OutboxFigures& f = figures[query.value(0).toString()];
        if (query.value(1).toString() == QLatin1String("uncertain"))
            f.uncertain += query.value(2).toInt();
        else
            f.queued += query.value(2).toInt();
    }
    const QString start = Store::timestamp(dayStartUtc);
    const QString end = Store::timestamp(dayEndUtc);
    query.prepare(QStringLiteral(
        "SELECT sdr_id, COUNT(*) FROM outbox WHERE sent_at >= ? AND sent_at < ? GROUP BY sdr_id"));
    query.addBindValue(start);
    query.addBindValue(end);
    if (!query.exec()) {
        fail(query, error);
        return {};
    }
    while (query.next())
        figures[query.value(0).toString()].sentToday += query.value(1).toInt();
    query.prepare(
        QStringLiteral("SELECT sdr_id, COUNT(*) FROM outbox WHERE state IN ('failed', 'reported')"
                       " AND updated_at >= ? AND updated_at < ? AND sent_at IS NULL GROUP BY sdr_id"));
    query.addBindValue(start);
    query.addBindValue(end);
    if (!query.exec()) {
        fail(query, error);
        return {};
    }
    while (query.next())
        figures[query.value(0).toString()].failedToday += query.value(1).toInt();

    // Imported leads the router has not taken into the outbox yet are waiting too: counted by the
    // schema's triggers (local_waiting); a file not migrated yet (read by `--status`) has no such
    // table and is counted the long way.
    bool counted = false;
    if (query.exec(
            QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'local_waiting'")))
        counted = query.next();
    if (!query.exec(
            counted
                ? QStringLiteral("SELECT sdr_id, waiting FROM local_waiting WHERE waiting > 0")
                : QStringLiteral("SELECT l.sdr_id, COUNT(*) FROM local_leads l WHERE NOT EXISTS "
                                 "(SELECT 1 FROM outbox o WHERE o.lead_id = l.lead_id) GROUP BY l.sdr_id"))) {
        fail(query, error);
        return {};
    }
    while (query.next())
        figures[query.value(0).toString()].queued += query.value(1).toInt();
    return figures;
}

QVector<int> OutboxStats::hourlySends(const QSqlDatabase& db, const QDateTime& dayStartUtc, QString* error)
{
    return countPerHour(db, QStringLiteral("SELECT sent_at FROM outbox WHERE sent_at >= ? AND sent_at < ?"),
                        dayStartUtc, error);
}

QVector<int> OutboxStats::countPerHour(const QSqlDatabase& db, const QString& sql,
                                       const QDateTime& dayStartUtc, QString* error)
{
    QVector<int> hours(24, 0);
    QSqlQuery query(db);
    query.prepare(sql);
    query.addBindValue(Store::timestamp(dayStartUtc));
    query.addBindValue(Store::timestamp(dayStartUtc.addSecs(24 * 3600)));
    if (!query.exec()) {
        fail(query, error);
        return hours;
    }
    while (query.next()) {
        const qint64 hour = dayStartUtc.secsTo(Store::parseTimestamp(query.value(0).toString())) / 3600;
        if (hour >= 0 && hour < 24)
            ++hours[int(hour)];
    }
    return hours;
}
