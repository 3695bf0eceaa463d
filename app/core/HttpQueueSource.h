#pragma once

#include "QueueSource.h"

class CrmClient;

// The CRM's queue (contract §2) through CrmClient, validated by LeadParser.
class HttpQueueSource : public QueueSource
{
    Q_OBJECT
public:
    explicit HttpQueueSource(CrmClient* crm, QObject* parent = nullptr);

    void fetch(const QString& sdrId, int limit, QObject* context, Callback callback) override;
    QString sourceName() const override { return QStringLiteral("crm"); }
    // v1.1 with claims: polls carry &sender_id= (empty: v1, none).
    void setSenderId(const QString& senderId) { m_senderId = senderId; }

private:
    CrmClient* m_crm;
    QString m_senderId;
};
