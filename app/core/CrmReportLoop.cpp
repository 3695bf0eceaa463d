#include "CrmReportLoop.h"

#include "ActivityLog.h"
#include "Clock.h"

namespace {
constexpr int kIdleRecheckMs = 60 * 1000;
}

CrmReportLoop::CrmReportLoop(CrmClient* crm, const Clock* clock, ActivityLog* activity,
                             QRandomGenerator* random, Category category, QObject* parent)
    : QObject(parent)
    , m_crm(crm)
    , m_clock(clock)
    , m_activity(activity)
    , m_random(random)
    , m_category(category)
    , m_backoff(2000, 10 * 60 * 1000, random)
    , m_storeBackoff(2000, 5 * 60 * 1000, random)
{
}

void CrmReportLoop::start()
{
    m_pump.start();
}

void CrmReportLoop::stop()
{
    m_pump.stop();
}

void CrmReportLoop::setPaused(bool paused)
{
    m_pump.setPaused(paused);
}

void CrmReportLoop::kick()
{
    m_pump.kick();
}

void CrmReportLoop::setBackoff(qint64 baseMs, qint64 capMs)
{
    m_backoff = Backoff(baseMs, capMs, m_random);
}

void CrmReportLoop::next()
{
    if (!m_pump.canRun() || m_inFlight)
        return;
    const QDateTime now = m_clock->now();
    switch (postDue(now)) {
    case Step::NothingDue: {
        const QDateTime due = nextDue();
        const qint64 wait = due.isValid() ? std::max<qint64>(0, now.msecsTo(due)) : kIdleRecheckMs;
        m_pump.runIn(std::min<qint64>(wait, kIdleRecheckMs));
        return;
    }
    case Step::Posted:
        return;
    case Step::RecordedLocally:
        settled();
        return;
    case Step::StoreFailed:
        return;
    }
}

void CrmReportLoop::settled()
{
    m_storeBackoff.reset();
    kick();
}

qint64 CrmReportLoop::retryDelay(int attempts, qint64 retryAfterMs) const
{
    return m_backoff.delayFor(attempts, retryAfterMs);
}

void CrmReportLoop::storeFailed(const QString& sdrId, const QString& what, const QString& error,
                                const QString& activityText)
{
    // Without the item's new state it would be due again at once: wait instead of looping.
    const qint64 delay = m_storeBackoff.nextDelay();
    qCWarning(m_category).noquote() << "cannot record" << what << "-" << error << "- next look in" << delay
                                    << "ms";
    if (m_activity && m_storeBackoff.failures() == 1)
        m_activity->add(sdrId, QStringLiteral("error"), activityText);
    m_pump.runIn(delay);
}
