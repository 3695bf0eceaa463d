#include "CrmClient.h"
#include "Utc.h"

#include "ConnectionStatus.h"
#include "FollowUp.h"
#include "Logging.h"
#include "OutboxEntry.h"
#include "Store.h"

#include <QJsonParseError>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>
#include <QUrlQuery>

namespace {
const char* kTimedOut = "sdrTimedOut";
const char* kTooLarge = "sdrTooLarge";
const char* kTlsErrors = "sdrTlsErrors";
} // namespace

QString CrmResponse::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Ok:
        return QStringLiteral("ok");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case Kind::ServerError:
        return QStringLiteral("server_error");
    case Kind::ClientError:
        return QStringLiteral("client_error");
    case Kind::NetworkError:
        return QStringLiteral("network_error");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::TlsError:
        return QStringLiteral("tls_error");
    case Kind::TooLarge:
        return QStringLiteral("too_large");
    case Kind::NotJson:
        return QStringLiteral("not_json");
    case Kind::Suspended:
        return QStringLiteral("suspended");
    case Kind::NotConfigured:
        return QStringLiteral("not_configured");
    }
    return {};
}

CrmClient::CrmClient(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // Redirects to another host would carry the bearer token along: do not follow them blindly.
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

CrmClient::~CrmClient() = default;

void CrmClient::setBaseUrl(const QUrl& url)
{
    m_baseUrl = url;
}

void CrmClient::setToken(const QString& token)
{
    m_token = token;
    ++m_tokenGeneration;
    m_tokenKnown = true;
    const bool wasSuspended = m_suspended;
    m_suspended = false;
    qCInfo(lcCrm) << "token" << (token.isEmpty() ? "cleared" : "set")
                  << (wasSuspended ? "; calls resume" : "");
    // Calls held while the token was being looked up go out now, with it.
    const QVector<Call> held = std::exchange(m_held, {});
    if (!held.isEmpty())
        qCInfo(lcCrm) << held.size() << "call(s) held for the token go out now";
    for (const Call& call : held)
        dispatch(call);
    emit tokenChanged();
}

void CrmClient::awaitToken()
{
    m_tokenKnown = false;
}

qint64 CrmClient::parseRetryAfter(const QByteArray& value, const QDateTime& now)
{
    constexpr qint64 kCapMs = 3600 * 1000;
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : std::min(seconds * 1000, kCapMs);
    // HTTP dates are IMF-fixdate ("Fri, 20 Nov 2026 10:00:30 GMT"), which Qt's RFC 2822 parser
    // does not take with "GMT".
    QDateTime when =
        QLocale::c().toDateTime(QString::fromLatin1(text), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (when.isValid())
        when.setTimeZone(Utc::zone());
    else
        when = QDateTime::fromString(QString::fromLatin1(text), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return std::clamp<qint64>(now.msecsTo(when), 0, kCapMs);
}

QJsonObject CrmClient::resultPayload(const OutboxEntry& entry)
{
    QJsonObject payload{
        {QStringLiteral("sdrId"), entry.sdrId},
        {QStringLiteral("status"), entry.wasSent() ? QStringLiteral("sent") : QStringLiteral("failed")},
        {QStringLiteral("attempt_id"), entry.attemptId},
        {QStringLiteral("sent_at"),
         entry.wasSent() ? QJsonValue(Store::timestamp(entry.sentAt)) : QJsonValue()},
        {QStringLiteral("error"),
         entry.wasSent() || entry.error.isEmpty() ? QJsonValue() : QJsonValue(entry.error)},
    };
    if (!entry.wasSent() && !entry.detail.isEmpty())
        payload.insert(QStringLiteral("detail"), entry.detail);
    return payload;
}

QJsonObject CrmClient::leadEventPayload(const LeadEvent& event)
{
    QJsonObject payload{
        {QStringLiteral("sdrId"), event.sdrId},
        {QStringLiteral("attempt_id"), event.attemptId},
        {QStringLiteral("event"), event.event},
        {QStringLiteral("at"), Store::timestamp(event.at)},
    };
    // The reply as it was written: JSON-encoded data, never markup or a command.
    if (event.event == followUpEventName(FollowUpEvent::Replied) ||
        event.event == followUpEventName(FollowUpEvent::OptedOut))
        payload.insert(QStringLiteral("text"), event.text);
    return payload;
}

QJsonObject CrmClient::statusPayload(const ConnectionStatus& status)
{
    auto nullable = [](const QString& text) {
        return text.isEmpty() ? QJsonValue() : QJsonValue(text);
    };
    QJsonObject payload{
        // Contract §4: "can send". A link refused by WhatsApp Web or paused by its warning cannot.
        {QStringLiteral("whatsapp_connected"),
         status.whatsappConnected && !needsPersonWithDetail(status.state)},
        {QStringLiteral("whatsapp_phone"), nullable(status.whatsappPhone)},
        {QStringLiteral("whatsapp_session_id"), nullable(status.whatsappSessionId)},
        {QStringLiteral("whatsapp_connected_at"),
         status.whatsappConnectedAt.isValid() ? QJsonValue(Store::timestamp(status.whatsappConnectedAt))
                                              : QJsonValue()},
        {QStringLiteral("state"), connectionStateName(status.state)},
    };
    // v1.1: states that need a person say why (the refusal, the text of WhatsApp's warning).
    if (needsPersonWithDetail(status.state) && !status.lastError.isEmpty())
        payload.insert(QStringLiteral("detail"), status.lastError.left(500));
    return payload;
}

void CrmClient::fetchSdrs(QObject* context, Callback callback)
{
    send("GET", QStringLiteral("/api/sender/sdrs"), {}, {}, true, context, std::move(callback));
}

void CrmClient::fetchQueue(const QString& sdrId, int limit, QObject* context, Callback callback,
                           const QString& senderId)
{
    QList<QPair<QString, QString>> query{{QStringLiteral("sdrId"), sdrId},
                                         {QStringLiteral("limit"), QString::number(limit)}};
    if (!senderId.isEmpty())
        query.append({QStringLiteral("sender_id"), senderId});
    send("GET", QStringLiteral("/api/sender/queue"), query, {}, true, context, std::move(callback));
}

void CrmClient::fetchQueueChanges(const QStringList& sdrIds, const QString& cursor, int waitSecs,
                                  int timeoutMs, QObject* context, Callback callback)
{
    QList<QPair<QString, QString>> query{{QStringLiteral("sdrIds"), sdrIds.join(QLatin1Char(','))}};
    if (!cursor.isEmpty())
        query.append({QStringLiteral("cursor"), cursor});
    query.append({QStringLiteral("wait"), QString::number(waitSecs)});
    send("GET", QStringLiteral("/api/sender/queue/changes"), query, {}, true, context, std::move(callback),
         timeoutMs);
}

void CrmClient::claimSdr(const QString& sdrId, const QJsonObject& payload, QObject* context,
                         Callback callback)
{
    send("POST",
         QStringLiteral("/api/sender/sdrs/%1/claim").arg(QString::fromLatin1(QUrl::toPercentEncoding(sdrId))),
         {}, QJsonDocument(payload).toJson(QJsonDocument::Compact), false, context, std::move(callback));
}

void CrmClient::releaseSdr(const QString& sdrId, const QString& senderId, QObject* context, Callback callback)
{
    send("DELETE",
         QStringLiteral("/api/sender/sdrs/%1/claim").arg(QString::fromLatin1(QUrl::toPercentEncoding(sdrId))),
         {{QStringLiteral("sender_id"), senderId}}, {}, false, context, std::move(callback));
}

void CrmClient::postResult(const QString& leadId, const QJsonObject& payload, QObject* context,
                           Callback callback)
{
    send("POST",
         QStringLiteral("/api/sender/leads/%1/result")
             .arg(QString::fromLatin1(QUrl::toPercentEncoding(leadId))),
         {}, QJsonDocument(payload).toJson(QJsonDocument::Compact), false, context, std::move(callback));
}

void CrmClient::postLeadEvent(const QString& leadId, const QJsonObject& payload, QObject* context,
                              Callback callback)
{
    send("POST",
         QStringLiteral("/api/sender/leads/%1/events")
             .arg(QString::fromLatin1(QUrl::toPercentEncoding(leadId))),
         {}, QJsonDocument(payload).toJson(QJsonDocument::Compact), false, context, std::move(callback));
}

void CrmClient::putStatus(const QString& sdrId, const QJsonObject& payload, QObject* context,
                          Callback callback)
{
    send("PUT",
         QStringLiteral("/api/sender/sdrs/%1/whatsapp")
             .arg(QString::fromLatin1(QUrl::toPercentEncoding(sdrId))),
         {}, QJsonDocument(payload).toJson(QJsonDocument::Compact), false, context, std::move(callback));
}

void CrmClient::send(const QByteArray& verb, const QString& path, const QList<QPair<QString, QString>>& query,
                     const QByteArray& body, bool expectJson, QObject* context, Callback callback,
                     int timeoutMs)
{
    Call call;
    call.verb = verb;
    call.path = path;
    call.query = query;
    call.body = body;
    call.expectJson = expectJson;
    call.timeoutMs = timeoutMs;
    call.context = context ? context : this;
    call.callback = std::move(callback);
    if (!m_tokenKnown && !m_suspended) {
        m_held.append(std::move(call));
        return;
    }
    dispatch(std::move(call));
}

void CrmClient::dispatch(Call call)
{
    QPointer<QObject> guard = call.context;
    auto answerLater = [this, guard, callback = call.callback](CrmResponse::Kind kind, const QString& why) {
        // Still asynchronous, so callers never see their callback run inside their own call.
        QTimer::singleShot(0, this, [guard, callback, kind, why] {
            if (!guard)
                return;
            CrmResponse response;
            response.kind = kind;
            response.errorString = why;
            callback(response);
        });
    };
    if (!guard)
        return;
    if (m_suspended)
        return answerLater(CrmResponse::Kind::Suspended, QStringLiteral("the CRM refused the token (401)"));
    if (!m_baseUrl.isValid() || m_baseUrl.host().isEmpty())
        return answerLater(CrmResponse::Kind::NotConfigured, QStringLiteral("no CRM server configured"));
    const QByteArray& verb = call.verb;
    const QString& path = call.path;
    const auto& query = call.query;
    const QByteArray& body = call.body;

    QUrl url = m_baseUrl;
    // The path is already percent-encoded where it holds ids.
    QString basePath = url.path(QUrl::FullyEncoded);
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path, QUrl::StrictMode);
    if (!query.isEmpty()) {
        QUrlQuery urlQuery;
        for (const auto& [key, value] : query)
            urlQuery.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        url.setQuery(urlQuery.query(QUrl::FullyEncoded), QUrl::StrictMode);
    }

    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

    QNetworkReply* reply = m_network->sendCustomRequest(request, verb, body);
    qCDebug(lcCrm) << verb << url.path();

    // Inactivity timeout: restarted by any progress, so a slow but moving download is fine and a
    // hanging server is not.
    auto* timer = new QTimer(reply);
    timer->setSingleShot(true);
    timer->setInterval(call.timeoutMs > 0 ? call.timeoutMs : m_timeoutMs);
    connect(timer, &QTimer::timeout, reply, [reply] {
        reply->setProperty(kTimedOut, true);
        reply->abort();
    });
    timer->start();
    connect(reply, &QNetworkReply::uploadProgress, timer, [timer] { timer->start(); });
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, timer](qint64 received, qint64 total) {
        timer->start();
        // Stop reading past the cap instead of buffering an endless body.
        if (received > MaxResponseBytes || total > MaxResponseBytes) {
            reply->setProperty(kTooLarge, true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError>& errors) {
        QStringList texts;
        for (const QSslError& error : errors)
            texts << error.errorString();
        const QString joined = texts.join(QStringLiteral("; "));
        reply->setProperty(kTlsErrors, joined);
        qCWarning(lcCrm) << "TLS error for" << reply->url().host() << ":" << joined;
        // Deliberately no ignoreSslErrors(): the call fails, the user is told.
        emit tlsError(reply->url().host(), joined);
    });
    const quint64 generation = m_tokenGeneration;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, call, generation] { finish(reply, call, generation); });
}

void CrmClient::finish(QNetworkReply* reply, const Call& call, quint64 tokenGeneration)
{
    const bool expectJson = call.expectJson;
    const QPointer<QObject>& context = call.context;
    const Callback& callback = call.callback;
    reply->deleteLater();
    CrmResponse response;
    response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString path = reply->url().path();
    using Kind = CrmResponse::Kind;

    if (reply->property(kTooLarge).toBool()) {
        response.kind = Kind::TooLarge;
        response.errorString = QStringLiteral("response larger than 8 MiB");
    } else if (reply->property(kTimedOut).toBool()) {
        response.kind = Kind::Timeout;
        response.errorString =
            QStringLiteral("no answer within %1 ms").arg(call.timeoutMs > 0 ? call.timeoutMs : m_timeoutMs);
    } else if (!reply->property(kTlsErrors).toString().isEmpty() ||
               reply->error() == QNetworkReply::SslHandshakeFailedError) {
        response.kind = Kind::TlsError;
        response.errorString = reply->property(kTlsErrors).toString();
        if (response.errorString.isEmpty())
            response.errorString = reply->errorString();
    } else if (response.httpStatus == 0) {
        response.kind = Kind::NetworkError;
        response.errorString = reply->errorString();
    } else {
        response.body = reply->readAll();
        response.retryAfterMs =
            parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        const int status = response.httpStatus;
        if (response.body.size() > MaxResponseBytes) {
            response.kind = Kind::TooLarge;
            response.errorString = QStringLiteral("response larger than 8 MiB");
            response.body.clear();
        } else if (status >= 200 && status < 300) {
            response.kind = Kind::Ok;
            if (expectJson) {
                QJsonParseError error;
                response.json = QJsonDocument::fromJson(response.body, &error);
                if (error.error != QJsonParseError::NoError || response.json.isNull()) {
                    response.kind = Kind::NotJson;
                    response.errorString = QStringLiteral("response is not JSON");
                }
            }
        } else if (status == 401) {
            response.kind = Kind::Unauthorized;
            response.errorString = QStringLiteral("the CRM refused the token (401)");
        } else if (status == 409) {
            response.kind = Kind::Conflict;
            response.errorString = QStringLiteral("409 conflict");
        } else if (status == 429) {
            response.kind = Kind::RateLimited;
            response.errorString = QStringLiteral("429 too many requests");
        } else if (status >= 500) {
            response.kind = Kind::ServerError;
            response.errorString = QStringLiteral("HTTP %1").arg(status);
        } else {
            response.kind = Kind::ClientError;
            response.errorString = QStringLiteral("HTTP %1").arg(status);
        }
    }
    if (response.kind != Kind::Ok)
        qCInfo(lcCrm) << path << CrmResponse::kindName(response.kind) << response.errorString;

    if (response.kind == Kind::Unauthorized && tokenGeneration != m_tokenGeneration) {
        // The call carried a token that has been replaced since: its 401 says nothing about the
        // current one. Send it again with the current token (once; a second stale answer is
        // passed on without suspending anything).
        if (!call.resentAfterStale401 && context) {
            qCInfo(lcCrm) << path << "401 answered an older token; sending it again with the current one";
            Call again = call;
            again.resentAfterStale401 = true;
            if (!m_tokenKnown && !m_suspended)
                m_held.append(std::move(again));
            else
                dispatch(std::move(again));
            return;
        }
    } else if (response.kind == Kind::Unauthorized && !m_suspended) {
        m_suspended = true;
        qCWarning(lcCrm) << "401 from the CRM: every call stops until a new token is set";
        emit unauthorized();
    }
    if (context)
        callback(response);
}
