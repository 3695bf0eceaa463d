#include "StatusReporter.h"

#include "Clock.h"
#include "ConnectionStatusRepository.h"
#include "CrmClient.h"
#include "Logging.h"

#include <QEventLoop>
#include <QSet>
#include <QTimer>

namespace {
constexpr int kIdleRecheckMs = 60 * 1000;
}

StatusReporter::StatusReporter(ConnectionStatusRepository* statuses, CrmClient* crm, const Clock* clock,
                               QRandomGenerator* random, QObject* parent)
    : QObject(parent)
    , m_statuses(statuses)
    , m_crm(crm)
    , m_clock(clock)
    , m_random(random)
    , m_heartbeat(clock)
{
    connect(&m_heartbeat, &ClockTimer::timeout, this, [this] {
        m_heartbeat.startIn(m_heartbeatMs);
        heartbeat();
    });
    connect(m_statuses, &ConnectionStatusRepository::statusSaved, this,
            [this](const ConnectionStatus& status) {
                if (status.reportPending) {
                    // A new state is reported at once, whatever the backoff of the old one was.
                    m_notBefore.remove(status.sdrId);
                    kick();
                }
            });
}

void StatusReporter::setBackoff(qint64 baseMs, qint64 capMs)
{
    m_backoffBaseMs = baseMs;
    m_backoffCapMs = capMs;
}

void StatusReporter::start()
{
    m_pump.start();
    // At start-up every SDR's status is PUT again (a restarted sender says it is back), then
    // every heartbeat interval.
    heartbeat();
    m_heartbeat.startIn(m_heartbeatMs);
}

void StatusReporter::stop()
{
    m_pump.stop();
    m_heartbeat.stop();
}

void StatusReporter::setPaused(bool paused)
{
    m_pump.setPaused(paused);
}

void StatusReporter::kick()
{
    m_pump.kick();
}

QJsonObject StatusReporter::payload(const ConnectionStatus& status, bool online) const
{
    QJsonObject body = CrmClient::statusPayload(status);
    // v1.1: which app instance says so, and whether it is still running.
    if (!m_senderId.isEmpty())
        body.insert(QStringLiteral("sender_id"), m_senderId);
    body.insert(QStringLiteral("sender_online"), online);
    return body;
}

void StatusReporter::setHeartbeatMs(qint64 ms)
{
    m_heartbeatMs = std::clamp<qint64>(ms, 1000, 10 * 60 * 1000);
    if (m_heartbeat.isActive())
        m_heartbeat.startIn(m_heartbeatMs); // as QTimer::setInterval did: the new interval from now
}

void StatusReporter::heartbeat()
{
    // Every SDR's current status again, so the CRM can tell a running sender from a stopped one.
    for (const ConnectionStatus& status : m_statuses->all())
        m_heartbeatDue.insert(status.sdrId);
    kick();
}

void StatusReporter::goOffline(int timeoutMs)
{
    if (!m_crm)
        return;
    m_heartbeat.stop();
    const auto statuses = m_statuses->all();
    if (statuses.isEmpty())
        return;
    QEventLoop loop;
    int open = int(statuses.size());
    for (const ConnectionStatus& status : statuses) {
        m_crm->putStatus(status.sdrId, payload(status, false), &loop, [&open, &loop](const CrmResponse&) {
            if (--open == 0)
                loop.quit();
        });
    }
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    qCInfo(lcReport) << "told the CRM this sender goes offline;" << open << "status PUT(s) unanswered";
}

void StatusReporter::next()
{
    if (!m_pump.canRun() || m_inFlight || !m_crm)
        return;
    const QDateTime now = m_clock->now();
    qint64 wait = kIdleRecheckMs;
    QVector<ConnectionStatus> due = m_statuses->pendingReports();
    QSet<QString> pendingIds;
    for (const ConnectionStatus& status : std::as_const(due))
        pendingIds.insert(status.sdrId);
    // Heartbeats after the changes; an SDR whose change is pending gets that PUT anyway.
    for (const QString& sdrId : std::as_const(m_heartbeatDue)) {
        if (pendingIds.contains(sdrId))
            continue;
        if (const auto status = m_statuses->find(sdrId))
            due.append(*status);
        else
            m_heartbeatDue.remove(sdrId);
    }
    for (const ConnectionStatus& status : std::as_const(due)) {
        const QDateTime notBefore = m_notBefore.value(status.sdrId);
        if (notBefore.isValid() && notBefore > now) {
            wait = std::min(wait, now.msecsTo(notBefore));
            continue;
        }
        m_inFlight = true;
        const QString sdrId = status.sdrId;
        const QDateTime version = status.updatedAt;
        m_crm->putStatus(
            sdrId, payload(status, true), this, [this, sdrId, version](const CrmResponse& response) {
                m_inFlight = false;
                if (response.isOk()) {
                    m_heartbeatDue.remove(sdrId);
                    m_statuses->markReported(sdrId, version, m_clock->now());
                    m_failures.remove(sdrId);
                    m_notBefore.remove(sdrId);
                    const auto stored = m_statuses->find(sdrId);
                    if (stored && stored->reportPending && stored->updatedAt == version) {
                        // Could not clear the flag: do not PUT the same version in a loop.
                        qCWarning(lcReport) << "cannot mark the status of" << sdrId << "reported";
                        m_notBefore[sdrId] = m_clock->now().addMSecs(m_backoffCapMs);
                    }
                    emit statusReported(sdrId);
                } else if (response.kind != CrmResponse::Kind::Unauthorized &&
                           response.kind != CrmResponse::Kind::Suspended) {
                    const int failures = m_failures.value(sdrId);
                    m_failures[sdrId] = failures + 1;
                    const qint64 delay = Backoff(m_backoffBaseMs, m_backoffCapMs, m_random)
                                             .delayFor(failures, response.retryAfterMs);
                    m_notBefore[sdrId] = m_clock->now().addMSecs(delay);
                    qCInfo(lcReport) << "status of" << sdrId << "not accepted:" << response.errorString
                                     << "- retry in" << delay << "ms";
                    emit statusReportFailed(sdrId, response.errorString);
                } else {
                    emit statusReportFailed(sdrId, response.errorString);
                    return;
                }
                kick();
            });
        return;
    }
    m_pump.runIn(wait);
}
