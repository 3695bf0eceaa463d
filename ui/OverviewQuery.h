#pragma once

#include "SdrOverview.h"

#include <QDateTime>
#include <QVector>

class Store;
class UnansweredBudget;

// The dashboard's reads against the store: short SELECTs on sdrs, connection_status, outbox,
// local_leads and lead_followup (figures through OutboxStats and FollowUpStats). "Today" is the local
// calendar day; callers pass its start in UTC (localDayStart).
class OverviewQuery
{
public:
    static QDateTime localDayStart(const QDateTime& nowUtc);

    // One entry per SDR in the sdrs table, ordered by name; with the unanswered budget's usage
    // when a budget is given.
    static QVector<SdrOverview> overviews(const Store* store, const QDateTime& dayStartUtc,
                                          const UnansweredBudget* budget = nullptr);
    // 24 counts: sends in each hour of the day that starts at dayStartUtc.
    static QVector<int> hourlySends(const Store* store, const QDateTime& dayStartUtc);
    // 24 counts: first replies in each hour of that day.
    static QVector<int> hourlyReplies(const Store* store, const QDateTime& dayStartUtc);
    static QVector<UncertainLead> uncertainLeads(const Store* store);
};
