#include "QueueChangeFeed.h"

#include "CrmClient.h"
#include "Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>

namespace {
constexpr int kMaxWaitSecs = 30; // the contract's ceiling
constexpr int kMaxIdsInAnswer = 10000;
} // namespace

QueueChangeFeed::QueueChangeFeed(CrmClient* crm, const Clock* clock, QRandomGenerator* random,
                                 QObject* parent)
    : QObject(parent)
    , m_crm(crm)
    , m_random(random ? random : QRandomGenerator::global())
    , m_backoff(2000, 5 * 60 * 1000, m_random)
    , m_emptyBackoff(1000, kDefaultWaitSecs * 1000, m_random)
    , m_timer(clock)
{
    connect(&m_timer, &ClockTimer::timeout, this, &QueueChangeFeed::request);
}

void QueueChangeFeed::setWaitSecs(int secs)
{
    m_waitSecs = std::clamp(secs, 1, kMaxWaitSecs);
    m_emptyBackoff = Backoff(1000, qint64(m_waitSecs) * 1000, m_random);
}

void QueueChangeFeed::setBackoff(qint64 baseMs, qint64 capMs)
{
    m_backoff = Backoff(baseMs, capMs, m_random);
}

void QueueChangeFeed::setSdrIds(const QStringList& sdrIds)
{
    QStringList ids = sdrIds;
    ids.sort();
    ids.removeDuplicates();
    if (ids == m_sdrIds)
        return;
    const QStringList before = m_sdrIds;
    m_sdrIds = ids;
    // An SDR no longer watched is no longer covered; one just added waits for the next request.
    for (const QString& id : before) {
        if (!m_sdrIds.contains(id) && m_requested.contains(id)) {
            emit coverageChanged();
            break;
        }
    }
    // The first SDRs to watch (or the feed was idle for want of any): ask now. Otherwise the open
    // request, or the backoff's timer, carries on.
    if (m_running && !m_inFlight && !m_timer.isActive() && !m_sdrIds.isEmpty())
        scheduleRequest(0);
}

void QueueChangeFeed::start()
{
    if (m_running && !m_missing)
        return;
    m_running = true;
    m_missing = false;
    m_backoff.reset();
    m_emptyBackoff.reset();
    qCInfo(lcQueue) << "queue-changes feed starts for" << m_sdrIds.size() << "SDR(s)";
    // When the previous run's request is still open, its answer starts the next one (onAnswer).
    if (!m_inFlight)
        scheduleRequest(0);
}

void QueueChangeFeed::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_missing = false;
    m_timer.stop();
    ++m_generation;
    setHealthy(false);
    qCInfo(lcQueue) << "queue-changes feed stopped";
}

bool QueueChangeFeed::covers(const QString& sdrId) const
{
    return m_healthy && m_requested.contains(sdrId) && m_sdrIds.contains(sdrId);
}

bool QueueChangeFeed::parseAnswer(const QByteArray& body, QString* cursor, QStringList* sdrIds)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonObject object = document.object();
    const QJsonValue cursorValue = object.value(QLatin1String("cursor"));
    const QJsonValue ids = object.value(QLatin1String("sdrIds"));
    if (!document.isObject() || !cursorValue.isString() || cursorValue.toString().isEmpty() ||
        cursorValue.toString().size() > 1000 || !ids.isArray() || ids.toArray().size() > kMaxIdsInAnswer)
        return false;
    QStringList list;
    for (const QJsonValue& id : ids.toArray()) {
        if (!id.isString() || id.toString().isEmpty() || id.toString().size() > 200)
            return false;
        list << id.toString();
    }
    list.removeDuplicates();
    *cursor = cursorValue.toString();
    *sdrIds = list;
    return true;
}

void QueueChangeFeed::scheduleRequest(qint64 delayMs)
{
    m_timer.startIn(std::clamp<qint64>(delayMs, 0, 24 * 3600 * 1000));
}

void QueueChangeFeed::setHealthy(bool healthy)
{
    if (m_healthy == healthy)
        return;
    m_healthy = healthy;
    qCInfo(lcQueue) << "queue-changes feed"
                    << (healthy ? "healthy: timer polls are a safety net"
                                : "not healthy: timer polls at the normal cadence");
    emit coverageChanged();
}

void QueueChangeFeed::setRequested(const QStringList& sdrIds)
{
    if (sdrIds == m_requested)
        return;
    m_requested = sdrIds;
    if (m_healthy)
        emit coverageChanged();
}

void QueueChangeFeed::request()
{
    if (!m_running || m_inFlight || m_sdrIds.isEmpty())
        return;
    m_inFlight = true;
    setRequested(m_sdrIds);
    m_requestTimer.start();
    const quint64 generation = m_generation;
    m_crm->fetchQueueChanges(
        m_requested, m_cursor, m_waitSecs, m_waitSecs * 1000 + kTimeoutMarginMs, this,
        [this, generation](const CrmResponse& response) { onAnswer(generation, response); });
}

void QueueChangeFeed::onAnswer(quint64 generation, const CrmResponse& response)
{
    m_inFlight = false;
    if (generation != m_generation) {
        // Stopped while this one was open; started again since: the next request goes out now that
        // this one is closed.
        if (m_running && !m_timer.isActive())
            scheduleRequest(0);
        return;
    }
    if (!m_running)
        return;
    m_missing = false;
    using Kind = CrmResponse::Kind;
    QString cursor;
    QStringList changed;
    if (response.isOk() && parseAnswer(response.body, &cursor, &changed)) {
        m_backoff.reset();
        m_cursor = cursor;
        setHealthy(true);
        if (!changed.isEmpty()) {
            qCDebug(lcQueue) << "queue-changes feed:" << changed.size() << "queue(s) changed";
            emit queuesChanged(changed);
        }
        qint64 next = 0;
        if (changed.isEmpty() && m_requestTimer.elapsed() < kMinEmptyAnswerMs) {
            next = m_emptyBackoff.nextDelay();
            qCInfo(lcQueue) << "queue-changes feed answered without waiting; next request in" << next << "ms";
        } else {
            m_emptyBackoff.reset();
        }
        scheduleRequest(next);
        return;
    }
    setHealthy(false);
    if (response.kind == Kind::ClientError && response.httpStatus == 404) {
        m_missing = true;
        qCInfo(lcQueue) << "the CRM has no queue-changes feed (404): timer polling only; asking again in"
                        << m_missingRetryMs / 60000 << "min";
        emit unavailable();
        scheduleRequest(m_missingRetryMs);
        return;
    }
    if ((response.kind == Kind::Unauthorized || response.kind == Kind::Suspended) && m_crm->isSuspended()) {
        // Like every call: nothing until a new token (the engine starts the feed again then).
        qCInfo(lcQueue) << "queue-changes feed stopped: the CRM refused the token";
        m_running = false;
        ++m_generation;
        return;
    }
    const QString error =
        response.isOk() ? QStringLiteral("unexpected answer shape")
                        : CrmResponse::kindName(response.kind) + QStringLiteral(": ") + response.errorString;
    const qint64 delay = m_backoff.nextDelay(response.retryAfterMs);
    qCInfo(lcQueue) << "queue-changes feed failed:" << error << "- next in" << delay << "ms";
    scheduleRequest(delay);
}
