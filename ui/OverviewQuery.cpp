#include "OverviewQuery.h"

#include "ConnectionStatus.h"
#include "FollowUpStats.h"
#include "OutboxStats.h"
#include "Store.h"
#include "UiLogging.h"
#include "UnansweredBudget.h"

#include <QSqlDatabase>

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

} // namespace

QDateTime OverviewQuery::localDayStart(const QDateTime& nowUtc)
{
    return OutboxStats::localDayStart(nowUtc);
}

DashboardSnapshot OverviewQuery::snapshot(const QSqlDatabase& db, const QDateTime& nowUtc, bool withBudget)
{
    DashboardSnapshot snapshot;
    if (!db.isOpen())
        return snapshot;
    const QDateTime dayStart = localDayStart(nowUtc);
    snapshot.rows = overviews(db, dayStart);
    if (withBudget) {
        QString error;
        snapshot.unanswered =
            FollowUpRepository::unansweredPerSdr(db, nowUtc.addDays(-UnansweredBudget::WindowDays), &error);
        if (!error.isEmpty())
            qCWarning(lcUi) << "dashboard query failed:" << error;
    }
    snapshot.hourlySends = hourlySends(db, dayStart);
    snapshot.hourlyReplies = hourlyReplies(db, dayStart);
    snapshot.uncertain = uncertainLeads(db);
    return snapshot;
}

QVector<SdrOverview> OverviewQuery::overviews(const QSqlDatabase& db, const QDateTime& dayStartUtc)
{
    QVector<SdrOverview> result;
    if (!db.isOpen())
        return result;
    const QString dayStart = Store::timestamp(dayStartUtc);

    QString figuresError;
    const QHash<QString, OutboxFigures> figures =
        OutboxStats::perSdr(db, dayStartUtc, OutboxStats::localDayEnd(dayStartUtc), &figuresError);
    if (!figuresError.isEmpty())
        qCWarning(lcUi) << "dashboard query failed:" << figuresError;
    QString followUpError;
    const QHash<QString, FollowUpFigures> followUps =
        FollowUpStats::perSdr(db, dayStartUtc, OutboxStats::localDayEnd(dayStartUtc), &followUpError);
    if (!followUpError.isEmpty())
        qCWarning(lcUi) << "dashboard query failed:" << followUpError;

    // The latest send error of today per SDR, shown when the connection itself has none.
    QHash<QString, QString> sendErrors;
    {
        QSqlQuery query(db);
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

    QSqlQuery query(db);
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
        const OutboxFigures f = figures.value(row.sdrId);
        row.queueDepth = f.queued;
        row.sentToday = f.sentToday;
        row.failedToday = f.failedToday;
        row.uncertain = f.uncertain;
        row.followUps = followUps.value(row.sdrId);
        const QString connectionError = query.value(9).toString();
        row.lastError = connectionError.isEmpty() ? sendErrors.value(row.sdrId) : connectionError;
        result.append(row);
    }
    return result;
}

QVector<int> OverviewQuery::hourlySends(const QSqlDatabase& db, const QDateTime& dayStartUtc)
{
    if (!db.isOpen())
        return QVector<int>(24, 0);
    QString error;
    const QVector<int> hours = OutboxStats::hourlySends(db, dayStartUtc, &error);
    if (!error.isEmpty())
        qCWarning(lcUi) << "dashboard query failed:" << error;
    return hours;
}

QVector<int> OverviewQuery::hourlyReplies(const QSqlDatabase& db, const QDateTime& dayStartUtc)
{
    if (!db.isOpen())
        return QVector<int>(24, 0);
    QString error;
    const QVector<int> hours = FollowUpStats::hourlyReplies(db, dayStartUtc, &error);
    if (!error.isEmpty())
        qCWarning(lcUi) << "dashboard query failed:" << error;
    return hours;
}

QVector<UncertainLead> OverviewQuery::uncertainLeads(const QSqlDatabase& db)
{
    QVector<UncertainLead> result;
    if (!db.isOpen())
        return result;
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT o.lead_id, o.sdr_id, s.name, o.name, o.phone, o.updated_at, o.detail, o.state "
                       "FROM outbox o LEFT JOIN sdrs s ON s.id = o.sdr_id "
                       "WHERE o.state IN ('uncertain','held') ORDER BY o.updated_at, o.lead_id"));
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
        lead.held = query.value(7).toString() == QLatin1String("held");
        result.append(lead);
    }
    return result;
}
