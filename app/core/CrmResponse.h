#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

// The outcome of one CRM call, classified the way callers act on it.
struct CrmResponse
{
    enum class Kind
    {
        Ok,           // 2xx (and JSON when JSON was expected)
        Unauthorized, // 401: the token is wrong or revoked
        Conflict,     // 409: the lead is no longer assigned to this SDR
        RateLimited,  // 429 (retryAfterMs when the server said)
        ServerError,  // 5xx
        ClientError,  // other 4xx: our request is wrong; retried slowly, never dropped
        NetworkError, // refused, reset, DNS, ...
        Timeout,      // no progress within the timeout
        TlsError,     // certificate or handshake problem; never ignored
        TooLarge,     // over 8 MiB: reading stopped
        NotJson,      // 2xx but not the JSON the contract promises
        Suspended,    // not sent: a 401 stopped all calls until a new token is set
        NotConfigured // no server URL
    };

    Kind kind = Kind::NetworkError;
    int httpStatus = 0;
    QByteArray body;
    QJsonDocument json;
    qint64 retryAfterMs = -1; // from Retry-After, -1 when absent
    QString errorString;      // for logs and the activity log; never contains the token

    bool isOk() const { return kind == Kind::Ok; }
    static QString kindName(Kind kind);
};
