#include "HttpQueueSource.h"

#include "CrmClient.h"
#include "LeadParser.h"

HttpQueueSource::HttpQueueSource(CrmClient* crm, QObject* parent)
    : QueueSource(parent)
    , m_crm(crm)
{
}

void HttpQueueSource::fetch(const QString& sdrId, int limit, QObject* context, Callback callback)
{
    m_crm->fetchQueue(
        sdrId, limit, context,
        [sdrId, limit, callback](const CrmResponse& response) {
            QueueFetch fetch;
            fetch.retryAfterMs = response.retryAfterMs;
            if (!response.isOk()) {
                fetch.error =
                    CrmResponse::kindName(response.kind) + QStringLiteral(": ") + response.errorString;
                fetch.unauthorized = response.kind == CrmResponse::Kind::Unauthorized ||
                                     response.kind == CrmResponse::Kind::Suspended;
                fetch.claimLost = response.kind == CrmResponse::Kind::Conflict;
                callback(fetch);
                return;
            }
            fetch.parsed = LeadParser::parseQueue(response.body, sdrId);
            fetch.ok = fetch.parsed.ok;
            fetch.error = fetch.parsed.error;
            fetch.complete = fetch.ok && fetch.parsed.entries < limit;
            callback(fetch);
        },
        m_senderId);
}
