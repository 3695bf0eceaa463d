#include "SdrRepository.h"

#include "Logging.h"
#include "Store.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
SdrRecord recordFrom(const QSqlQuery& query)
{
    SdrRecord sdr;
    sdr.id = query.value(0).toString();
    sdr.name = query.value(1).toString();
    sdr.active = query.value(2).toBool();
    sdr.expectedPhone = query.value(3).toString();
    sdr.source = query.value(4).toString();
    return sdr;
}
const QString kColumns = QStringLiteral("id, name, active, expected_phone, source");
} // namespace

SdrRepository::SdrRepository(Store* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
}

bool SdrRepository::fail(const QString& message)
{
    m_errorString = message;
    qCWarning(lcStore).noquote() << message;
    return false;
}

QVector<SdrRecord> SdrRepository::all() const
{
    QVector<SdrRecord> result;
    QSqlQuery query(m_store->database());
    if (!query.exec(QStringLiteral("SELECT %1 FROM sdrs ORDER BY name COLLATE NOCASE, id").arg(kColumns)))
        return result;
    while (query.next())
        result.append(recordFrom(query));
    return result;
}

std::optional<SdrRecord> SdrRepository::find(const QString& id) const
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT %1 FROM sdrs WHERE id = ?").arg(kColumns));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return recordFrom(query);
}

bool SdrRepository::upsert(const SdrRecord& sdr)
{
    if (sdr.id.isEmpty())
        return fail(tr("An SDR needs an id."));
    const QString now = Store::timestamp(QDateTime::currentDateTimeUtc());
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral(
        "INSERT INTO sdrs(id, name, active, expected_phone, source, created_at, updated_at) "
        "VALUES(?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
        "active = excluded.active, expected_phone = excluded.expected_phone, source = excluded.source, "
        "updated_at = excluded.updated_at"));
    query.addBindValue(sdr.id);
    query.addBindValue(sdr.name.isNull() ? QStringLiteral("") : sdr.name); // NOT NULL column
    query.addBindValue(sdr.active ? 1 : 0);
    query.addBindValue(sdr.expectedPhone.isEmpty() ? QVariant() : QVariant(sdr.expectedPhone));
    query.addBindValue(sdr.source);
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec())
        return fail(tr("Cannot save the SDR %1: %2").arg(sdr.id, query.lastError().text()));
    emit sdrChanged(sdr.id);
    return true;
}

bool SdrRepository::setActive(const QString& id, bool active)
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("UPDATE sdrs SET active = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(active ? 1 : 0);
    query.addBindValue(Store::timestamp(QDateTime::currentDateTimeUtc()));
    query.addBindValue(id);
    if (!query.exec())
        return fail(tr("Cannot update the SDR %1: %2").arg(id, query.lastError().text()));
    if (query.numRowsAffected() == 0)
        return fail(tr("There is no SDR \"%1\".").arg(id));
    emit sdrChanged(id);
    return true;
}

bool SdrRepository::remove(const QString& id)
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("DELETE FROM sdrs WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return fail(tr("Cannot remove the SDR %1: %2").arg(id, query.lastError().text()));
    if (query.numRowsAffected() == 0)
        return fail(tr("There is no SDR \"%1\".").arg(id));
    emit sdrRemoved(id);
    return true;
}
