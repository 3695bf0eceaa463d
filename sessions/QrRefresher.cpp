#include "QrRefresher.h"

#include "Clock.h"
#include "SessionPage.h"
#include "SessionsLogging.h"

#include <QPointer>

QrRefresher::QrRefresher(const QString& sdrId, SessionPage* page, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_sdrId(sdrId)
    , m_page(page)
    , m_clock(clock)
    , m_recheck(clock)
{
    connect(&m_recheck, &ClockTimer::timeout, this, &QrRefresher::check);
}

void QrRefresher::setOnScreen(bool onScreen)
{
    if (onScreen == m_onScreen)
        return;
    m_onScreen = onScreen;
    check();
}

void QrRefresher::check()
{
    if (!m_onScreen || !m_page->snapshot().qrReload || !m_page->isAwake())
        return;
    const QDateTime now = m_clock->now();
    const qint64 sinceClick = m_lastClick.isValid() ? m_lastClick.msecsTo(now) : MinClickIntervalMs;
    if (sinceClick < MinClickIntervalMs) {
        // The page may not change again before the pause ends: look again then.
        if (!m_recheck.isActive())
            m_recheck.start(m_lastClick.addMSecs(MinClickIntervalMs));
        return;
    }
    m_lastClick = now;
    QPointer<QrRefresher> self(this);
    m_page->runProbe(QStringLiteral("clickReloadQr.js"), {}, [self](const QVariant& clicked) {
        if (self && clicked.toBool()) {
            ++self->m_clicks;
            qCInfo(lcSession) << self->m_sdrId << "reloaded the expired QR code";
        }
    });
}
