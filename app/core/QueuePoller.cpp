#include "QueuePoller.h"

#include "Logging.h"
#include "QueueSource.h"
#include "Router.h"
#include "Settings.h"

#include <QRandomGenerator>

namespace {
constexpr int kEmptyStretchMax = 4; // an empty queue is polled at most 4x less often
// The safety net under the changes feed. Not the 4x of an idle queue: that is what an idle app
// costs the CRM already (20 SDRs at 15 s: 20 polls a minute), and the feed is there to remove it.
constexpr int kSafetyNetFactor = 4;
constexpr qint64 kSafetyNetMinMs = 5 * 60 * 1000;
} // namespace

QueuePoller::QueuePoller(const QString& sdrId, QueueSource* source, Router* router, Settings* settings,
                         const Clock* clock, QRandomGenerator* random, QObject* parent)
    : QObject(parent)
    , m_sdrId(sdrId)
    , m_source(source)
    , m_router(router)
    , m_settings(settings)
    , m_random(random ? random : QRandomGenerator::global())
    , m_timer(clock)
    , m_backoff(1000, 5 * 60 * 1000, m_random)
{
    connect(&m_timer, &ClockTimer::timeout, this, &QueuePoller::poll);
}

qint64 QueuePoller::safetyNetIntervalMs(qint64 baseIntervalMs)
{
    return std::max(kSafetyNetFactor * baseIntervalMs, kSafetyNetMinMs);
}

void QueuePoller::setSafetyNet(bool on)
{
    if (m_safetyNet == on)
        return;
    m_safetyNet = on;
    if (on || !m_running)
        return; // the next poll schedules the slow cadence
    // The feed stopped watching: a poll planned for minutes from now would leave leads waiting.
    // Spread over one interval, so that the pollers of many SDRs do not all fire together.
    const qint64 base = baseIntervalMs();
    m_intervalMs = base;
    if (!m_inFlight && (!m_timer.isActive() || m_timer.remainingMs() > base))
        schedule(qint64(m_random->bounded(double(base + 1))));
}

qint64 QueuePoller::baseIntervalMs() const
{
    return qint64(m_settings->intValue(SettingKeys::PollIntervalSecs, m_sdrId)) * 1000;
}

void QueuePoller::start(qint64 initialDelayMs)
{
    m_running = true;
    m_intervalMs = baseIntervalMs();
    schedule(initialDelayMs);
}

void QueuePoller::stop()
{
    m_running = false;
    m_timer.stop();
    m_inFlight = false;
    m_pollAgain = false;
    ++m_generation;
}

void QueuePoller::pollNow()
{
    if (!m_running)
        return;
    if (m_inFlight) {
        m_pollAgain = true;
        return;
    }
    schedule(0);
}

void QueuePoller::schedule(qint64 delayMs)
{
    if (!m_running)
        return;
    m_timer.startIn(std::clamp<qint64>(delayMs, 0, 24 * 3600 * 1000));
}

void QueuePoller::poll()
{
    if (!m_running || m_inFlight)
        return;
    m_inFlight = true;
    m_pollAgain = false;
    const quint64 generation = m_generation;
    const int limit = m_settings->intValue(SettingKeys::QueueLimit, m_sdrId);
    m_source->fetch(m_sdrId, limit, this, [this, generation](const QueueFetch& fetch) {
        if (generation != m_generation)
            return;
        m_inFlight = false;
        const qint64 base = baseIntervalMs();
        if (!fetch.ok) {
            if (fetch.unauthorized) {
                // Nothing to retry until a person gives a new token; the engine restarts us.
                qCWarning(lcQueue) << m_sdrId << "poll refused: unauthorized";
                m_running = false;
                emit unauthorized();
                return;
            }
            // Backoff starts at the base interval: failing polls never come faster than normal ones.
            const qint64 delay = std::max(base, m_backoff.nextDelay(fetch.retryAfterMs));
            m_intervalMs = delay;
            qCInfo(lcQueue) << m_sdrId << "poll failed:" << fetch.error << "- next in" << delay << "ms";
            emit pollFailed(m_sdrId, fetch.error);
            if (fetch.claimLost)
                emit claimLost(m_sdrId);
            schedule(m_pollAgain ? 0 : delay);
            return;
        }
        m_backoff.reset();
        const Router::Summary summary = m_router->route(m_sdrId, fetch, m_source->sourceName());
        if (m_safetyNet) {
            m_emptyPolls = 0;
            m_intervalMs = safetyNetIntervalMs(base);
        } else if (fetch.parsed.entries > 0) {
            m_emptyPolls = 0;
            m_intervalMs = base;
        } else {
            m_emptyPolls = std::min(m_emptyPolls + 1, 8);
            m_intervalMs = std::min(base * kEmptyStretchMax, qint64(base * (1.0 + 0.5 * m_emptyPolls)));
        }
        emit polled(m_sdrId, summary.queued + summary.rejected, fetch.parsed.entries);
        // +-10 % jitter keeps the pollers of many SDRs from lining up again.
        const qint64 jitter = m_intervalMs / 10;
        const qint64 delay = m_intervalMs - jitter + qint64(m_random->bounded(double(2 * jitter + 1)));
        schedule(m_pollAgain ? 0 : delay);
    });
}
