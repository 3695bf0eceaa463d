#include "SessionPage.h"

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

SessionPage::SessionPage(const QString& sdrId, const QUrl& whatsappUrl, ProfileStore* profiles,
                         PageProbe* probe, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_sdrId(sdrId)
    , m_whatsappUrl(whatsappUrl)
    , m_profiles(profiles)
    , m_probe(probe)
    , m_lifecycle(whatsappUrl, clock)
    , m_reloader(sdrId, this, clock)
{
    connect(&m_reloader, &PageReloader::loadFailedWith, this, &SessionPage::loadFailedWith);
    connect(&m_reloader, &PageReloader::reloadingAfterCrash, this, &SessionPage::reloadingAfterCrash);
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

    m_lifecycle.setPage(m_page);
    m_page->load(m_whatsappUrl);
    emit pageChanged(m_page);
    return true;
}

void SessionPage::connectPage()
{
    connect(m_bridge, &PageBridge::reported, this, [this](const QJsonObject& object) {
        m_snapshot = PageSnapshot::fromJson(object);
        // WhatsApp Web served its app: the next failure starts the backoff afresh.
        if (isAwake() && !loadFailed() && !m_snapshot.refused &&
            m_snapshot.state() != ConnectionState::Loading)
            m_reloader.appServed();
        emit reported(m_snapshot);
    });
    connect(m_page, &QWebEnginePage::titleChanged, this, [this](const QString& title) {
        const int unread = PageSnapshot::unreadFromTitle(title);
        if (unread != m_unread) {
            m_unread = unread;
            emit unreadCountChanged(unread);
        }
    });
    connect(m_page, &QWebEnginePage::loadingChanged, &m_reloader, &PageReloader::loadEnded);
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
    m_reloader.stop();
    m_snapshot = PageSnapshot();
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
        m_lifecycle.setPage(nullptr);
    }
    delete m_profile;
    m_profile = nullptr;
}

QWebEnginePage* SessionPage::page() const
{
    return m_page;
}

bool SessionPage::isOnScreen() const
{
    return m_page && m_page->isVisible();
}

qint64 SessionPage::renderProcessPid() const
{
    return m_page ? m_page->renderProcessPid() : 0;
}

void SessionPage::loadHome()
{
    if (!m_page)
        return;
    m_lifecycle.restarted();
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
