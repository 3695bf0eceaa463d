#include "LocalQueueSource.h"

#include "LeadParser.h"
#include "Logging.h"
#include "Store.h"

#include <QJsonObject>
#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

LocalQueueSource::LocalQueueSource(Store* store, QObject* parent)
    : QueueSource(parent)
    , m_store(store)
{
}

QueueFetch LocalQueueSource::read(const QString& sdrId, int limit) const
{
    QueueFetch fetch;
    QSqlQuery query(m_store->database());
    query.prepare(
        QStringLiteral("SELECT lead_id, sdr_id, name, phone, message, created_at FROM local_leads l "
                       "WHERE sdr_id = ? AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.lead_id = l.lead_id) "
                       "ORDER BY created_at, rowid LIMIT ?"));
    query.addBindValue(sdrId);
    query.addBindValue(limit);
    if (!query.exec()) {
        fetch.error = query.lastError().text();
        qCWarning(lcQueue) << "cannot read local leads:" << fetch.error;
        return fetch;
    }
    fetch.ok = true;
    fetch.parsed.ok = true;
    while (query.next()) {
        const QJsonObject object{
            {QStringLiteral("id"), query.value(0).toString()},
            {QStringLiteral("assigned_sdr_id"), query.value(1).toString()},
            {QStringLiteral("name"), query.value(2).toString()},
            {QStringLiteral("phone"), query.value(3).toString()},
            {QStringLiteral("message"), query.value(4).toString()},
            {QStringLiteral("created_at"), query.value(5).toString()},
        };
        ++fetch.parsed.entries;
        auto parsed = LeadParser::parseLead(object, sdrId);
        if (auto* lead = std::get_if<Lead>(&parsed))
            fetch.parsed.leads.append(*lead);
        else
            fetch.parsed.rejected.append(std::get<RejectedLead>(parsed));
    }
    return fetch;
}

void LocalQueueSource::fetch(const QString& sdrId, int limit, QObject* context, Callback callback)
{
    QPointer<QObject> guard(context ? context : this);
    QTimer::singleShot(0, this, [this, guard, sdrId, limit, callback] {
        if (guard)
            callback(read(sdrId, limit));
    });
}
