#pragma once

#include "ConnectionStatus.h"

#include <QObject>
#include <QVector>
#include <optional>

class Store;

// The connection_status table: one row per SDR.
class ConnectionStatusRepository : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionStatusRepository(Store* store, QObject* parent = nullptr);

    std::optional<ConnectionStatus> find(const QString& sdrId) const;
    QVector<ConnectionStatus> all() const;
    QVector<ConnectionStatus> pendingReports() const;

    // Writes the whole row (insert or replace) and emits statusSaved.
    bool save(const ConnectionStatus& status);
    // Clears report_pending only if the row is still the version that was reported (its updatedAt),
    // so a change that happened while the report was in flight is reported too.
    bool markReported(const QString& sdrId, const QDateTime& reportedUpdatedAt, const QDateTime& when);

    QString errorString() const { return m_errorString; }

signals:
    void statusSaved(const ConnectionStatus& status);

private:
    QVector<ConnectionStatus> select(const QString& where, const QVariantList& binds) const;

    Store* m_store;
    QString m_errorString;
};
