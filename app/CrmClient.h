#pragma once

#include "CrmResponse.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
struct ConnectionStatus;
struct OutboxEntry;

// The CRM's Sender API v1 (shared/sender-api.md) over one QNetworkAccessManager (one keep-alive
// connection per host). Every call is asynchronous: the callback runs later on the event loop, on
// `context`'s thread, and not at all when `context` is gone. Nothing here waits.
//
// A 401 suspends the client: every later call is answered with Kind::Suspended without touching the
// network until setToken() gives a new token, and unauthorized() asks the app for one.
class CrmClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const CrmResponse&)>;

    static constexpr qint64 MaxResponseBytes = 8 * 1024 * 1024;

    explicit CrmClient(QObject* parent = nullptr);
    ~CrmClient() override;

    void setBaseUrl(const QUrl& url);
    QUrl baseUrl() const { return m_baseUrl; }
    // The secret comes from outside (Credentials); it is kept in memory only and never logged.
    void setToken(const QString& token);
    bool hasToken() const { return !m_token.isEmpty(); }
    bool isSuspended() const { return m_suspended; }
    // No progress (bytes in or out) for this long ends a call as Timeout. Default 30 s.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    QNetworkAccessManager* networkAccessManager() const { return m_network; }

    // Contract §1: GET /api/sender/sdrs
    void fetchSdrs(QObject* context, Callback callback);
    // Contract §2: GET /api/sender/queue?sdrId=..&limit=..
    void fetchQueue(const QString& sdrId, int limit, QObject* context, Callback callback);
    // Contract §3: POST /api/sender/leads/{leadId}/result
    void postResult(const QString& leadId, const QJsonObject& payload, QObject* context, Callback callback);
    // Contract §4: PUT /api/sender/sdrs/{sdrId}/whatsapp
    void putStatus(const QString& sdrId, const QJsonObject& payload, QObject* context, Callback callback);

    static QJsonObject resultPayload(const OutboxEntry& entry);
    static QJsonObject statusPayload(const ConnectionStatus& status);
    // Seconds or an HTTP date; -1 when absent or unreadable. Capped at one hour.
    static qint64 parseRetryAfter(const QByteArray& value, const QDateTime& now);

signals:
    // A 401: stop polling everywhere and ask the user for the token again.
    void unauthorized();
    void tokenChanged();
    // TLS certificate errors for a call (which then fails as TlsError); never ignored.
    void tlsError(const QString& host, const QString& errors);

private:
    void send(const QByteArray& verb, const QString& path, const QList<QPair<QString, QString>>& query,
              const QByteArray& body, bool expectJson, QObject* context, Callback callback);
    void finish(QNetworkReply* reply, bool expectJson, QPointer<QObject> context, const Callback& callback);

    QNetworkAccessManager* m_network;
    QUrl m_baseUrl;
    QString m_token;
    bool m_suspended = false;
    int m_timeoutMs = 30000;
};
