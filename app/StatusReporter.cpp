#include "StatusReporter.h"

#include "Clock.h"
#include "ConnectionStatusRepository.h"
#include "CrmClient.h"
#include "Logging.h"

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
{
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
}

void StatusReporter::stop()
{
    m_pump.stop();
}

void StatusReporter::setPaused(bool paused)
{
    m_pump.setPaused(paused);
}

void StatusReporter::kick()
{
    m_pump.kick();
}

void StatusReporter::next()
{
    if (!m_pump.canRun() || m_inFlight || !m_crm)
        return;
    const QDateTime now = m_clock->now();
    qint64 wait = kIdleRecheckMs;
    for (const ConnectionStatus& status : m_statuses->pendingReports()) {
        const QDateTime notBefore = m_notBefore.value(status.sdrId);
        if (notBefore.isValid() && notBefore > now) {
            wait = std::min(wait, now.msecsTo(notBefore));
            continue;
        }
        m_inFlight = true;
        const QString sdrId = status.sdrId;
        const QDateTime version = status.updatedAt;
        m_crm->putStatus(sdrId, CrmClient::statusPayload(status), this,
                         [this, sdrId, version](const CrmResponse& response) {
                             m_inFlight = false;
                             if (response.isOk()) {
                                 m_statuses->markReported(sdrId, version, m_clock->now());
                                 m_failures.remove(sdrId);
                                 m_notBefore.remove(sdrId);
                                 const auto stored = m_statuses->find(sdrId);
                                 if (stored && stored->reportPending && stored->updatedAt == version) {
                                     // Could not clear the flag: do not PUT the same version in a loop.
                                     qCWarning(lcReport)
                                         << "cannot mark the status of" << sdrId << "reported";
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
                                 qCInfo(lcReport)
                                     << "status of" << sdrId << "not accepted:" << response.errorString
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
