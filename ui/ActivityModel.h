#pragma once

#include "ActivityEntry.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QTimer>
#include <QVector>

class ActivityLog;
class SdrRepository;

// The activity log, newest first, filtered by SDR and kind. Loads a page at a time (fetchMore)
// and puts new entries on top as the log announces them, in batches: entries arriving within
// batchInterval() go in with one row insertion, so a burst costs the view one layout, not one per
// entry. It holds at most maxRows() entries: beyond them the oldest are dropped from memory and
// read again from the store if the view scrolls down to them.
class ActivityModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        SdrColumn,
        KindColumn,
        MessageColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        EntryIdRole = Qt::UserRole + 1,
        SdrIdRole,
        KindRole, // the raw kind ("send", "fail", ...)
        TimestampRole
    };

    ActivityModel(ActivityLog* log, SdrRepository* sdrs, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    QString sdrFilter() const { return m_sdrFilter; }
    QString kindFilter() const { return m_kindFilter; }
    void setPageSize(int size) { m_pageSize = qMax(1, size); }
    void setBatchInterval(int ms) { m_batchTimer.setInterval(qMax(0, ms)); }
    int batchInterval() const { return m_batchTimer.interval(); }
    void setMaxRows(int rows) { m_maxRows = qMax(m_pageSize, rows); }
    int maxRows() const { return m_maxRows; }
    ActivityLog* log() const { return m_log; }
    QHash<QString, QString> sdrNames() const { return m_names; }
    ActivityEntry entry(int row) const { return m_entries.value(row); }
    QString sdrName(const QString& sdrId) const;

    // Every entry that matches the filters, not just the loaded pages (for the CSV export).
    QVector<ActivityEntry> allMatching() const;
    // The kinds the app writes plus any seen so far, for the filter box.
    QStringList knownKinds() const;
    static QString kindLabel(const QString& kind);
    static QColor kindColor(const QString& kind);

    // Writes allMatching() as CSV (time in UTC, SDR id, SDR name, kind, message). False and an
    // error text when the file cannot be written; nothing else is touched.
    bool exportCsv(const QString& filePath, QString* errorString = nullptr) const;

public slots:
    void setSdrFilter(const QString& sdrId); // empty = every SDR
    void setKindFilter(const QString& kind); // empty = every kind
    void reload();
    void retranslate();
    // Puts the entries waiting for the next batch in now.
    void flushPending();

private:
    bool matches(const ActivityEntry& entry) const;
    QVector<ActivityEntry> nextPage();
    void onAdded(const ActivityEntry& entry);
    void reloadNames();

    void trimToMaxRows();

    ActivityLog* m_log;
    SdrRepository* m_sdrs;
    QVector<ActivityEntry> m_entries;
    QVector<ActivityEntry> m_pending; // announced, not shown yet; oldest first
    QTimer m_batchTimer;
    QHash<QString, QString> m_names;
    QStringList m_seenKinds;
    QString m_sdrFilter;
    QString m_kindFilter;
    qint64 m_oldestLoadedId = 0; // paging cursor into the log (0 = from the newest)
    bool m_exhausted = false;
    int m_pageSize = 200;
    int m_maxRows = 5000;
};
