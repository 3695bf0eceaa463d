#pragma once

#include "QueueSource.h"

class Store;

// Leads imported into the local store (table local_leads) that have not entered the outbox yet:
// the CRM-less mode. Each is validated exactly like a lead from the CRM.
class LocalQueueSource : public QueueSource
{
    Q_OBJECT
public:
    explicit LocalQueueSource(Store* store, QObject* parent = nullptr);

    void fetch(const QString& sdrId, int limit, QObject* context, Callback callback) override;
    QString sourceName() const override { return QStringLiteral("local"); }

    // Synchronous read (the store is local and the query short); what fetch() delivers.
    QueueFetch read(const QString& sdrId, int limit) const;

private:
    Store* m_store;
};
