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
    // Newest first. sdrId empty = all SDRs; beforeId > 0 pages back from that entry; kind empty =
    // every kind. Indexed (activity(sdr_id, id), activity(kind, id)): a page costs the same at the
    // top of a 200 000-row log as anywhere else.
    QVector<ActivityEntry> entries(const QString& sdrId = {}, int limit = 500, qint64 beforeId = 0,
                                   const QString& kind = {}) const;
    Store* store() const { return m_store; }

signals:
    void added(const ActivityEntry& entry);

private:
    Store* m_store;
    const Clock* m_clock;
};
