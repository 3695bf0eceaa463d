#include "SimulatedCrm.h"

#include "DemoLogging.h"
#include "HttpStatusText.h"

#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace {
constexpr qint64 kMaxRequestBytes = 16 * 1024 * 1024;
// §2b: `wait` is at most 30 s; without one the contract's example value.
constexpr int kDefaultChangesWaitSecs = 25;
constexpr int kMaxChangesWaitSecs = 30;

struct ChangesQuery
{
    QStringList sdrIds;
    bool hasCursor = false;
    qint64 cursor = -1; // -1: absent or unreadable
    int waitSecs = kDefaultChangesWaitSecs;
};

ChangesQuery parseChangesQuery(const SimulatedCrmRequest& request)
{
    ChangesQuery query;
    const QStringList ids = request.query.queryItemValue(QStringLiteral("sdrIds"), QUrl::FullyDecoded)
                                .split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& id : ids) {
        const QString trimmed = id.trimmed();
        if (!trimmed.isEmpty() && !query.sdrIds.contains(trimmed))
            query.sdrIds << trimmed;
    }
    const QString cursor = request.query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded);
    query.hasCursor = !cursor.isEmpty();
    if (cursor.startsWith(QLatin1String("c-"))) {
        bool ok = false;
        const qint64 value = cursor.mid(2).toLongLong(&ok);
        if (ok && value >= 0)
            query.cursor = value;
    }
    bool ok = false;
    const int wait = request.query.queryItemValue(QStringLiteral("wait")).toInt(&ok);
    if (ok)
        query.waitSecs = std::clamp(wait, 0, kMaxChangesWaitSecs);
    return query;
}
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
    for (const Waiter& waiter : std::as_const(m_waiters))
        delete waiter.deadline;
    m_waiters.clear();
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
    noteQueueChange(queueSdrId);
}

void SimulatedCrm::unassignLead(const QString& leadId)
{
    for (int i = m_leads.size() - 1; i >= 0; --i) {
        if (m_leads.at(i).id == leadId) {
            const QString sdrId = m_leads.at(i).queueSdrId;
            m_unassigned.insert(leadId, sdrId);
            m_leads.removeAt(i);
            noteQueueChange(sdrId);
        }
    }
}

void SimulatedCrm::reassignLead(const QString& leadId, const QString& newSdrId)
{
    for (Lead& lead : m_leads) {
        if (lead.id != leadId)
            continue;
        // Both queues changed: the lead left one and joined the other.
        noteQueueChange(lead.queueSdrId);
        noteQueueChange(newSdrId);
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
            dropWaiters(socket); // the client gave up waiting
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
        if (response.parked) {
            park(socket, request);
            continue;
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
    if (path == QLatin1String("/api/sender/queue/changes"))
        return Endpoint::Changes;
    if (path.startsWith(QLatin1String("/api/sender/leads/")) && path.endsWith(QLatin1String("/result")))
        return Endpoint::Result;
    if (path.startsWith(QLatin1String("/api/sender/leads/")) && path.endsWith(QLatin1String("/events")))
        return Endpoint::Event;
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
    case Endpoint::Changes:
        return respondToChanges(request);
    case Endpoint::Result:
        return respondToResult(request);
    case Endpoint::Event:
        return respondToEvent(request);
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
        if (m_leads.at(i).id == leadId) {
            noteQueueChange(m_leads.at(i).queueSdrId);
            m_leads.removeAt(i);
        }
    }
    if (first)
        emit resultAccepted(leadId, body);
    Response response;
    response.status = 204;
    return response;
}

// §6. Strict about what exactly-once promises: each (lead, event) once, delivered before read,
// under the attempt_id of the lead's accepted result; a breach is answered like the contract says
// (204, idempotent) and noted in violations().
SimulatedCrm::Response SimulatedCrm::respondToEvent(const SimulatedCrmRequest& request)
{
    QString leadId = request.path.mid(int(qstrlen("/api/sender/leads/")));
    leadId.chop(int(qstrlen("/events")));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString event = body.value(QLatin1String("event")).toString();
    static const QStringList kEvents{QStringLiteral("delivered"), QStringLiteral("read"),
                                     QStringLiteral("replied"), QStringLiteral("opted_out")};
    const bool withText = event == QLatin1String("replied") || event == QLatin1String("opted_out");
    const QDateTime at = QDateTime::fromString(body.value(QLatin1String("at")).toString(), Qt::ISODate);
    if (request.method != "POST" || !kEvents.contains(event) || !at.isValid() ||
        body.value(QLatin1String("attempt_id")).toString().isEmpty() ||
        body.value(QLatin1String("sdrId")).toString().isEmpty() ||
        (withText && (!body.value(QLatin1String("text")).isString() ||
                      body.value(QLatin1String("text")).toString().size() > 4096)))
        return json(400, {{QStringLiteral("error"), QStringLiteral("bad event")}});
    if (!m_known.contains(leadId))
        return json(404, {{QStringLiteral("error"), QStringLiteral("unknown lead")}});
    QVector<QJsonObject>& events = m_events[leadId];
    auto seen = [&events](const QString& name) {
        return std::any_of(events.cbegin(), events.cend(), [&name](const QJsonObject& known) {
            return known.value(QLatin1String("event")).toString() == name;
        });
    };
    const QString attempt = body.value(QLatin1String("attempt_id")).toString();
    const QString sent = m_accepted.value(leadId).value(QLatin1String("attempt_id")).toString();
    if (seen(event))
        m_violations << QStringLiteral("lead %1: event %2 reported twice").arg(leadId, event);
    if (event == QLatin1String("read") && !seen(QStringLiteral("delivered")))
        m_violations << QStringLiteral("lead %1: read before delivered").arg(leadId);
    if (!sent.isEmpty() && attempt != sent)
        m_violations << QStringLiteral("lead %1: event %2 under attempt %3, the send was %4")
                            .arg(leadId, event, attempt, sent);
    events.append(body);
    emit leadEventAccepted(leadId, body);
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

QString SimulatedCrm::changesCursor() const
{
    return QStringLiteral("c-%1").arg(m_changeCount);
}

QStringList SimulatedCrm::changedSince(const QStringList& sdrIds, qint64 cursor) const
{
    QStringList changed;
    for (const QString& id : sdrIds) {
        if (m_changedAt.value(id, 0) > cursor)
            changed << id;
    }
    return changed;
}

SimulatedCrm::Response SimulatedCrm::changesAnswer(const QStringList& sdrIds) const
{
    return json(200, {{QStringLiteral("cursor"), changesCursor()},
                      {QStringLiteral("sdrIds"), QJsonArray::fromStringList(sdrIds)}});
}

SimulatedCrm::Response SimulatedCrm::respondToChanges(const SimulatedCrmRequest& request)
{
    if (m_apiVersion.isEmpty()) // a v1 CRM has no feed
        return json(404, {{QStringLiteral("error"), QStringLiteral("not found")}});
    if (request.method != "GET")
        return json(400, {{QStringLiteral("error"), QStringLiteral("GET only")}});
    const ChangesQuery query = parseChangesQuery(request);
    if (query.sdrIds.isEmpty())
        return json(400, {{QStringLiteral("error"), QStringLiteral("sdrIds required")}});
    // No cursor, or one this CRM never handed out: every listed SDR, at once. Claiming too much
    // only costs the client a poll; claiming too little would hide a lead.
    if (!query.hasCursor || query.cursor < 0 || query.cursor > m_changeCount)
        return changesAnswer(query.sdrIds);
    const QStringList changed = changedSince(query.sdrIds, query.cursor);
    if (!changed.isEmpty() || query.waitSecs == 0)
        return changesAnswer(changed);
    Response response;
    response.parked = true;
    return response;
}

void SimulatedCrm::park(QTcpSocket* socket, const SimulatedCrmRequest& request)
{
    const ChangesQuery query = parseChangesQuery(request);
    Waiter waiter;
    waiter.socket = socket;
    waiter.sdrIds = query.sdrIds;
    waiter.cursor = query.cursor;
    waiter.deadline = new QTimer(this);
    waiter.deadline->setSingleShot(true);
    QTimer* deadline = waiter.deadline;
    connect(deadline, &QTimer::timeout, this, [this, deadline] {
        for (int i = 0; i < m_waiters.size(); ++i) {
            if (m_waiters.at(i).deadline != deadline)
                continue;
            const Waiter done = m_waiters.takeAt(i);
            write(done.socket, changesAnswer({})); // nothing changed: the same cursor
            done.deadline->deleteLater();
            return;
        }
    });
    deadline->start(query.waitSecs * 1000);
    m_waiters.append(waiter);
}

void SimulatedCrm::dropWaiters(QTcpSocket* socket)
{
    for (int i = m_waiters.size() - 1; i >= 0; --i) {
        if (m_waiters.at(i).socket == socket)
            delete m_waiters.takeAt(i).deadline;
    }
}

void SimulatedCrm::noteQueueChange(const QString& sdrId)
{
    m_changedAt.insert(sdrId, ++m_changeCount);
    if (m_waiters.isEmpty() || m_answerScheduled)
        return;
    m_answerScheduled = true;
    QTimer::singleShot(0, this, &SimulatedCrm::answerWaiters);
}

void SimulatedCrm::answerWaiters()
{
    m_answerScheduled = false;
    for (int i = m_waiters.size() - 1; i >= 0; --i) {
        const Waiter& waiter = m_waiters.at(i);
        const QStringList changed = changedSince(waiter.sdrIds, waiter.cursor);
        if (changed.isEmpty())
            continue;
        const Waiter done = m_waiters.takeAt(i);
        write(done.socket, changesAnswer(changed));
        delete done.deadline;
    }
}
