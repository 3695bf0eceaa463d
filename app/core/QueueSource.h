#pragma once

#include "Lead.h"

#include <QObject>
#include <functional>

// One answer to "what is queued for this SDR?".
struct QueueFetch
{
    bool ok = false;
    QString error;             // why the poll failed (ok == false)
    bool unauthorized = false; // the CRM refused the token: stop polling everywhere
    bool claimLost = false;    // v1.1: 409, this instance does not hold the SDR's claim (§5)
    qint64 retryAfterMs = -1;  // the server asked to wait this long
    // The answer holds the SDR's whole queue (fewer entries than the limit), so a queued outbox
    // lead missing from it is no longer assigned to this SDR.
    bool complete = false;
    QueueParseResult parsed;
};

// Where leads come from: the CRM (HttpQueueSource) or the local store (LocalQueueSource, leads
// imported from CSV). Both feed the same Router.
class QueueSource : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const QueueFetch&)>;
    using QObject::QObject;
    ~QueueSource() override = default;

    // Asynchronous: the callback runs later on the event loop (never inside this call), and not at
    // all when `context` is gone.
    virtual void fetch(const QString& sdrId, int limit, QObject* context, Callback callback) = 0;
    // "crm" or "local": recorded in the outbox's source column.
    virtual QString sourceName() const = 0;
};
