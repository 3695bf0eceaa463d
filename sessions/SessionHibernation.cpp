#include "SessionHibernation.h"

#include "Clock.h"
#include "SessionPage.h"
#include "SessionStateTracker.h"
#include "SessionsLogging.h"

#include <utility>

SessionHibernation::SessionHibernation(const QString& sdrId, SessionPage* page, SessionStateTracker* state,
                                       const Clock* clock, std::function<bool()> busy, QObject* parent)
    : QObject(parent)
    , m_sdrId(sdrId)
    , m_page(page)
    , m_state(state)
    , m_clock(clock)
    , m_busy(std::move(busy))
    , m_lastActiveAt(clock->now())
    , m_wakeReport(clock)
{
    connect(&m_wakeReport, &ClockTimer::timeout, this, [this] {
        if (m_state->state() == ConnectionState::Hibernated && isAwake())
            emit silentAfterWake();
    });
}

bool SessionHibernation::isAwake() const
{
    return m_page->isAwake();
}

bool SessionHibernation::isDiscarded() const
{
    return m_page->isDiscarded();
}

QDateTime SessionHibernation::awakeSince() const
{
    return m_page->awakeSince();
}

void SessionHibernation::touch()
{
    m_lastActiveAt = m_clock->now();
}

void SessionHibernation::setVisible(bool visible)
{
    touch();
    if (visible)
        wake();
    m_visible = visible;
}

bool SessionHibernation::maySleep() const
{
    return m_page->exists() && !m_visible && !m_page->isOnScreen() && !m_busy();
}

bool SessionHibernation::hibernate()
{
    if (!maySleep())
        return false;
    if (!isAwake())
        return true;
    if (!m_page->freeze())
        return false;
    qCInfo(lcHibernation) << m_sdrId << "frozen";
    m_state->hibernated();
    return true;
}

bool SessionHibernation::discard()
{
    if (!maySleep())
        return false;
    if (isDiscarded())
        return true;
    if (isAwake() && !hibernate())
        return false;
    if (!m_page->discard())
        return false;
    qCInfo(lcHibernation) << m_sdrId << "discarded (renderer released, profile kept)";
    return true;
}

bool SessionHibernation::restartRenderer()
{
    // Discarding ends the renderer process and everything its JavaScript heap held; a plain reload
    // would keep the process (same site) and with it much of what the heap grew to.
    if (!discard())
        return false;
    qCInfo(lcSession) << m_sdrId << "restarting its renderer (profile kept)";
    wake();
    return isAwake();
}

void SessionHibernation::wake()
{
    touch();
    if (!m_page->exists() || isAwake())
        return;
    qCInfo(lcHibernation) << m_sdrId << "woken" << (isDiscarded() ? "(reloading)" : "");
    if (m_page->activate()) {
        m_state->setState(ConnectionState::Loading);
        return;
    }
    // Re-detect: the page reports afresh at once. What it showed before it froze is used only if
    // it stays silent (no observer), never taken as the state it is in now.
    m_page->requestReport();
    m_wakeReport.startIn(WakeReportMs);
}
