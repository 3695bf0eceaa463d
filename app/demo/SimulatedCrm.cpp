#include "SimulatedCrm.h"

#include "DemoLogging.h"
#include "HttpStatusText.h"

#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace {
constexpr qint64 kMaxRequestBytes = 16 * 1024 * 1024;
} // namespace

SimulatedCrm::SimulatedCrm(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &SimulatedCrm::onNewConnection);
}

SimulatedCrm::~SimulatedCrm()
{
    stop();
}

bool SimulatedCrm::start(quint16 port)
{
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        qCWarning(lcDemo) << "simulated CRM cannot listen:" << m_server->errorString();
        return false;
    }
    qCInfo(lcDemo) << "simulated CRM listening on" << url().toString();
    return true;
}

void SimulatedCrm::stop()
{
    m_server->close();
    const auto sockets = m_buffers.keys();
    for (QTcpSocket* socket : sockets) {
        socket->abort();
        socket->deleteLater();
    }
    m_buffers.clear();
}

QUrl SimulatedCrm::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort()));
}

quint16 SimulatedCrm::port() const
{
    return m_server->serverPort();
}

void SimulatedCrm::addSdr(const QString& id, const QString& name, bool active, const QString& whatsappPhone)
{
    removeSdr(id);
    m_sdrs.append(QJsonObject{{QStringLiteral("id"), id},
                              {QStringLiteral("name"), name},
                              {QStringLiteral("active"), active},
                              {QStringLiteral("whatsapp_phone"),
                               whatsappPhone.isEmpty() ? QJsonValue() : QJsonValue(whatsappPhone)}});
}

void SimulatedCrm::setSdrActive(const QString& id, bool active)
{
    for (int i = 0; i < m_sdrs.size(); ++i) {
        QJsonObject sdr = m_sdrs.at(i).toObject();
        if (sdr.value(QLatin1String("id")).toString() == id) {
            sdr.insert(QStringLiteral("active"), active);
            m_sdrs.replace(i, sdr);
        }
    }
}

void SimulatedCrm::removeSdr(const QString& id)
{
    for (int i = m_sdrs.size() - 1; i >= 0; --i) {
        if (m_sdrs.at(i).toObject().value(QLatin1String("id")).toString() == id)
            m_sdrs.removeAt(i);
    }
}

QJsonObject SimulatedCrm::addLead(const QString& queueSdrId, const QString& leadId, const QString& phone,
                                  const QString& message, const QString& name, const QString& assignedSdrId)
{
    const QJsonObject lead{
        {QStringLiteral("id"), leadId},
        {QStringLiteral("assigned_sdr_id"), assignedSdrId.isEmpty() ? queueSdrId : assignedSdrId},
        {QStringLiteral("name"), name},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("message"), message},
        {QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
    };
    addRawLead(queueSdrId, lead);
    return lead;
}

void SimulatedCrm::addRawLead(const QString& queueSdrId, const QJsonValue& lead)
{
    const QString id = lead.toObject().value(QLatin1String("id")).toString();
    m_leads.append({queueSdrId, lead, id});
    if (!id.isEmpty())
        m_known.insert(id, queueSdrId);
}

void SimulatedCrm::unassignLead(const QString& leadId)
{
    for (int i = m_leads.size() - 1; i >= 0; --i) {
        if (m_leads.at(i).id == leadId) {
            m_unassigned.insert(leadId, m_leads.at(i).queueSdrId);
            m_leads.removeAt(i);
        }
    }
}

void SimulatedCrm::reassignLead(const QString& leadId, const QString& newSdrId)
{
    for (Lead& lead : m_leads) {
        if (lead.id != leadId)
            continue;
        lead.queueSdrId = newSdrId;
        QJsonObject json = lead.json.toObject();
        json.insert(QStringLiteral("assigned_sdr_id"), newSdrId);
        lead.json = json;
    }
    m_owner.insert(leadId, newSdrId);
    m_known.insert(leadId, newSdrId);
}

QString SimulatedCrm::claimHolder(const QString& sdrId) const
{
    const auto it = m_claims.constFind(sdrId);
    if (it == m_claims.constEnd() || it->expiresAt <= QDateTime::currentDateTimeUtc())
        return {};
    return it->senderId;
}

int SimulatedCrm::queueSize(const QString& sdrId) const
{
    return int(std::count_if(m_leads.cbegin(), m_leads.cend(),
                             [&](const Lead& lead) { return lead.queueSdrId == sdrId; }));
}

void SimulatedCrm::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void SimulatedCrm::onReadyRead(QTcpSocket* socket)
{
    if (!m_buffers.contains(socket))
        return;
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    // Several requests may arrive on one keep-alive connection.
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (buffer.size() > kMaxRequestBytes)
                socket->abort();
            return;
        }
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        SimulatedCrmRequest request;
        request.method = requestLine.value(0);
        const QUrl target(QString::fromLatin1(requestLine.value(1)));
        request.path = target.path(QUrl::FullyDecoded);
        request.query = QUrlQuery(target.query(QUrl::FullyEncoded));
        for (int i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        const qint64 length = request.header("content-length").toLongLong();
        if (length > kMaxRequestBytes) {
            socket->abort();
            return;
        }
        if (buffer.size() < headerEnd + 4 + length)
            return; // body not complete yet
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        request.at = QDateTime::currentDateTimeUtc();

        const Endpoint endpoint = classify(request);
        emit requestReceived(request);
        const Response response = respond(request, endpoint);
        if (response.close) {
            socket->abort();
            return;
        }
        if (response.hang)
            continue; // never answered; the client gives up
        if (response.delayMs > 0) {
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(response.delayMs, this, [this, guard, response] {
                if (guard)
                    write(guard, response);
            });
        } else {
            write(socket, response);
        }
    }
}

SimulatedCrm::Endpoint SimulatedCrm::classify(const SimulatedCrmRequest& request)
{
    const QString& path = request.path;
    if (path == QLatin1String("/api/sender/sdrs"))
        return Endpoint::Sdrs;
    if (path == QLatin1String("/api/sender/queue"))
        return Endpoint::Queue;
    if (path.startsWith(QLatin1String("/api/sender/leads/")) && path.endsWith(QLatin1String("/result")))
        return Endpoint::Result;
    if (path.startsWith(QLatin1String("/api/sender/sdrs/")) && path.endsWith(QLatin1String("/whatsapp")))
        return Endpoint::Status;
    if (path.startsWith(QLatin1String("/api/sender/sdrs/")) && path.endsWith(QLatin1String("/claim")))
        return Endpoint::Claim;
    return Endpoint::Other;
}

SimulatedCrm::Response SimulatedCrm::json(int status, const QJsonObject& object)
{
    Response response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

SimulatedCrm::Response SimulatedCrm::respond(const SimulatedCrmRequest& request, Endpoint endpoint)
{
    if (!m_token.isEmpty() && request.header("authorization") != "Bearer " + m_token.toUtf8())
        return json(401, {{QStringLiteral("error"), QStringLiteral("unauthorized")}});

    switch (endpoint) {
    case Endpoint::Sdrs: {
        QJsonObject list{{QStringLiteral("sdrs"), m_sdrs}};
        if (!m_apiVersion.isEmpty())
            list.insert(QStringLiteral("api_version"), m_apiVersion);
        return json(200, list);
    }
    case Endpoint::Claim:
        return respondToClaim(request);
    case Endpoint::Queue:
        return respondToQueue(request);
    case Endpoint::Result:
        return respondToResult(request);
    case Endpoint::Status: {
        if (request.method != "PUT" || !QJsonDocument::fromJson(request.body).isObject())
            return json(400, {{QStringLiteral("error"), QStringLiteral("bad status")}});
        Response response;
        response.status = 204;
        return response;
    }
    default:
        return json(404, {{QStringLiteral("error"), QStringLiteral("not found")}});
    }
}

SimulatedCrm::Response SimulatedCrm::respondToClaim(const SimulatedCrmRequest& request)
{
    QString sdrId = request.path.mid(int(qstrlen("/api/sender/sdrs/")));
    sdrId.chop(int(qstrlen("/claim")));
    if (m_apiVersion.isEmpty())
        return json(404, {{QStringLiteral("error"), QStringLiteral("not found")}});
    bool exists = false;
    for (const QJsonValue& sdr : std::as_const(m_sdrs))
        exists = exists || sdr.toObject().value(QLatin1String("id")).toString() == sdrId;
    if (!exists)
        return json(404, {{QStringLiteral("error"), QStringLiteral("unknown SDR")}});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto current = m_claims.find(sdrId);
    if (current != m_claims.end() && current->expiresAt <= now) {
        m_claims.erase(current);
        current = m_claims.end();
    }
    if (request.method == "DELETE") {
        const QString sender = request.query.queryItemValue(QStringLiteral("sender_id"), QUrl::FullyDecoded);
        if (current != m_claims.end() && current->senderId == sender)
            m_claims.erase(current);
        Response response;
        response.status = 204;
        return response;
    }
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString sender = body.value(QLatin1String("sender_id")).toString();
    const int ttl = body.value(QLatin1String("ttl_s")).toInt();
    if (request.method != "POST" || sender.isEmpty() || ttl <= 0)
        return json(400, {{QStringLiteral("error"), QStringLiteral("bad claim")}});
    if (current != m_claims.end() && current->senderId != sender)
        return json(
            409,
            {{QStringLiteral("claimed_by"),
              QJsonObject{{QStringLiteral("sender_id"), current->senderId},
                          {QStringLiteral("host"), current->host},
                          {QStringLiteral("expires_at"), current->expiresAt.toString(Qt::ISODateWithMs)}}}});
    Claim claim{sender, body.value(QLatin1String("host")).toString(), now.addSecs(ttl)};
    m_claims.insert(sdrId, claim);
    return json(200, {{QStringLiteral("claimed"), true},
                      {QStringLiteral("expires_at"), claim.expiresAt.toString(Qt::ISODateWithMs)}});
}

SimulatedCrm::Response SimulatedCrm::respondToQueue(const SimulatedCrmRequest& request) const
{
    const QString sdrId = request.query.queryItemValue(QStringLiteral("sdrId"), QUrl::FullyDecoded);
    if (sdrId.isEmpty())
        return json(400, {{QStringLiteral("error"), QStringLiteral("sdrId required")}});
    if (!m_apiVersion.isEmpty() &&
        claimHolder(sdrId) != request.query.queryItemValue(QStringLiteral("sender_id"), QUrl::FullyDecoded))
        return json(409, {{QStringLiteral("error"), QStringLiteral("this sender does not hold the claim")}});
    bool ok = false;
    int limit = request.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0)
        limit = 20;
    QJsonArray leads;
    for (const Lead& lead : std::as_const(m_leads)) {
        if (lead.queueSdrId == sdrId && leads.size() < limit)
            leads.append(lead.json);
    }
    return json(200, {{QStringLiteral("sdrId"), sdrId}, {QStringLiteral("leads"), leads}});
}

SimulatedCrm::Response SimulatedCrm::respondToResult(const SimulatedCrmRequest& request)
{
    QString leadId = request.path.mid(int(qstrlen("/api/sender/leads/")));
    leadId.chop(int(qstrlen("/result")));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString status = body.value(QLatin1String("status")).toString();
    if (request.method != "POST" || (status != QLatin1String("sent") && status != QLatin1String("failed")) ||
        body.value(QLatin1String("attempt_id")).toString().isEmpty())
        return json(400, {{QStringLiteral("error"), QStringLiteral("bad result")}});
    if (m_unassigned.contains(leadId))
        return json(409, {{QStringLiteral("error"), QStringLiteral("lead no longer assigned")}});
    if (m_owner.contains(leadId) && body.value(QLatin1String("sdrId")).toString() != m_owner.value(leadId))
        return json(409, {{QStringLiteral("error"), QStringLiteral("lead no longer assigned")}});
    if (!m_known.contains(leadId))
        return json(404, {{QStringLiteral("error"), QStringLiteral("unknown lead")}});
    // Idempotent by attempt_id: a retried report is accepted again and changes nothing. Another
    // attempt for a lead already accepted is what exactly-once must never produce.
    const bool first = !m_accepted.contains(leadId);
    if (!first) {
        const QString before = m_accepted.value(leadId).value(QLatin1String("attempt_id")).toString();
        const QString now = body.value(QLatin1String("attempt_id")).toString();
        if (before != now) {
            m_violations << QStringLiteral("lead %1: attempt %2 after accepted attempt %3 (%4 after %5)")
                                .arg(leadId, now, before, body.value(QLatin1String("status")).toString(),
                                     m_accepted.value(leadId).value(QLatin1String("status")).toString());
            qCWarning(lcDemo) << "simulated CRM: contract violation:" << m_violations.last();
        }
    }
    m_accepted.insert(leadId, body);
    for (int i = m_leads.size() - 1; i >= 0; --i) {
        if (m_leads.at(i).id == leadId)
            m_leads.removeAt(i);
    }
    if (first)
        emit resultAccepted(leadId, body);
    Response response;
    response.status = 204;
    return response;
}

void SimulatedCrm::write(QTcpSocket* socket, const Response& response)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                      httpStatusText(response.status) +
                      "\r\nContent-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (!response.body.isEmpty())
        head += "Content-Type: " + response.contentType + "\r\n";
    for (const auto& [name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    socket->write(head + "\r\n" + response.body);
}
