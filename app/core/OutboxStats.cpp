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
    // Timestamps are all Store::timestamp() strings (fixed-width ISO UTC), so they compare as text.
    query.prepare(QStringLiteral("SELECT sdr_id,"
                                 " SUM(CASE WHEN state IN ('queued', 'sending') THEN 1 ELSE 0 END),"
                                 " SUM(CASE WHEN state = 'uncertain' THEN 1 ELSE 0 END),"
                                 " SUM(CASE WHEN sent_at >= :start AND sent_at < :end THEN 1 ELSE 0 END),"
                                 " SUM(CASE WHEN state IN ('failed', 'reported') AND sent_at IS NULL"
                                 "     AND updated_at >= :start AND updated_at < :end THEN 1 ELSE 0 END)"
                                 " FROM outbox GROUP BY +sdr_id"));
    query.bindValue(QStringLiteral(":start"), Store::timestamp(dayStartUtc));
    query.bindValue(QStringLiteral(":end"), Store::timestamp(dayEndUtc));
    if (!query.exec()) {
        fail(query, error);
        return {};
    }
    while (query.next()) {
        OutboxFigures& f = figures[query.value(0).toString()];
        f.queued = query.value(1).toInt();
        f.uncertain = query.value(2).toInt();
        f.sentToday = query.value(3).toInt();
        f.failedToday = query.value(4).toInt();
    }

    // Imported leads the router has not taken into the outbox yet are waiting too.
    if (!query.exec(
            QStringLiteral("SELECT l.sdr_id, COUNT(*) FROM local_leads l WHERE NOT EXISTS "
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
    QVector<int> hours(24, 0);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT sent_at FROM outbox WHERE sent_at >= ? AND sent_at < ?"));
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
