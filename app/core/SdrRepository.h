#pragma once

#include "SdrRecord.h"

#include <QObject>
#include <QVector>
#include <optional>

class Store;

// The sdrs table. Per-SDR setting overrides live in the same rows but belong to Settings.
class SdrRepository : public QObject
{
    Q_OBJECT
public:
    explicit SdrRepository(Store* store, QObject* parent = nullptr);

    QVector<SdrRecord> all() const; // ordered by name, then id
    std::optional<SdrRecord> find(const QString& id) const;

    // Inserts or updates name/active/expected phone/source; keeps the SDR's setting overrides.
    bool upsert(const SdrRecord& sdr);
    bool setActive(const QString& id, bool active);
    // Deletes the SDR and its connection status. Its outbox history stays.
    bool remove(const QString& id);

    QString errorString() const { return m_errorString; }

signals:
    void sdrChanged(const QString& id); // added or updated
    void sdrRemoved(const QString& id);

private:
    bool fail(const QString& message);

    Store* m_store;
    QString m_errorString;
};
