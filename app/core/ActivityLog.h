#pragma once

#include "ActivityEntry.h"

#include <QObject>
#include <QVector>

class Clock;
class Store;

// The activity log the dashboard shows and exports: one row per thing that happened.
class ActivityLog : public QObject
{
    Q_OBJECT
public:
    ActivityLog(Store* store, const Clock* clock, QObject* parent = nullptr);

    bool add(const QString& sdrId, const QString& kind, const QString& message);
    // Newest first. sdrId empty = all SDRs; beforeId > 0 pages back from that entry.
    QVector<ActivityEntry> entries(const QString& sdrId = {}, int limit = 500, qint64 beforeId = 0) const;

signals:
    void added(const ActivityEntry& entry);

private:
    Store* m_store;
    const Clock* m_clock;
};
