#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>
#include <QVector>

class QTcpServer;
class QTcpSocket;
class QTimer;

// One HTTP request as the simulated CRM saw it.
struct SimulatedCrmRequest
{
    QByteArray method;
    QString path; // decoded
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QDateTime at;
    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
};

// The CRM of `sdr-sender --demo`: Sender API v1.1 (shared/sender-api.md) served on 127.0.0.1 (port 0
// by default) from memory: the SDR list, a queue per SDR (leads stay until a result is accepted),
// results (idempotent by attempt_id, 409 for leads taken away from the SDR), connection status
// PUTs, claims (§5) and the queue-changes long-poll (§2b) when v1.1 is announced, and the
// bearer-token check. Plain QTcpServer, so that a test double can extend it with faults at the
// transport level (tests/fixtures/FakeCrm).
//
// The changes feed is kept honestly: every queue change (a lead added, reassigned to or away from an
// SDR, unassigned, or gone because its result was accepted) bumps one change counter and records
// which SDR changed at which count; the cursor is that count. A waiting request is parked with its
// socket and answered by the next change of one of its SDRs, or by a timer after `wait` seconds.
class SimulatedCrm : public QObject
{
    Q_OBJECT
public:
    enum class Endpoint
    {
        Sdrs,
        Queue,
        Result,
        Status,
        Claim,
        Changes, // §2b: GET /api/sender/queue/changes (v1.1 long-poll)
        Event,   // §6: POST /api/sender/leads/{id}/events
        Other,   // none of the contract's (a test double may serve more)
        Any,     // for filters: every endpoint
    };

    explicit SimulatedCrm(QObject* parent = nullptr);
    ~SimulatedCrm() override;

    bool start(quint16 port = 0);
    void stop();
    QUrl url() const;
    quint16 port() const;

    // The accepted bearer token (requests without it get 401). Empty: any token is accepted.
    void setToken(const QString& token) { m_token = token; }
    // Sender API version announced in the SDR list ("1.1": claims, §5); empty = v1 (no claims).
    void setApiVersion(const QString& version) { m_apiVersion = version; }
    // v1.1 claims: who holds the SDR (sender_id; empty when nobody, or expired).
    QString claimHolder(const QString& sdrId) const;

    void addSdr(const QString& id, const QString& name, bool active = true,
                const QString& whatsappPhone = {});
    void setSdrActive(const QString& id, bool active);
    void removeSdr(const QString& id);

    // A lead in `queueSdrId`'s queue. assignedSdrId defaults to the queue's SDR.
    QJsonObject addLead(const QString& queueSdrId, const QString& leadId, const QString& phone,
                        const QString& message, const QString& name = {}, const QString& assignedSdrId = {});
    // Any JSON value as a queue entry (malformed leads).
    void addRawLead(const QString& queueSdrId, const QJsonValue& lead);
    // Takes the lead away from its SDR: gone from the queue; results for it get 409.
    void unassignLead(const QString& leadId);
    // Moves the lead to another SDR's queue (assigned_sdr_id too); results for it from any other SDR
    // get 409 from now on.
    void reassignLead(const QString& leadId, const QString& newSdrId);
    int queueSize(const QString& sdrId) const;
    // §2b: the current cursor of the changes feed, and the long-polls waiting for a change now.
    QString changesCursor() const;
    int waitingChangeRequests() const { return int(m_waiters.size()); }

    // The accepted result per lead.
    QHash<QString, QJsonObject> acceptedResults() const { return m_accepted; }
    // Strictness: a result with another attempt_id for a lead whose result was already accepted
    // (the lead went out twice, or a report lost its attempt id), one line per case. Tests assert
    // this stays empty.
    QStringList violations() const { return m_violations; }
    // §6: the lead events accepted for a lead, in arrival order (a repeated (lead, event) is
    // accepted again, as the contract's idempotency asks, and noted as a violation).
    QVector<QJsonObject> leadEvents(const QString& leadId) const { return m_events.value(leadId); }

signals:
    void requestReceived(const SimulatedCrmRequest& request);
    void resultAccepted(const QString& leadId, const QJsonObject& result);
    void leadEventAccepted(const QString& leadId, const QJsonObject& event);

protected:
    struct Response
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        QList<QPair<QByteArray, QByteArray>> headers;
        bool hang = false;  // never answered (the connection stays open)
        bool close = false; // the connection is closed without an answer
        int delayMs = 0;
        // Answered later by the simulated CRM itself (a parked §2b long-poll); hang and delayMs do
        // not apply.
        bool parked = false;
    };

    // The answer to one request. A test double overrides this to inject faults or serve more paths,
    // and calls the base for what the contract says.
    virtual Response respond(const SimulatedCrmRequest& request, Endpoint endpoint);
    static Endpoint classify(const SimulatedCrmRequest& request);
    static Response json(int status, const QJsonObject& object);

private:
    struct Lead
    {
        QString queueSdrId;
        QJsonValue json;
        QString id;
    };
    struct Claim
    {
        QString senderId;
        QString host;
        QDateTime expiresAt;
    };
    // A §2b long-poll waiting for a change of one of its SDRs (or its deadline).
    struct Waiter
    {
        QTcpSocket* socket = nullptr;
        QStringList sdrIds;
        qint64 cursor = 0;
        QTimer* deadline = nullptr;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void write(QTcpSocket* socket, const Response& response);
    Response respondToClaim(const SimulatedCrmRequest& request);
    Response respondToQueue(const SimulatedCrmRequest& request) const;
    Response respondToResult(const SimulatedCrmRequest& request);
    Response respondToChanges(const SimulatedCrmRequest& request);
    Response respondToEvent(const SimulatedCrmRequest& request);
    Response changesAnswer(const QStringList& sdrIds) const;
    QStringList changedSince(const QStringList& sdrIds, qint64 cursor) const;
    // A queue changed: bump the cursor, remember the SDR, answer its waiters (once the current
    // burst of changes is over, so that one answer carries all of it).
    void noteQueueChange(const QString& sdrId);
    void answerWaiters();
    void park(QTcpSocket* socket, const SimulatedCrmRequest& request);
    void dropWaiters(QTcpSocket* socket);

    QTcpServer* m_server;
    QString m_token;
    QString m_apiVersion;
    QJsonArray m_sdrs;
    QVector<Lead> m_leads;
    QHash<QString, QString> m_unassigned; // lead id -> former SDR
    QHash<QString, QString> m_known;      // lead id -> SDR, for every lead ever queued
    QHash<QString, QJsonObject> m_accepted;
    QHash<QString, QString> m_owner; // lead id -> SDR it was reassigned to
    QHash<QString, Claim> m_claims;  // by SDR id
    QStringList m_violations;
    QHash<QString, QVector<QJsonObject>> m_events; // by lead id
    QHash<QTcpSocket*, QByteArray> m_buffers;
    qint64 m_changeCount = 0;
    QHash<QString, qint64> m_changedAt; // SDR id -> change count of its queue's last change
    QVector<Waiter> m_waiters;
    bool m_answerScheduled = false;
};
