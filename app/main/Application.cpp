#include "Application.h"

#include "ActivityLog.h"
#include "CommandLine.h"
#include "ConnectionStatusRepository.h"
#include "ConnectionTracker.h"
#include "Credentials.h"
#include "CrmClient.h"
#include "CrmSignIn.h"
#include "DashboardModel.h"
#include "DataDirectory.h"
#include "DataRetention.h"
#include "EngineInfo.h"
#include "FollowUpTracker.h"
#include "MainWindow.h"
#include "Notifier.h"
#include "SdrRepository.h"
#include "SenderEngine.h"
#include "SenderIdentity.h"
#include "SessionManager.h"
#include "SessionView.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "Store.h"
#include "SystemClock.h"
#include "TranslationLoader.h"
#include "TrayController.h"
#include "UiLogging.h"
#include "UserPreferences.h"
#include "WhatsAppDoctor.h"
#include "WhatsAppSession.h"

#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QStatusBar>
#include <QTimer>
#include <QWebEnginePage>
#include <QWindow>

Application::Application(const QString& dataDir, const CommandLineOptions& options, QObject* parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_options(std::make_unique<CommandLineOptions>(options))
{
}

Application::~Application()
{
    // The window shows pages of the sessions: it goes first. The engine stops before the sessions it
    // sends through; SessionManager deletes every page before its profile.
    m_tray.reset();
    m_window.reset();
    // A clean shutdown tells the CRM (sender_online false, claims released) so another sender can
    // take this one's SDRs at once.
    if (m_engine)
        m_engine->shutdown();
    m_engine.reset();
    m_tracker.reset();
    m_sessions.reset();
}

void Application::setDemo(const Demo& demo)
{
    m_demo = demo;
    m_demoMode = true;
    m_options->serverUrl = demo.crmUrl.toString();
    m_options->whatsAppUrl = demo.whatsAppUrl.toString();
}

bool Application::start()
{
    m_clock = std::make_unique<SystemClock>();
    m_store = std::make_unique<Store>();
    if (!m_store->open(DataDirectory(m_dataDir).databasePath())) {
        m_error = m_store->errorString();
        return false;
    }
    buildCore();
    buildWindow();
    wireSessions();
    // Its first pass comes a while after start (nothing competes with the first polls and pages);
    // a file from an earlier version is switched to incremental vacuum here, once.
    m_retention->start();
    m_window->show();
    // The window comes first: serving the SDRs creates a profile and a page per SDR on this thread
    // (20 SDRs: 20 renderers starting), which would keep the window from appearing for seconds.
    // The engine starts once the window is on screen (or after a short while if it never is, e.g.
    // on a window manager that keeps it hidden).
    if (QWindow* handle = m_window->windowHandle(); handle && !handle->isExposed()) {
        handle->installEventFilter(this);
        QTimer::singleShot(kEngineStartFallbackMs, this, &Application::startEngine);
    } else {
        startEngine();
    }
    qCInfo(lcUi) << "started" << (m_demoMode ? "in demo mode" : "") << "data directory" << m_dataDir;
    qCInfo(lcUi).noquote() << "engine:" << EngineInfo::summary();
    return true;
}

void Application::startEngine()
{
    if (m_window && m_window->windowHandle())
        m_window->windowHandle()->removeEventFilter(this);
    if (m_engine)
        m_engine->start(); // once: a second call does nothing
}

bool Application::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Expose && m_window && watched == m_window->windowHandle() &&
        m_window->windowHandle()->isExposed()) {
        // After this expose's paint, not inside it.
        QTimer::singleShot(0, this, &Application::startEngine);
    }
    return QObject::eventFilter(watched, event);
}

void Application::buildCore()
{
    m_settings = std::make_unique<Settings>(m_store.get());
    CommandLine::applyTo(*m_options, *m_settings);
    m_sdrs = std::make_unique<SdrRepository>(m_store.get());
    m_statuses = std::make_unique<ConnectionStatusRepository>(m_store.get());
    m_activity = std::make_unique<ActivityLog>(m_store.get(), m_clock.get());
    m_retention = std::make_unique<DataRetention>(m_store.get(), m_settings.get(), m_clock.get());

    const QString serverUrl = m_settings->stringValue(SettingKeys::ServerUrl);
    m_credentials = std::make_unique<Credentials>(serverUrl);
    if (!serverUrl.isEmpty()) {
        m_crm = std::make_unique<CrmClient>();
        m_crm->setBaseUrl(QUrl(serverUrl));
        if (m_demoMode) {
            m_crm->setToken(m_demo.token); // the demo's simulated CRM; nothing goes to a keychain
        } else {
            // No call leaves before the token is known (keychain read, or the environment decided).
            m_signIn = std::make_unique<CrmSignIn>(m_credentials.get(), m_crm.get());
            connect(m_signIn.get(), &CrmSignIn::tokenMissing, this, &Application::askForToken);
            m_signIn->start();
        }
    }

    m_sessions = std::make_unique<SessionManager>(m_dataDir, m_settings.get(), m_clock.get());
    m_sessions->setSdrRepository(m_sdrs.get());
    m_sessions->setActivityLog(m_activity.get());
    m_tracker =
        std::make_unique<ConnectionTracker>(m_statuses.get(), m_activity.get(), m_sdrs.get(), m_clock.get());
    m_engine =
        std::make_unique<SenderEngine>(m_store.get(), m_settings.get(), m_clock.get(), m_crm.get(),
                                       m_sessions.get(), m_sdrs.get(), m_activity.get(), m_statuses.get());
    m_engine->setSenderIdentity(SenderIdentity::loadOrCreate(m_store.get()), SenderIdentity::hostName());
    // A team's own opt-out words (optout-phrases.txt in the data directory) replace the shipped ones.
    m_engine->followUps()->loadOptOutOverride(m_dataDir);
    connect(m_engine.get(), &SenderEngine::unauthorized, this, &Application::askForToken);
}

void Application::buildWindow()
{
    m_translations = std::make_unique<TranslationLoader>(
        TranslationLoader::defaultDirectory(QCoreApplication::applicationDirPath()));
    const QString language = m_settings->stringValue(SettingKeys::Language);
    m_translations->setLanguage(language.isEmpty() ? m_translations->systemLanguage() : language);
    connect(m_translations.get(), &TranslationLoader::languageChanged, this,
            [this](const QString& lang) { m_settings->setGlobal(SettingKeys::Language, lang); });

    MainWindow::Dependencies deps;
    deps.store = m_store.get();
    deps.settings = m_settings.get();
    deps.sdrs = m_sdrs.get();
    deps.statuses = m_statuses.get();
    deps.activity = m_activity.get();
    deps.clock = m_clock.get();
    deps.credentials = m_demoMode ? nullptr : m_credentials.get();
    deps.translations = m_translations.get();
    deps.suppression = m_engine->suppressionList();
    m_preferences = std::make_unique<UserPreferences>();
    deps.preferences = m_preferences.get();
    m_window = std::make_unique<MainWindow>(deps);
    m_window->setDemoMode(m_demoMode);
    m_window->setPageProvider([this](const QString& sdrId) -> QWebEnginePage* {
        WhatsAppSession* session = m_sessions->session(sdrId);
        return session ? session->page() : nullptr;
    });
    MainWindow* window = m_window.get();
    connect(window, &MainWindow::connectRequested, this, [this](const QString& sdrId) {
        if (WhatsAppSession* session = m_sessions->session(sdrId)) {
            session->requestWake();
            session->reloadPage();
        } else if (const auto sdr = m_sdrs->find(sdrId)) {
            m_sdrs->setActive(sdrId, true);
        }
        m_window->showSdr(sdrId);
    });
    connect(window, &MainWindow::disconnectRequested, m_sessions.get(), &SessionManager::disconnectSession);
    connect(window, &MainWindow::removeRequested, m_sessions.get(), &SessionManager::removeSdr);
    connect(window, &MainWindow::useHereRequested, this, [this](const QString& sdrId) {
        if (WhatsAppSession* session = m_sessions->session(sdrId))
            session->useHere();
    });
    connect(window, &MainWindow::checkWhatsAppRequested, this, [this](const QString& sdrId) {
        // The open SDR's running page as it is (a second page of that profile would make WhatsApp
        // say "open in another window"), else a fresh page in a throwaway profile.
        QString url = m_settings->stringValue(SettingKeys::WhatsAppUrl);
        if (!url.endsWith(QLatin1Char('/')))
            url.append(QLatin1Char('/'));
        auto* doctor =
            new WhatsAppDoctor(m_sessions->pageProbe(), m_sessions->profileStore(), QUrl(url), this);
        WhatsAppSession* session = m_sessions->session(sdrId);
        // An idle, awake session lends its page for the own-chat check; a busy one is checked as
        // it is.
        const bool lent = session && session->lendPage();
        QPointer<WhatsAppSession> lender(lent ? session : nullptr);
        connect(doctor, &WhatsAppDoctor::finished, this, [this, doctor, lender] {
            if (lender)
                lender->takePageBack();
            if (m_window)
                m_window->showWhatsAppCheck(doctor->text(), doctor->ok());
            doctor->deleteLater();
        });
        if (session && session->page() && session->isAwake())
            doctor->inspect(session->page(), sdrId, lent);
        else
            doctor->run(QString());
    });
    connect(window, &MainWindow::resumeRequested, this, [this](const QString& sdrId) {
        if (WhatsAppSession* session = m_sessions->session(sdrId))
            session->resumeSending();
    });
    // One list holds both kinds of lead waiting for a person; each transition only moves a lead in
    // its own state, so trying the one and then the other acts on exactly one.
    connect(window, &MainWindow::resendRequested, m_engine.get(), [this](const QString& leadId) {
        if (!m_engine->resendUncertain(leadId))
            m_engine->sendHeldAnyway(leadId);
    });
    connect(window, &MainWindow::dropRequested, m_engine.get(), [this](const QString& leadId) {
        if (!m_engine->dropUncertain(leadId))
            m_engine->dropHeld(leadId);
    });
    connect(window, &MainWindow::sessionShown, this, [this](const QString& sdrId) {
        if (WhatsAppSession* session = m_sessions->session(sdrId))
            session->setVisibleToUser(true);
    });
    connect(window, &MainWindow::sessionHidden, this, [this](const QString& sdrId) {
        if (WhatsAppSession* session = m_sessions->session(sdrId))
            session->setVisibleToUser(false);
    });
    connect(window, &MainWindow::leadsImported, m_engine.get(), [this] { m_engine->pollNow(); });
    connect(window, &MainWindow::quitRequested, qApp, &QApplication::quit);
    connect(m_engine.get(), &SenderEngine::nextSendChanged, window, &MainWindow::setNextSendAt);
    // The activity log cannot take a message the store cannot write: the status bar shows it.
    connect(m_engine.get(), &SenderEngine::storeError, window,
            [window](const QString&, const QString& message) {
                window->statusBar()->showMessage(message, 60000);
            });

    m_notifier = std::make_unique<Notifier>(m_sdrs.get(), m_clock.get());
    m_notifier->watch(m_statuses.get());
    // A lead's reply, when this person asked for it (their own setting, off by default).
    m_notifier->setReplyNotificationsEnabled(m_preferences->replyNotifications());
    connect(m_preferences.get(), &UserPreferences::replyNotificationsChanged, m_notifier.get(),
            &Notifier::setReplyNotificationsEnabled);
    m_notifier->watchReplies(m_engine->followUps(), m_store.get());
    connect(m_engine.get(), &SenderEngine::leadSent, m_notifier.get(),
            [this](const QString& sdrId) { m_notifier->recordSendResult(sdrId, true); });
    connect(m_engine.get(), &SenderEngine::leadFailed, m_notifier.get(),
            [this](const QString& sdrId, const QString&, const QString& error) {
                m_notifier->recordSendResult(sdrId, false, error);
            });
    m_tray = std::make_unique<TrayController>(window);
    m_tray->attach(m_notifier.get());
    connect(m_tray.get(), &TrayController::quitRequested, qApp, &QApplication::quit);
    connect(m_tray.get(), &TrayController::sdrRequested, window, &MainWindow::showSdr);
    window->setCloseToTray(m_tray->isAvailable());

    if (m_demoMode)
        addDemoMenu();

    // Whether there is a CRM at all is decided when the engine is built; say so rather than
    // half-switch a running engine.
    connect(m_settings.get(), &Settings::changed, this, [this](const QString& key, const QString& sdrId) {
        if (key != SettingKeys::ServerUrl || !sdrId.isEmpty())
            return;
        const QString message = tr("The CRM server setting was changed. Restart SDR Sender to use it.");
        m_activity->add(QString(), QStringLiteral("config"), message);
        auto* box = new QMessageBox(QMessageBox::Information, tr("Restart needed"), message, QMessageBox::Ok,
                                    m_window.get());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

void Application::wireSessions()
{
    // The engine starts and stops sessions through the ChannelProvider; the UI side only follows them.
    connect(m_sessions.get(), &SessionManager::sessionAdded, this, &Application::watchSession);
    connect(m_sessions.get(), &SessionManager::sessionAboutToBeRemoved, this,
            [this](WhatsAppSession* session) { m_tracker->untrack(session->sdrId()); });
    connect(m_sessions.get(), &SessionManager::usageSampled, m_window->dashboardModel(),
            [this] { m_window->dashboardModel()->setSessionUsage(m_sessions->sessionUsage()); });
    connect(m_sessions.get(), &SessionManager::sdrRemoved, this, [this](const QString& sdrId, bool) {
        m_tracker->untrack(sdrId);
        m_notifier->forgetSdr(sdrId);
        m_window->showDashboard();
    });
    connect(m_sessions.get(), &SessionManager::disconnected, this, [this](const QString& sdrId, bool ok) {
        m_activity->add(sdrId, QStringLiteral("state"),
                        ok ? tr("WhatsApp was disconnected and this SDR's session data was wiped.")
                           : tr("Disconnecting WhatsApp did not finish cleanly; see the log."));
        const WhatsAppSession* session = m_sessions->session(sdrId);
        if (ok && session && !session->logoutConfirmed() &&
            session->lastError().startsWith(QLatin1String("logout_unconfirmed"))) {
            // The profile is gone, but the phone may still list this device (at most four).
            const QString text =
                tr("WhatsApp did not confirm the logout. Remove this device on the SDR's phone: "
                   "WhatsApp > Settings > Linked devices.");
            m_activity->add(sdrId, QStringLiteral("state"), text);
            if (m_window) {
                auto* box = new QMessageBox(QMessageBox::Warning, tr("Disconnect"), text, QMessageBox::Ok,
                                            m_window.get());
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open(); // not exec(): no nested event loop
            }
        }
    });
}

void Application::watchSession(WhatsAppSession* session)
{
    const QString sdrId = session->sdrId();
    m_tracker->track(session);
    // A view must let go of a page before the session deletes it (disconnect wipes the profile).
    connect(session, &WhatsAppSession::pageAboutToBeDeleted, m_window.get(), [this, sdrId] {
        if (m_window->currentSdrId() == sdrId)
            m_window->sessionView()->setPage(nullptr);
    });
    connect(session, &WhatsAppSession::pageChanged, m_window.get(),
            [this, sdrId] { m_window->sessionPageChanged(sdrId); });
    connect(session, &WhatsAppSession::awakeChanged, m_window.get(),
            [this, sdrId] { m_window->sessionPageChanged(sdrId); });
    connect(session, &WhatsAppSession::unreadCountChanged, m_window.get(),
            [this, sdrId](int count) { m_window->setUnreadCount(sdrId, count); });
    if (m_demoMode)
        scheduleDemoScan(session);
}

void Application::askForToken()
{
    // Not a modal box at start-up: the window shows the state, the settings dialog takes the token.
    m_activity->add(QString(), QStringLiteral("error"),
                    tr("The CRM needs a valid token: open Settings and sign in. %1")
                        .arg(m_credentials ? m_credentials->statusText() : QString()));
    QTimer::singleShot(0, m_window.get(), &MainWindow::openSettings);
}

void Application::addDemoMenu()
{
    QMenu* menu = m_window->menuBar()->addMenu(tr("&Demo"));
    QAction* scan = menu->addAction(tr("Simulate the SDR's phone scanning the QR code"));
    connect(scan, &QAction::triggered, this, [this] {
        const QString sdrId = m_window->currentSdrId();
        WhatsAppSession* session = sdrId.isEmpty() ? nullptr : m_sessions->session(sdrId);
        if (session && m_demo.scan(sdrId, session->qrRef()))
            return;
        auto* box = new QMessageBox(QMessageBox::Information, tr("Demo"),
                                    tr("Open an SDR whose session shows a QR code first."), QMessageBox::Ok,
                                    m_window.get());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open(); // not exec(): no nested event loop
    });
}

void Application::scheduleDemoScan(WhatsAppSession* session)
{
    // The demo links most SDRs by itself a few seconds after their QR appears; one is left for the
    // person to "scan" from the Demo menu.
    if (session->sdrId() == QLatin1String("sdr_elif"))
        return;
    const QString sdrId = session->sdrId();
    connect(session, &WhatsAppSession::qrRefChanged, this, [this, sdrId](const QString& ref) {
        if (ref.isEmpty())
            return;
        QTimer::singleShot(3000, this, [this, sdrId] {
            if (WhatsAppSession* current = m_sessions->session(sdrId))
                m_demo.scan(sdrId, current->qrRef());
        });
    });
}
