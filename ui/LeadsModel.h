#pragma once

#include "LeadList.h"

#include <QAbstractTableModel>
#include <QTimer>
#include <QVector>
#include <memory>

class ActivityLog;
class BackgroundReader;
class Clock;
class QIODevice;
class Settings;
class Store;

// The Leads view's table: recent leads (within the follow-up watch window) with their SDR, name,
// phone, follow-up state, send time, last event and reply. Filters (SDR, state, text) and the
// limit go into the SQL of LeadList, so a store of 100 000 outbox rows gives at most `limit` rows
// here. Empty until the first refresh() (or setActive(true)). Text from leads and the CRM is shown as plain
// text; tooltips escape it. The query runs on a BackgroundReader (issue 13: about 200 ms on 100 000
// rows): the rows shown stay until the next read is in, at most one read is in flight and one more
// asked for, and refreshed() says a read's rows are in.
class LeadsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SdrColumn,
        LeadColumn,
        PhoneColumn,
        StateColumn,
        SentAtColumn,
        LastEventColumn,
        ReplyColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        LeadIdRole,
        StateNameRole, // the state's name ("replied")
    };

    static constexpr int DefaultLimit = 2000;
    // Replies longer than this are cut in the table (the tooltip has them whole).
    static constexpr int ReplyDisplayChars = 80;

    // settings: the watch window (followup_watch_days); null means the built-in 14 days.
    LeadsModel(Store* store, Settings* settings, ActivityLog* activity, const Clock* clock,
               QObject* parent = nullptr);
    ~LeadsModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString sdrFilter() const { return m_filter.sdrId; }
    QString stateFilter() const { return m_filter.state; }
    QString searchText() const { return m_filter.search; }
    int limit() const { return m_filter.limit; }
    void setLimit(int limit);
    // True when the limit cut the list (more leads match than are shown).
    bool isTruncated() const { return m_rows.size() >= m_shownLimit; }
    // True from a refresh() until its rows are in (tests wait on it).
    bool isRefreshing() const { return m_reading || m_readAgain; }
    LeadListRow lead(int row) const { return m_rows.value(row); }
    QString errorString() const { return m_error; }

    // The translated name of a state ("opted_out" -> "Opted out").
    static QString stateLabel(const QString& state);

    // What is shown, as text: the header and one list per row (the whole reply, not the elided one).
    QStringList csvHeader() const;
    QVector<QStringList> csvRows() const;
    // Writes what is shown as CSV (see LeadList::writeCsv).
    bool exportCsv(QIODevice* device, QString* error = nullptr) const;

public slots:
    void setSdrFilter(const QString& sdrId);
    void setStateFilter(const QString& state);
    void setSearchText(const QString& text);
    void refresh();
    // Asks for a refresh soon (coalesced); only while active.
    void scheduleRefresh();
    // Inactive (view hidden): no reads on activity, one when it becomes active again.
    void setActive(bool active);
    void retranslate();

signals:
    void refreshed();

private:
    QString formatTime(const QDateTime& when) const;
    void apply(const QVector<LeadListRow>& rows, int limit, const QString& error);

    Store* m_store;
    Settings* m_settings;
    const Clock* m_clock;
    LeadList::Filter m_filter;
    QVector<LeadListRow> m_rows;
    QString m_error;
    bool m_active = true;
    bool m_stale = false;
    QTimer m_coalesce;
    QTimer m_periodic;
    int m_shownLimit = DefaultLimit; // the limit of the read whose rows are shown
    bool m_reading = false;
    bool m_readAgain = false;
    // Last: destroyed first, so no read's result arrives while the rest is being torn down.
    std::unique_ptr<BackgroundReader> m_reader;
};
