#include "BrowserRefusal.h"

#include "SessionPage.h"
#include "SessionsLogging.h"
#include "SettingKeys.h"
#include "Settings.h"

BrowserRefusal::BrowserRefusal(const QString& sdrId, SessionPage* page, Settings* settings,
                               const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_sdrId(sdrId)
    , m_page(page)
    , m_settings(settings)
    , m_retry(clock)
{
    connect(&m_retry, &ClockTimer::timeout, this, [this] {
        qCInfo(lcSession) << m_sdrId << "trying WhatsApp Web again after its refusal";
        m_cureTried = false; // the full cure again: clear service workers, reload once
        emit retryDue();
    });
}

int BrowserRefusal::retrySecs() const
{
    return qMax(1, m_settings->intValue(SettingKeys::BrowserRefusedRetrySecs));
}

bool BrowserRefusal::pageRefused()
{
    if (m_page->isRefusalReloadPending())
        return false; // the reload is under way
    if (!m_cureTried) {
        m_cureTried = true;
        qCInfo(lcSession)
            << m_sdrId << "WhatsApp Web shows its refusal page: clearing service workers and reloading once";
        m_page->reloadAfterRefusal();
        return false;
    }
    if (!m_retry.isActive())
        m_retry.startIn(qint64(retrySecs()) * 1000);
    return true;
}

void BrowserRefusal::appServed()
{
    m_cureTried = false;
    m_retry.stop();
}
