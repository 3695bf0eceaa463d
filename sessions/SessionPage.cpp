#include "SessionPage.h"

#include "Clock.h"
#include "PageBridge.h"
#include "PageProbe.h"
#include "ProfileStore.h"
#include "SessionsLogging.h"
#include "WhatsAppPage.h"

#include <QPointer>
#include <QTimer>
#include <QWebChannel>
#include <QWebEngineLoadingInfo>
#include <QWebEngineNewWindowRequest>
#include <QWebEngineNotification>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>

namespace {
constexpr int kErrAborted = -3;        // Chromium's net::ERR_ABORTED: a navigation replaced by another
constexpr int kRefusalReloadMs = 1000; // time for the service workers to unregister
} // namespace

SessionPage::SessionPage(const QString& sdrId, const QUrl& whatsappUrl, ProfileStore* profiles,
                         PageProbe* probe, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_sdrId(sdrId)
    , m_whatsappUrl(whatsappUrl)
    , m_profiles(profiles)
    , m_probe(probe)
    , m_clock(clock)
    , m_recovery(clock)
{
    connect(&m_recovery, &LoadRecovery::retryDue, this, [this] {
        // A page frozen meanwhile retries when it wakes (activate), not now.
        if (m_page && isAwake()) {
            qCInfo(lcSession) << m_sdrId << "retrying WhatsApp Web";
            m_page->load(m_whatsappUrl);
        }
    });
    connect(&m_recovery, &LoadRecovery::reloadDue, this, [this] {
        if (!m_page)
            return;
        emit reloadingAfterCrash();
        m_page->load(m_whatsappUrl);
    });
    m_refusalReload.setSingleShot(true);
    connect(&m_refusalReload, &QTimer::timeout, this, [this] {
        if (m_page && isAwake())
            m_page->load(m_whatsappUrl);
    });
}

SessionPage::~SessionPage()
{
    destroy();
}

bool SessionPage::create()
{
    if (m_page)
        return true;
    m_profile = m_profiles->createProfile(m_sdrId, this);
    if (!m_profile)
        return false;
    m_probe->configureProfile(m_profile);
    // WhatsApp Web only keeps notifications on when the page is told they were shown.
    m_profile->setNotificationPresenter([](std::unique_ptr<QWebEngineNotification> notification) {
        if (notification)
            notification->show();
    });

    m_page = new WhatsAppPage(m_profile, m_whatsappUrl, this);
    m_bridge = new PageBridge(m_page);
    auto* channel = new QWebChannel(m_page);
    channel->registerObject(QStringLiteral("sdrBridge"), m_bridge);
    m_page->setWebChannel(channel, QWebEngineScript::ApplicationWorld);
    m_page->scripts().insert(m_probe->observerScript());
    connectPage();

    m_awakeSince = m_clock->now();
    m_page->load(m_whatsappUrl);
    emit pageChanged(m_page);
    return true;
}

void SessionPage::connectPage()
{
    connect(m_bridge, &PageBridge::reported, this, [this](const QJsonObject& object) {
        m_snapshot = PageSnapshot::fromJson(object);
        // WhatsApp Web served its app: the next failure starts the backoff afresh.
        if (isAwake() && !m_loadFailed && !m_snapshot.refused &&
            m_snapshot.state() != ConnectionState::Loading)
            m_recovery.appServed();
        emit reported(m_snapshot);
    });
    connect(m_page, &QWebEnginePage::titleChanged, this, [this](const QString& title) {
        const int unread = PageSnapshot::unreadFromTitle(title);
        if (unread != m_unread) {
            m_unread = unread;
            emit unreadCountChanged(unread);
        }
    });
    connect(m_page, &QWebEnginePage::loadingChanged, this, [this](const QWebEngineLoadingInfo& info) {
        // A failed HTTP status comes with the text of Chromium's error page template (markup
        // without the host), not a message: the status says it.
        if (info.status() == QWebEngineLoadingInfo::LoadFailedStatus && info.errorCode() != kErrAborted)
            onLoadingChanged(true, info.errorDomain() == QWebEngineLoadingInfo::HttpStatusCodeDomain
                                       ? QStringLiteral("HTTP %1").arg(info.errorCode())
                                       : info.errorString());
        else if (info.status() == QWebEngineLoadingInfo::LoadSucceededStatus &&
                 info.errorDomain() == QWebEngineLoadingInfo::HttpStatusCodeDomain && info.errorCode() >= 500)
            onLoadingChanged(true, QStringLiteral("HTTP %1").arg(info.errorCode()));
        else if (info.status() == QWebEngineLoadingInfo::LoadSucceededStatus)
            onLoadingChanged(false, QString());
    });
    connect(m_page, &QWebEnginePage::loadFinished, this, &SessionPage::loadFinished);
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this,
            [this](QWebEnginePage::RenderProcessTerminationStatus status, int exitCode) {
                if (!isDiscarded()) // a discarded page's renderer ends on purpose
                    emit rendererTerminated(int(status), exitCode);
            });
    connect(m_page, &WhatsAppPage::externalLinkRequested, this, &SessionPage::externalLinkRequested);
    connect(m_page, &QWebEnginePage::newWindowRequested, this, [this](QWebEngineNewWindowRequest& request) {
        // Never a window inside the session; only web, mail and phone links leave for the system.
        if (WhatsAppPage::isOpenableExternally(request.requestedUrl()))
            emit externalLinkRequested(request.requestedUrl());
        else
            qCInfo(lcSession) << m_sdrId << "ignored a new window for a" << request.requestedUrl().scheme()
                              << "link";
    });
    connect(m_page, &QWebEnginePage::lifecycleStateChanged, this,
            [this](QWebEnginePage::LifecycleState state) {
                emit awakeChanged(state == QWebEnginePage::LifecycleState::Active);
            });
}

void SessionPage::destroy()
{
    m_recovery.stop();
    m_refusalReload.stop();
    m_snapshot = PageSnapshot();
    m_loadFailed = false;
    if (!m_page && !m_profile)
        return;
    if (m_page) {
        emit pageAboutToBeDeleted(m_page);
        disconnect(m_page, nullptr, this, nullptr);
        disconnect(m_bridge, nullptr, this, nullptr);
        // Pages always go before their profile.
        delete m_page;
        m_page = nullptr;
        m_bridge = nullptr;
    }
    delete m_profile;
    m_profile = nullptr;
}

QWebEnginePage* SessionPage::page() const
{
    return m_page;
}

bool SessionPage::isAwake() const
{
    return m_page && m_page->lifecycleState() == QWebEnginePage::LifecycleState::Active;
}

bool SessionPage::isDiscarded() const
{
    return m_page && m_page->lifecycleState() == QWebEnginePage::LifecycleState::Discarded;
}

bool SessionPage::isOnScreen() const
{
    return m_page && m_page->isVisible();
}

qint64 SessionPage::renderProcessPid() const
{
    return m_page ? m_page->renderProcessPid() : 0;
}

void SessionPage::onLoadingChanged(bool failed, const QString& error)
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

void SessionPage::loadHome()
{
    if (!m_page)
        return;
    m_awakeSince = m_clock->now();
    m_page->load(m_whatsappUrl);
}

void SessionPage::navigate(const QUrl& url)
{
    if (m_page)
        m_page->load(url);
}

void SessionPage::runProbe(const QString& script, const QJsonObject& args,
                           const std::function<void(const QVariant&)>& callback)
{
    if (!isAwake()) {
        QTimer::singleShot(0, this, [callback] { callback(QVariant()); });
        return;
    }
    m_page->runJavaScript(m_probe->call(script, args), QWebEngineScript::ApplicationWorld, callback);
}

void SessionPage::requestReport()
{
    if (isAwake())
        m_page->runJavaScript(QStringLiteral("window.__sdrObserver && window.__sdrObserver.reportNow()"),
                              QWebEngineScript::ApplicationWorld);
}

bool SessionPage::freeze()
{
    if (!m_page)
        return false;
    if (!isAwake())
        return true;
    m_page->setLifecycleState(QWebEnginePage::LifecycleState::Frozen);
    return m_page->lifecycleState() == QWebEnginePage::LifecycleState::Frozen;
}

bool SessionPage::discard()
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

bool SessionPage::activate()
{
    if (!m_page || isAwake())
        return false;
    const bool wasDiscarded = isDiscarded();
    m_page->setLifecycleState(QWebEnginePage::LifecycleState::Active);
    m_awakeSince = m_clock->now();
    if (!wasDiscarded && !m_loadFailed)
        return false;
    // The discarded page's JavaScript state is gone: WhatsApp Web starts afresh (never a deep
    // link). A page that froze on a load error retries now (its retry came and went while frozen).
    m_page->load(m_whatsappUrl);
    return true;
}

void SessionPage::reloadAfterCrash()
{
    const qint64 delay = m_recovery.crashed();
    qCInfo(lcSession) << m_sdrId << "reloading after the crash in" << delay << "ms";
}

void SessionPage::reloadAfterRefusal()
{
    if (m_refusalReload.isActive())
        return;
    ++m_refusalReloads;
    // A stale service worker serves this page to browsers WhatsApp accepts: unregister the
    // profile's workers, drop its HTTP cache and reload once.
    runProbe(QStringLiteral("unregisterServiceWorkers.js"), {}, [](const QVariant&) {});
    if (m_profile)
        m_profile->clearHttpCache();
    m_refusalReload.start(kRefusalReloadMs);
}
