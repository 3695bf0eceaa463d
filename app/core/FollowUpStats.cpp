#include "FollowUpStats.h"

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

QDateTime FollowUpStats::weekStart(const QDateTime& dayStartUtc)
{
    // Calendar days, not 6 × 24 h: a daylight-saving change in the week must not shift the start.
    return dayStartUtc.toLocalTime().date().addDays(-6).startOfDay().toUTC();
}

QHash<QString, FollowUpFigures> FollowUpStats::perSdr(const QSqlDatabase& db, const QDateTime& dayStartUtc,
                                                      const QDateTime& dayEndUtc, QString* error)
{
    QHash<QString, FollowUpFigures> figures;
    const QString day = Store::timestamp(dayStartUtc);
    const QString end = Store::timestamp(dayEndUtc);
    const QString week = Store::timestamp(weekStart(dayStartUtc));

    // Sends, and which of the week's sends got a reply. Timestamps are Store::timestamp() strings
    // (fixed-width ISO UTC), so they compare as text. GROUP BY +sdr_id: one plain pass over the
    // outbox; grouping through the (sdr_id, state) index would read the table in random order
    // (4x slower on 100 000 rows; see docs/benchmarks.md).
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT o.sdr_id,"
                                 " SUM(CASE WHEN o.sent_at >= :day THEN 1 ELSE 0 END),"
                                 " COUNT(*),"
                                 " SUM(CASE WHEN f.replied_at IS NOT NULL THEN 1 ELSE 0 END)"
                                 " FROM outbox o LEFT JOIN lead_followup f ON f.lead_id = o.lead_id"
                                 " WHERE o.sent_at >= :week AND o.sent_at < :end GROUP BY +o.sdr_id"));
    query.bindValue(QStringLiteral(":day"), day);
    query.bindValue(QStringLiteral(":week"), week);
    query.bindValue(QStringLiteral(":end"), end);
    if (!query.exec()) {
        fail(query, error);
        return {};
    }
    while (query.next()) {
        FollowUpFigures& f = figures[query.value(0).toString()];
        f.sent.today = query.value(1).toInt();
        f.sent.week = query.value(2).toInt();
        f.weekSentReplied = query.value(3).toInt();
    }

    // Each event in the period it happened in. (No filter on updated_at: it holds the time of the
    // last event stored, and events may be stored out of order.)
    auto inPeriod = [](const char* column, const char* from) {
        return QStringLiteral(" SUM(CASE WHEN %1 >= %2 AND %1 < :end THEN 1 ELSE 0 END),")
            .arg(QLatin1String(column), QLatin1String(from));
    };
    QString sql = QStringLiteral("SELECT sdr_id,");
    for (const char* column : {"delivered_at", "read_at", "replied_at", "opted_out_at"})
        sql += inPeriod(column, ":day") + inPeriod(column, ":week");
    sql.chop(1);
    sql += QStringLiteral(" FROM lead_followup GROUP BY +sdr_id");
    query.prepare(sql);
    query.bindValue(QStringLiteral(":day"), day);
    query.bindValue(QStringLiteral(":week"), week);
    query.bindValue(QStringLiteral(":end"), end);
    if (!query.exec()) {
        fail(query, error);
        return {};
    }
    while (query.next()) {
        FollowUpFigures& f = figures[query.value(0).toString()];
        DayWeek* targets[] = {&f.delivered, &f.read, &f.replied, &f.optedOut};
        int column = 1;
        for (DayWeek* target : targets) {
            target->today = query.value(column++).toInt();
            target->week = query.value(column++).toInt();
        }
    }
    return figures;
}

QVector<int> FollowUpStats::hourlyReplies(const QSqlDatabase& db, const QDateTime& dayStartUtc,
                                          QString* error)
{
    return OutboxStats::countPerHour(
        db, QStringLiteral("SELECT replied_at FROM lead_followup WHERE replied_at >= ? AND replied_at < ?"),
        dayStartUtc, error);
}
