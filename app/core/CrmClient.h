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
struct LeadEvent;
struct OutboxEntry;

// The CRM's Sender API v1 (shared/sender-api.md) over one QNetworkAccessManager (one keep-alive
// connection per host). Every call is asynchronous: the callback runs later on the event loop, on
// `context`'s thread, and not at all when `context` is gone. Nothing here waits.
//
// A 401 suspends the client: every later call is answered with Kind::Suspended without touching the
// network until setToken() gives a new token, and unauthorized() asks the app for one. Only a 401
// that answers a call made with the current token counts: one made with an older token (the token
// changed while it was on the wire) is sent again with the current one.
//
// awaitToken() holds every call until setToken() says which token to use (the keychain lookup has
// not finished yet): a call without the token would only earn a 401.
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
    // Calls wait (not sent) until the next setToken().
    void awaitToken();
    bool isAwaitingToken() const { return !m_tokenKnown; }
    // Calls waiting for the token.
    int heldCalls() const { return int(m_held.size()); }
    bool isSuspended() const { return m_suspended; }
    // No progress (bytes in or out) for this long ends a call as Timeout. Default 30 s.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    QNetworkAccessManager* networkAccessManager() const { return m_network; }

    // Contract §1: GET /api/sender/sdrs
    void fetchSdrs(QObject* context, Callback callback);
    // Contract §2: GET /api/sender/queue?sdrId=..&limit=..[&sender_id=..] (v1.1: with claims)
    void fetchQueue(const QString& sdrId, int limit, QObject* context, Callback callback,
                    const QString& senderId = {});
    // Contract §2b (v1.1): GET /api/sender/queue/changes?sdrIds=a,b[&cursor=..]&wait=.. A long-poll:
    // the server may stay silent for `waitSecs`, so this call's timeout is timeoutMs (which must
    // exceed it), not the client's.
    void fetchQueueChanges(const QStringList& sdrIds, const QString& cursor, int waitSecs, int timeoutMs,
                           QObject* context, Callback callback);
    // Contract §5 (v1.1): POST /api/sender/sdrs/{sdrId}/claim, DELETE ..?sender_id=..
    void claimSdr(const QString& sdrId, const QJsonObject& payload, QObject* context, Callback callback);
    void releaseSdr(const QString& sdrId, const QString& senderId, QObject* context, Callback callback);
    // Contract §3: POST /api/sender/leads/{leadId}/result
    void postResult(const QString& leadId, const QJsonObject& payload, QObject* context, Callback callback);
    // Contract §6 (v1.1): POST /api/sender/leads/{leadId}/events
    void postLeadEvent(const QString& leadId, const QJsonObject& payload, QObject* context,
                       Callback callback);
    // Contract §4: PUT /api/sender/sdrs/{sdrId}/whatsapp
    void putStatus(const QString& sdrId, const QJsonObject& payload, QObject* context, Callback callback);

    static QJsonObject resultPayload(const OutboxEntry& entry);
    // {sdrId, attempt_id, event, at, text (replied / opted_out only)}
    static QJsonObject leadEventPayload(const LeadEvent& event);
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
    struct Call
    {
        QByteArray verb;
        QString path;
        QList<QPair<QString, QString>> query;
        QByteArray body;
        bool expectJson = false;
        int timeoutMs = 0; // 0: the client's
        QPointer<QObject> context;
        Callback callback;
        bool resentAfterStale401 = false;
    };
    void send(const QByteArray& verb, const QString& path, const QList<QPair<QString, QString>>& query,
              const QByteArray& body, bool expectJson, QObject* context, Callback callback,
              int timeoutMs = 0);
    void dispatch(Call call);
    void finish(QNetworkReply* reply, const Call& call, quint64 tokenGeneration);

    QNetworkAccessManager* m_network;
    QUrl m_baseUrl;
    QString m_token;
    quint64 m_tokenGeneration = 0; // bumped by every setToken(): which token a call carried
    bool m_tokenKnown = true;
    QVector<Call> m_held;
    bool m_suspended = false;
    int m_timeoutMs = 30000;
};
