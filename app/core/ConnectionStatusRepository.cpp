#include "ConnectionStatusRepository.h"

#include "Logging.h"
#include "Store.h"

#include <QSqlError>
#include <QSqlQuery>

ConnectionStatusRepository::ConnectionStatusRepository(Store* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
}

QVector<ConnectionStatus> ConnectionStatusRepository::select(const QString& where,
                                                             const QVariantList& binds) const
{
    QVector<ConnectionStatus> result;
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT sdr_id, whatsapp_connected, whatsapp_session_id, whatsapp_phone, "
                                 "whatsapp_connected_at, state, last_error, updated_at, report_pending "
                                 "FROM connection_status %1 ORDER BY sdr_id")
                      .arg(where));
    for (const QVariant& bind : binds)
        query.addBindValue(bind);
    if (!query.exec()) {
        qCWarning(lcStore) << "cannot read connection status:" << query.lastError().text();
        return result;
    }
    while (query.next()) {
        ConnectionStatus status;
        status.sdrId = query.value(0).toString();
        status.whatsappConnected = query.value(1).toBool();
        status.whatsappSessionId = query.value(2).toString();
        status.whatsappPhone = query.value(3).toString();
        status.whatsappConnectedAt = Store::parseTimestamp(query.value(4).toString());
        status.state = connectionStateFromName(query.value(5).toString());
        status.lastError = query.value(6).toString();
        status.updatedAt = Store::parseTimestamp(query.value(7).toString());
        status.reportPending = query.value(8).toBool();
        result.append(status);
    }
    return result;
}

std::optional<ConnectionStatus> ConnectionStatusRepository::find(const QString& sdrId) const
{
    const auto rows = select(QStringLiteral("WHERE sdr_id = ?"), {sdrId});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QVector<ConnectionStatus> ConnectionStatusRepository::all() const
{
    return select(QString(), {});
}

QVector<ConnectionStatus> ConnectionStatusRepository::pendingReports() const
{
    return select(QStringLiteral("WHERE report_pending = 1"), {});
}

bool ConnectionStatusRepository::save(const ConnectionStatus& status)
{
    auto nullable = [](const QString& text) {
        return text.isEmpty() ? QVariant() : QVariant(text);
    };
    const QDateTime updated = status.updatedAt.isValid() ? status.updatedAt : QDateTime::currentDateTimeUtc();
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO connection_status(sdr_id, whatsapp_connected, whatsapp_session_id, "
        "whatsapp_phone, whatsapp_connected_at, state, last_error, updated_at, report_pending) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(status.sdrId);
    query.addBindValue(status.whatsappConnected ? 1 : 0);
    query.addBindValue(nullable(status.whatsappSessionId));
    query.addBindValue(nullable(status.whatsappPhone));
    query.addBindValue(status.whatsappConnectedAt.isValid()
                           ? QVariant(Store::timestamp(status.whatsappConnectedAt))
                           : QVariant());
    query.addBindValue(connectionStateName(status.state));
    query.addBindValue(nullable(status.lastError));
    query.addBindValue(Store::timestamp(updated));
    query.addBindValue(status.reportPending ? 1 : 0);
    if (!query.exec()) {
        m_errorString = query.lastError().text();
        qCWarning(lcStore) << "cannot save connection status of" << status.sdrId << ":" << m_errorString;
        return false;
    }
    ConnectionStatus saved = status;
    saved.updatedAt = updated;
    emit statusSaved(saved);
    return true;
}

bool ConnectionStatusRepository::markReported(const QString& sdrId, const QDateTime& reportedUpdatedAt,
                                              const QDateTime& when)
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("UPDATE connection_status SET report_pending = 0, reported_at = ? "
                                 "WHERE sdr_id = ? AND updated_at = ?"));
    query.addBindValue(Store::timestamp(when));
    query.addBindValue(sdrId);
    query.addBindValue(Store::timestamp(reportedUpdatedAt));
    if (!query.exec()) {
        m_errorString = query.lastError().text();
        return false;
    }
    return true;
}
