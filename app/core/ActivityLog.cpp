#include "ActivityLog.h"

#include "Clock.h"
#include "Logging.h"
#include "Store.h"

#include <QSqlError>
#include <QSqlQuery>

ActivityLog::ActivityLog(Store* store, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
{
}

bool ActivityLog::add(const QString& sdrId, const QString& kind, const QString& message)
{
    ActivityEntry entry;
    entry.at = m_clock->now();
    entry.sdrId = sdrId;
    entry.kind = kind;
    entry.message = message;
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("INSERT INTO activity(at, sdr_id, kind, message) VALUES(?, ?, ?, ?)"));
    query.addBindValue(Store::timestamp(entry.at));
    query.addBindValue(sdrId.isEmpty() ? QVariant() : QVariant(sdrId));
    query.addBindValue(kind);
    query.addBindValue(message);
    if (!query.exec()) {
        qCWarning(lcStore) << "cannot write the activity log:" << query.lastError().text();
        return false;
    }
    entry.id = query.lastInsertId().toLongLong();
    emit added(entry);
    return true;
}

QVector<ActivityEntry> ActivityLog::entries(const QString& sdrId, int limit, qint64 beforeId,
                                            const QString& kind) const
{
    QStringList conditions;
    QVariantList binds;
    if (!sdrId.isEmpty()) {
        conditions << QStringLiteral("sdr_id = ?");
        binds << sdrId;
    }
    if (!kind.isEmpty()) {
        conditions << QStringLiteral("kind = ?");
        binds << kind;
    }
    if (beforeId > 0) {
        conditions << QStringLiteral("id < ?");
        binds << beforeId;
    }
    QSqlQuery query(m_store->database());
    query.prepare(
        QStringLiteral("SELECT id, at, sdr_id, kind, message FROM activity %1 ORDER BY id DESC LIMIT ?")
            .arg(conditions.isEmpty() ? QString()
                                      : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "))));
    for (const QVariant& bind : binds)
        query.addBindValue(bind);
    query.addBindValue(limit);
    QVector<ActivityEntry> result;
    if (!query.exec())
        return result;
    while (query.next()) {
        ActivityEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = Store::parseTimestamp(query.value(1).toString());
        entry.sdrId = query.value(2).toString();
        entry.kind = query.value(3).toString();
        entry.message = query.value(4).toString();
        result.append(entry);
    }
    return result;
}
