#pragma once

#include "FollowUpRepository.h"
#include "SdrOverview.h"

#include <QDateTime>
#include <QHash>
#include <QVector>

class QSqlDatabase;

// Everything the dashboard reads in one go, as plain values: made on the background reader's thread
// (BackgroundReader), handed to the UI thread by value. The budget's counts come raw; the UI thread
// turns them into usage with the settings (UnansweredBudget::usageOf).
struct DashboardSnapshot
{
    QVector<SdrOverview> rows; // the budget fields not filled yet
    QHash<QString, FollowUpRepository::Unanswered> unanswered;
    QVector<int> hourlySends = QVector<int>(24, 0);
    QVector<int> hourlyReplies = QVector<int>(24, 0);
    QVector<UncertainLead> uncertain;
};

// The dashboard's reads against the store: short SELECTs on sdrs, connection_status, outbox,
// local_leads and lead_followup (figures through OutboxStats and FollowUpStats, the budget's count
// through FollowUpRepository). Each takes the connection to read on: the dashboard reads on its
// background reader's, `--status`-like checks and tests on the store's. "Today" is the local
// calendar day; callers pass its start in UTC (localDayStart).
class OverviewQuery
{
public:
    static QDateTime localDayStart(const QDateTime& nowUtc);

    // All of the dashboard's figures at `nowUtc`; withBudget: also the unanswered counts.
    static DashboardSnapshot snapshot(const QSqlDatabase& db, const QDateTime& nowUtc, bool withBudget);

    // One entry per SDR in the sdrs table, ordered by name (budget fields empty).
    static QVector<SdrOverview> overviews(const QSqlDatabase& db, const QDateTime& dayStartUtc);
    // 24 counts: sends in each hour of the day that starts at dayStartUtc.
    static QVector<int> hourlySends(const QSqlDatabase& db, const QDateTime& dayStartUtc);
    // 24 counts: first replies in each hour of that day.
    static QVector<int> hourlyReplies(const QSqlDatabase& db, const QDateTime& dayStartUtc);
    static QVector<UncertainLead> uncertainLeads(const QSqlDatabase& db);
};
