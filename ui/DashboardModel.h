#pragma once

#include "KeyedRowModel.h"
#include "SdrOverview.h"
#include "SessionUsage.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>
#include <QVector>

class ActivityLog;
class Clock;
class ConnectionStatusRepository;
class SdrRepository;
class Store;

// The team lead's table: one row per SDR with state, number, connected since, queue depth, sent and
// failed today, next send time and last error. Rows are SdrOverview values read by OverviewQuery;
// the model re-reads (coalesced) when an SDR, a connection status or the activity log changes, and
// every half minute so "today" and queue figures stay current. The pacer's next send time is pushed
// in through setNextSendAt.
class DashboardModel : public KeyedRowModel<QAbstractTableModel>
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        StateColumn,
        PhoneColumn,
        ConnectedSinceColumn,
        QueueColumn,
        SentTodayColumn,
        FailedTodayColumn,
        NextSendColumn,
        LastErrorColumn,
        MemoryColumn, // the awake session's renderer (issue 13); "asleep" when it has none
        CpuColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        SortRole = Qt::UserRole + 1, // raw value for sorting (numbers, timestamps, state severity)
        SdrIdRole,
        StateRole // int(ConnectionState)
    };

    struct Totals
    {
        int sdrs = 0;
        int connected = 0;
        int needAttention = 0; // warning or critical state
        int queued = 0;
        int sentToday = 0;
        int failedToday = 0;
        int uncertain = 0;
    };

    DashboardModel(Store* store, SdrRepository* sdrs, ConnectionStatusRepository* statuses,
                   ActivityLog* activity, const Clock* clock, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    SdrOverview overview(int row) const { return m_rows.value(row); }
    int rowOf(const QString& sdrId) const;
    Totals totals() const;
    QVector<int> hourlySends() const { return m_hourly; }
    QVector<UncertainLead> uncertainLeads() const { return m_uncertain; }
    const Clock* clock() const { return m_clock; }

public slots:
    // Reads everything again now.
    void refresh();
    // Asks for a refresh soon; many calls in a burst give one read.
    void scheduleRefresh();
    // From the pacer: when this SDR sends next (invalid = nothing scheduled).
    void setNextSendAt(const QString& sdrId, const QDateTime& when);
    // From SessionManager's sampler: what each session's renderer costs (SDRs without a session
    // are absent).
    void setSessionUsage(const SessionUsageMap& usage);
    void retranslate();

signals:
    // After every read, also when no row changed (the chart and totals follow it).
    void refreshed();

private:
    QString formatTime(const QDateTime& when) const;
    QVariant usageData(const QString& sdrId, int column, int role) const;

    Store* m_store;
    const Clock* m_clock;
    QVector<SdrOverview> m_rows;
    QHash<QString, QDateTime> m_nextSend;
    SessionUsageMap m_usage;
    QVector<int> m_hourly = QVector<int>(24, 0);
    QVector<UncertainLead> m_uncertain;
    QTimer m_coalesce;
    QTimer m_periodic;
};
