#include "PageLifecycle.h"

#include "Clock.h"

#include <QWebEnginePage>

PageLifecycle::PageLifecycle(const QUrl& homeUrl, const Clock* clock)
    : m_homeUrl(homeUrl)
    , m_clock(clock)
{
}

void PageLifecycle::setPage(QWebEnginePage* page)
{
    m_page = page;
    restarted();
}

void PageLifecycle::restarted()
{
    m_awakeSince = m_clock->now();
}

bool PageLifecycle::isAwake() const
{
    return m_page && m_page->lifecycleState() == QWebEnginePage::LifecycleState::Active;
}

bool PageLifecycle::isDiscarded() const
{
    return m_page && m_page->lifecycleState() == QWebEnginePage::LifecycleState::Discarded;
}

bool PageLifecycle::freeze()
{
    if (!m_page)
        return false;
    if (!isAwake())
        return true;
    m_page->setLifecycleState(QWebEnginePage::LifecycleState::Frozen);
    return m_page->lifecycleState() == QWebEnginePage::LifecycleState::Frozen;
}

bool PageLifecycle::discard()
{
    if (!m_page)
        return false;
    if (isDiscarded())
        return true;
    if (isAwake() && !freeze())
        return false;
    m_page->setLifecycleState(QWebEnginePage::LifecycleState::Discarded);
    return isDiscarded();
}

bool PageLifecycle::activate(bool loadFailed)
{
    if (!m_page || isAwake())
        return false;
    const bool wasDiscarded = isDiscarded();
    m_page->setLifecycleState(QWebEnginePage::LifecycleState::Active);
    restarted();
    if (!wasDiscarded && !loadFailed)
        return false;
    // The discarded page's JavaScript state is gone: WhatsApp Web starts afresh (never a deep
    // link). A page that froze on a load error retries now (its retry came and went while frozen).
    m_page->load(m_homeUrl);
    return true;
}
