#include "PageReloader.h"

#include "SessionPage.h"
#include "SessionsLogging.h"

#include <QWebEngineLoadingInfo>
#include <QWebEngineProfile>

namespace {
constexpr int kErrAborted = -3; // Chromium's net::ERR_ABORTED: a navigation replaced by another
}

PageReloader::PageReloader(const QString& sdrId, SessionPage* page, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_sdrId(sdrId)
    , m_page(page)
    , m_recovery(clock)
{
    connect(&m_recovery, &LoadRecovery::retryDue, this, [this] {
        // A page frozen meanwhile retries when it wakes (SessionPage::activate), not now.
        if (m_page->isAwake()) {
            qCInfo(lcSession) << m_sdrId << "retrying WhatsApp Web";
            m_page->navigate(m_page->whatsappUrl());
        }
    });
    connect(&m_recovery, &LoadRecovery::reloadDue, this, [this] {
        if (!m_page->exists())
            return;
        emit reloadingAfterCrash();
        m_page->navigate(m_page->whatsappUrl());
    });
    m_refusalReload.setSingleShot(true);
    connect(&m_refusalReload, &QTimer::timeout, this, [this] {
        if (m_page->isAwake())
            m_page->navigate(m_page->whatsappUrl());
    });
}

bool PageReloader::loadEnded(const QWebEngineLoadingInfo& info)
{
    // A failed HTTP status comes with the text of Chromium's error page template (markup without
    // the host), not a message: the status says it.
    const bool httpStatus = info.errorDomain() == QWebEngineLoadingInfo::HttpStatusCodeDomain;
    if (info.status() == QWebEngineLoadingInfo::LoadFailedStatus && info.errorCode() != kErrAborted)
        loaded(true, httpStatus ? QStringLiteral("HTTP %1").arg(info.errorCode()) : info.errorString());
    else if (info.status() == QWebEngineLoadingInfo::LoadSucceededStatus && httpStatus &&
             info.errorCode() >= 500)
        loaded(true, QStringLiteral("HTTP %1").arg(info.errorCode()));
    else if (info.status() == QWebEngineLoadingInfo::LoadSucceededStatus)
        loaded(false, QString());
    return m_loadFailed;
}

void PageReloader::loaded(bool failed, const QString& error)
{
    m_loadFailed = failed;
    if (!failed) {
        m_recovery.loadSucceeded();
        return;
    }
    const qint64 delay = m_recovery.loadFailed();
    qCInfo(lcSession) << m_sdrId << "WhatsApp Web did not load:" << error << "; next try in" << delay << "ms";
    emit loadFailedWith(error);
}

void PageReloader::reloadAfterCrash()
{
    const qint64 delay = m_recovery.crashed();
    qCInfo(lcSession) << m_sdrId << "reloading after the crash in" << delay << "ms";
}

void PageReloader::reloadAfterRefusal()
{
    if (m_refusalReload.isActive())
        return;
    ++m_refusalReloads;
    // A stale service worker serves this page to browsers WhatsApp accepts: unregister the
    // profile's workers, drop its HTTP cache and reload once.
    m_page->runProbe(QStringLiteral("unregisterServiceWorkers.js"), {}, [](const QVariant&) {});
    if (m_page->profile())
        m_page->profile()->clearHttpCache();
    m_refusalReload.start(RefusalReloadMs);
}

void PageReloader::stop()
{
    m_recovery.stop();
    m_refusalReload.stop();
    m_loadFailed = false;
}
