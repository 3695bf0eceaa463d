#pragma once

#include "KeyedRowModel.h"
#include "SdrOverview.h"
#include "SessionUsage.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>
#include <QVector>
#include <memory>

class ActivityLog;
class BackgroundReader;
struct DashboardSnapshot;
class FollowUpRepository;
class Settings;
class UnansweredBudget;
class Clock;
class ConnectionStatusRepository;
class SdrRepository;
class Store;

// The team lead's table: one row per SDR with state, number, connected since, queue depth, what
// happened to its messages today / in the last 7 days (sent, delivered, read, replied, opted out,
// reply rate), the unanswered budget used, failed today, next send time and last error. Rows are SdrOverview
// values read by OverviewQuery; the model re-reads (coalesced) when an SDR, a connection status or the
// activity log changes, and every half minute so "today" and queue figures stay current. The pacer's next
// send time is pushed in through setNextSendAt.
// The reads run on a BackgroundReader (issue 13: they take hundreds of milliseconds on a large
// store): the model keeps showing the last snapshot meanwhile, has at most one read in flight and
// one more asked for, and takes the next snapshot in with refreshed().
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
        // Follow-up figures, each "today / 7 days" (FollowUpStats).
        SentColumn,
        DeliveredColumn,
        ReadColumn,
        RepliedColumn,
        OptedOutColumn,
        ReplyRateColumn, // of the last 7 days' sends
        BudgetColumn,    // unanswered budget used (UnansweredBudget)
        FailedTodayColumn,
        NextSendColumn,
        MemoryColumn, // the awake session's renderer (issue 13); "asleep" when it has none
        CpuColumn,
        // New columns go before this one: the last column stretches to take what is left.
        LastErrorColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        SortRole = Qt::UserRole + 1, // raw value for sorting (numbers, timestamps, state severity)
        SdrIdRole,
        StateRole,     // int(ConnectionState)
        BudgetFlagRole // 0 fine, 1 at 80 % of the unanswered budget, 2 at 100 % (paused)
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
        int repliedToday = 0;
        int budgetFlagged = 0; // SDRs at 80 % of their unanswered budget or more (paused included)
        int budgetPaused = 0;  // SDRs at 100 %: sending paused
    };

    // settings: for the unanswered budget (without it, the budget column stays empty).
    DashboardModel(Store* store, SdrRepository* sdrs, ConnectionStatusRepository* statuses,
                   ActivityLog* activity, const Clock* clock, QObject* parent = nullptr,
                   Settings* settings = nullptr);
    ~DashboardModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    SdrOverview overview(int row) const { return m_rows.value(row); }
    int rowOf(const QString& sdrId) const;
    Totals totals() const;
    QVector<int> hourlySends() const { return m_hourly; }
    QVector<int> hourlyReplies() const { return m_hourlyReplies; }
    QVector<UncertainLead> uncertainLeads() const { return m_uncertain; }
    const Clock* clock() const { return m_clock; }

    // True from a refresh() until its snapshot is in (tests wait on it).
    bool isRefreshing() const { return m_reading || m_readAgain; }

public slots:
    // Reads everything again now (in the background; refreshed() when the snapshot is in).
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
    QVariant display(const SdrOverview& row, ConnectionState state, int column) const;
    QVariant sortValue(const SdrOverview& row, ConnectionState state, int column) const;
    QVariant toolTip(const SdrOverview& row, ConnectionState state, int column) const;
    QVariant headerToolTip(int section) const;
    QVariant usageData(const QString& sdrId, int column, int role) const;
    void apply(DashboardSnapshot snapshot);

    Store* m_store;
    const Clock* m_clock;
    QVector<SdrOverview> m_rows;
    QHash<QString, QDateTime> m_nextSend;
    std::unique_ptr<FollowUpRepository> m_followUps;
    std::unique_ptr<UnansweredBudget> m_budget;
    SessionUsageMap m_usage;
    QVector<int> m_hourly = QVector<int>(24, 0);
    QVector<int> m_hourlyReplies = QVector<int>(24, 0);
    QVector<UncertainLead> m_uncertain;
    QTimer m_coalesce;
    QTimer m_periodic;
    bool m_reading = false;   // a read is in flight
    bool m_readAgain = false; // asked for while one was in flight
    // Last: destroyed first, so no read's result arrives while the rest is being torn down.
    std::unique_ptr<BackgroundReader> m_reader;
};
