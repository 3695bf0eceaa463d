#include "OverviewQuery.h"

#include "ConnectionStatus.h"
#include "Store.h"
#include "UiLogging.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace {
bool run(QSqlQuery& query)
{
    if (query.exec())
        return true;
    qCWarning(lcUi) << "dashboard query failed:" << query.lastError().text();
    return false;
}

// Counts per SDR for one grouped query.
QHash<QString, int> countsBySdr(const Store* store, const QString& sql, const QVariantList& binds)
{
    QHash<QString, int> counts;
    QSqlQuery query(store->database());
    query.prepare(sql);
    for (const QVariant& bind : binds)
        query.addBindValue(bind);
    if (!run(query))
        return counts;
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toInt());
    return counts;
}
} // namespace

QDateTime OverviewQuery::localDayStart(const QDateTime& nowUtc)
{
    return QDateTime(nowUtc.toLocalTime().date(), QTime(0, 0)).toUTC();
}

QVector<SdrOverview> OverviewQuery::overviews(const Store* store, const QDateTime& dayStartUtc)
{
    QVector<SdrOverview> result;
    if (!store || !store->isOpen())
        return result;
    const QString dayStart = Store::timestamp(dayStartUtc);

    const QHash<QString, int> queued = countsBySdr(
        store,
        QStringLiteral(
            "SELECT sdr_id, COUNT(*) FROM outbox WHERE state IN ('queued', 'sending') GROUP BY sdr_id"),
        {});
    // Imported leads the router has not taken into the outbox yet are waiting too.
    const QHash<QString, int> imported =
        countsBySdr(store,
                    QStringLiteral("SELECT l.sdr_id, COUNT(*) FROM local_leads l WHERE NOT EXISTS "
                                   "(SELECT 1 FROM outbox o WHERE o.lead_id = l.lead_id) GROUP BY l.sdr_id"),
                    {});
    const QHash<QString, int> sent = countsBySdr(
        store, QStringLiteral("SELECT sdr_id, COUNT(*) FROM outbox WHERE sent_at >= ? GROUP BY sdr_id"),
        {dayStart});
    // A failed lead stays failed after its report ("reported" with no sent_at).
    const QHash<QString, int> failed = countsBySdr(
        store,
        QStringLiteral("SELECT sdr_id, COUNT(*) FROM outbox WHERE state IN ('failed', 'reported') "
                       "AND sent_at IS NULL AND updated_at >= ? GROUP BY sdr_id"),
        {dayStart});
    const QHash<QString, int> uncertain = countsBySdr(
        store,
        QStringLiteral("SELECT sdr_id, COUNT(*) FROM outbox WHERE state = 'uncertain' GROUP BY sdr_id"), {});

    // The latest send error of today per SDR, shown when the connection itself has none.
    QHash<QString, QString> sendErrors;
    {
        QSqlQuery query(store->database());
        query.prepare(QStringLiteral("SELECT sdr_id, error, detail FROM outbox WHERE error IS NOT NULL "
                                     "AND error != '' AND updated_at >= ? ORDER BY updated_at"));
        query.addBindValue(dayStart);
        if (run(query)) {
            while (query.next()) {
                const QString detail = query.value(2).toString();
                sendErrors.insert(query.value(0).toString(),
                                  detail.isEmpty()
                                      ? query.value(1).toString()
                                      : QStringLiteral("%1: %2").arg(query.value(1).toString(), detail));
            }
        }
    }

    QSqlQuery query(store->database());
    query.prepare(QStringLiteral(
        "SELECT s.id, s.name, s.active, s.expected_phone, c.sdr_id, c.state, c.whatsapp_phone, "
        "c.whatsapp_connected, c.whatsapp_connected_at, c.last_error "
        "FROM sdrs s LEFT JOIN connection_status c ON c.sdr_id = s.id ORDER BY s.name COLLATE NOCASE, s.id"));
    if (!run(query))
        return result;
    while (query.next()) {
        SdrOverview row;
        row.sdrId = query.value(0).toString();
        row.name = query.value(1).toString();
        row.active = query.value(2).toBool();
        row.hasStatus = !query.value(4).isNull();
        if (row.hasStatus)
            row.state = connectionStateFromName(query.value(5).toString());
        const QString linked = query.value(6).toString();
        row.phone = linked.isEmpty() ? query.value(3).toString() : linked;
        if (row.state == ConnectionState::Connected && query.value(7).toBool())
            row.connectedSince = Store::parseTimestamp(query.value(8).toString());
        row.queueDepth = queued.value(row.sdrId) + imported.value(row.sdrId);
        row.sentToday = sent.value(row.sdrId);
        row.failedToday = failed.value(row.sdrId);
        row.uncertain = uncertain.value(row.sdrId);
        const QString connectionError = query.value(9).toString();
        row.lastError = connectionError.isEmpty() ? sendErrors.value(row.sdrId) : connectionError;
        result.append(row);
    }
    return result;
}

QVector<int> OverviewQuery::hourlySends(const Store* store, const QDateTime& dayStartUtc)
{
    QVector<int> hours(24, 0);
    if (!store || !store->isOpen())
        return hours;
    QSqlQuery query(store->database());
    query.prepare(QStringLiteral("SELECT sent_at FROM outbox WHERE sent_at >= ? AND sent_at < ?"));
    query.addBindValue(Store::timestamp(dayStartUtc));
    query.addBindValue(Store::timestamp(dayStartUtc.addSecs(24 * 3600)));
    if (!run(query))
        return hours;
    while (query.next()) {
        const QDateTime at = Store::parseTimestamp(query.value(0).toString());
        const qint64 hour = dayStartUtc.secsTo(at) / 3600;
        if (hour >= 0 && hour < 24)
            ++hours[int(hour)];
    }
    return hours;
}

QVector<UncertainLead> OverviewQuery::uncertainLeads(const Store* store)
{
    QVector<UncertainLead> result;
    if (!store || !store->isOpen())
        return result;
    QSqlQuery query(store->database());
    query.prepare(
        QStringLiteral("SELECT o.lead_id, o.sdr_id, s.name, o.name, o.phone, o.updated_at, o.detail "
                       "FROM outbox o LEFT JOIN sdrs s ON s.id = o.sdr_id "
                       "WHERE o.state = 'uncertain' ORDER BY o.updated_at, o.lead_id"));
    if (!run(query))
        return result;
    while (query.next()) {
        UncertainLead lead;
        lead.leadId = query.value(0).toString();
        lead.sdrId = query.value(1).toString();
        lead.sdrName = query.value(2).toString();
        lead.leadName = query.value(3).toString();
        lead.phone = query.value(4).toString();
        lead.since = Store::parseTimestamp(query.value(5).toString());
        lead.detail = query.value(6).toString();
        result.append(lead);
    }
    return result;
}
