#include "MainWindow.h"

#include "ActivityModel.h"
#include "ActivityView.h"
#include "AddSdrDialog.h"
#include "AppIcon.h"
#include "ConnectionStatusRepository.h"
#include "DashboardModel.h"
#include "DashboardView.h"
#include "EngineInfo.h"
#include "ImportLeadsDialog.h"
#include "LanguageMenu.h"
#include "LeadsModel.h"
#include "LeadsView.h"
#include "SdrListModel.h"
#include "SdrRepository.h"
#include "SdrSidebar.h"
#include "SessionView.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "StatePresentation.h"
#include "SuppressionDialog.h"
#include "UiLogging.h"
#include "UserPreferences.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

MainWindow::MainWindow(const Dependencies& deps, QWidget* parent)
    : QMainWindow(parent)
    , m_deps(deps)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(AppIcon::icon());
    m_sdrModel = new SdrListModel(m_deps.sdrs, m_deps.statuses, this);
    m_dashboardModel = new DashboardModel(m_deps.store, m_deps.sdrs, m_deps.statuses, m_deps.activity,
                                          m_deps.clock, this, m_deps.settings);
    m_activityModel = new ActivityModel(m_deps.activity, m_deps.sdrs, this);
    m_leadsModel = new LeadsModel(m_deps.store, m_deps.settings, m_deps.activity, m_deps.clock, this);
    m_leadsModel->setActive(false); // read when the view is first shown

    auto* central = new QWidget(this);
    auto* outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    m_demoBanner = new QLabel(central);
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_demoBanner->setTextFormat(Qt::PlainText);
    m_demoBanner->setAlignment(Qt::AlignCenter);
    m_demoBanner->setWordWrap(true);
    m_demoBanner->setStyleSheet(QStringLiteral("QLabel#demoBanner { background: #f5b400; color: #231a00; "
                                               "font-weight: 700; padding: 6px; }"));
    m_demoBanner->hide();
    outer->addWidget(m_demoBanner);

    auto* splitter = new QSplitter(Qt::Horizontal, central);
    splitter->setChildrenCollapsible(false);
    outer->addWidget(splitter, 1);

    auto* left = new QWidget(splitter);
    left->setObjectName(QStringLiteral("navigationPanel"));
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 10, 0, 8);
    leftLayout->setSpacing(4);
    auto makeNavButton = [left](const QString& name) {
        auto* button = new QToolButton(left);
        button->setObjectName(name);
        button->setCheckable(true);
        button->setAutoExclusive(false);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setMinimumHeight(button->fontMetrics().height() + 14);
        button->setStyleSheet(
            QStringLiteral("QToolButton { text-align: left; padding: 4px 10px; border: none; "
                           "border-radius: 6px; font-weight: 600; } "
                           "QToolButton:checked { background: palette(highlight); "
                           "color: palette(highlighted-text); } "
                           "QToolButton:hover:!checked { background: palette(midlight); }"));
        return button;
    };
    m_dashboardButton = makeNavButton(QStringLiteral("dashboardButton"));
    m_activityButton = makeNavButton(QStringLiteral("activityButton"));
    m_leadsButton = makeNavButton(QStringLiteral("leadsButton"));
    leftLayout->addWidget(m_dashboardButton);
    leftLayout->addWidget(m_leadsButton);
    leftLayout->addWidget(m_activityButton);
    leftLayout->addSpacing(8);
    m_sdrsTitle = new QLabel(left);
    m_sdrsTitle->setTextFormat(Qt::PlainText);
    QFont titleFont = m_sdrsTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 0.9);
    titleFont.setWeight(QFont::DemiBold);
    titleFont.setCapitalization(QFont::AllUppercase);
    m_sdrsTitle->setFont(titleFont);
    m_sdrsTitle->setContentsMargins(10, 0, 0, 2);
    leftLayout->addWidget(m_sdrsTitle);
    m_sidebar = new SdrSidebar(m_sdrModel, left);
    m_sidebar->setStyleSheet(QStringLiteral("QListView { background: transparent; }"));
    leftLayout->addWidget(m_sidebar, 1);

    m_stack = new QStackedWidget(splitter);
    m_dashboardView = new DashboardView(m_dashboardModel, m_stack);
    m_activityView = new ActivityView(m_activityModel, m_deps.sdrs, m_stack);
    m_leadsView = new LeadsView(m_leadsModel, m_deps.sdrs, m_stack);
    m_sessionView = new SessionView(m_stack);
    m_stack->addWidget(m_dashboardView);
    m_stack->addWidget(m_activityView);
    m_stack->addWidget(m_leadsView);
    m_stack->addWidget(m_sessionView);
    splitter->addWidget(left);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({250, 950});
    setCentralWidget(central);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_statusLabel, 1);

    connect(m_dashboardButton, &QToolButton::clicked, this, &MainWindow::showDashboard);
    connect(m_activityButton, &QToolButton::clicked, this, [this] { showActivity(); });
    connect(m_leadsButton, &QToolButton::clicked, this, [this] { showLeads(); });
    connect(m_sidebar, &SdrSidebar::sdrSelected, this, [this](const QString& id) {
        if (!id.isEmpty())
            showSdr(id);
    });
    connect(m_dashboardView, &DashboardView::sdrActivated, this, &MainWindow::showSdr);
    connect(m_dashboardView, &DashboardView::resendRequested, this, &MainWindow::resendRequested);
    connect(m_dashboardView, &DashboardView::dropRequested, this, [this](const QString& leadId) {
        confirm(tr("Drop lead"), tr("Drop this lead? It is reported to the CRM as failed and not sent."),
                [this, leadId] { emit dropRequested(leadId); });
    });
    connect(m_dashboardModel, &DashboardModel::refreshed, this, &MainWindow::updateStatusBar);

    connect(m_sessionView, &SessionView::connectRequested, this, &MainWindow::connectRequested);
    connect(m_sessionView, &SessionView::useHereRequested, this, &MainWindow::useHereRequested);
    connect(m_sessionView, &SessionView::resumeRequested, this, &MainWindow::resumeRequested);
    connect(m_sessionView, &SessionView::disconnectRequested, this, [this](const QString& id) {
        confirm(tr("Disconnect WhatsApp"),
                tr("Log %1 out of WhatsApp Web on this computer? Their browser profile here is wiped "
                   "and a new QR scan is needed to send again.")
                    .arg(sdrName(id)),
                [this, id] { emit disconnectRequested(id); });
    });
    connect(m_sessionView, &SessionView::removeRequested, this, [this](const QString& id) {
        confirm(tr("Remove SDR"),
                tr("Remove %1 from this app? Their WhatsApp session here is closed; the send history stays.")
                    .arg(sdrName(id)),
                [this, id] { emit removeRequested(id); });
    });

    connect(m_deps.statuses, &ConnectionStatusRepository::statusSaved, this, &MainWindow::onStatusSaved);
    connect(m_deps.sdrs, &SdrRepository::sdrChanged, this, [this](const QString& id) {
        if (id == m_currentSdr)
            updateSessionFromStore();
        updateStatusBar();
    });
    connect(m_deps.sdrs, &SdrRepository::sdrRemoved, this, [this](const QString& id) {
        if (id == m_currentSdr)
            showDashboard();
    });
    connect(this, &MainWindow::quitRequested, qApp, &QCoreApplication::quit);
    m_importer = ImportLeadsDialog::csvImporter(m_deps.store, m_deps.sdrs, this);

    buildMenus();
    retranslateUi();
    showDashboard();
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_addSdrAction = m_fileMenu->addAction(QString(), this, &MainWindow::openAddSdrDialog);
    m_importAction = m_fileMenu->addAction(QString(), this, &MainWindow::openImportDialog);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    if (m_deps.suppression)
        m_suppressionAction = m_fileMenu->addAction(QString(), this, &MainWindow::openSuppressionDialog);
    if (m_deps.preferences) {
        // The person's own choice (their OS user's settings), applied at once.
        m_replyNotificationsAction = m_fileMenu->addAction(QString());
        m_replyNotificationsAction->setObjectName(QStringLiteral("replyNotificationsAction"));
        m_replyNotificationsAction->setCheckable(true);
        m_replyNotificationsAction->setChecked(m_deps.preferences->replyNotifications());
        connect(m_replyNotificationsAction, &QAction::toggled, m_deps.preferences,
                &UserPreferences::setReplyNotifications);
        connect(m_deps.preferences, &UserPreferences::replyNotificationsChanged, m_replyNotificationsAction,
                &QAction::setChecked);
    }
    m_settingsAction = m_fileMenu->addAction(QString(), this, &MainWindow::openSettings);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &MainWindow::quitRequested);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_dashboardAction = m_viewMenu->addAction(QString(), this, &MainWindow::showDashboard);
    m_dashboardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_activityAction = m_viewMenu->addAction(QString(), this, [this] { showActivity(); });
    m_activityAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_leadsAction = m_viewMenu->addAction(QString(), this, [this] { showLeads(); });
    m_leadsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));

    if (m_deps.translations) {
        m_languageMenu = new LanguageMenu(m_deps.translations, m_deps.settings, this);
        menuBar()->addMenu(m_languageMenu);
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_checkWhatsAppAction =
        m_helpMenu->addAction(QString(), this, [this] { emit checkWhatsAppRequested(m_currentSdr); });
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

SettingsDialog* MainWindow::settingsDialog() const
{
    return m_settingsDialog;
}

ImportLeadsDialog* MainWindow::importDialog() const
{
    return m_importDialog;
}

QWidget* MainWindow::currentPage() const
{
    return m_stack->currentWidget();
}

QString MainWindow::sdrName(const QString& sdrId) const
{
    if (const auto sdr = m_deps.sdrs->find(sdrId); sdr && !sdr->name.isEmpty())
        return sdr->name;
    return sdrId;
}

void MainWindow::confirm(const QString& title, const QString& question, std::function<void()> onYes)
{
    if (m_confirmer) {
        if (m_confirmer(title, question))
            onYes();
        return;
    }
    // Not QMessageBox::question: the question holds an SDR name, which must not be read as HTML.
    // Window-modal and open(), not exec(): no nested event loop on the UI thread, so sending,
    // polling and the sessions carry on while the question is shown.
    auto* box =
        new QMessageBox(QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::No, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setDefaultButton(QMessageBox::No);
    connect(box, &QMessageBox::finished, this, [box, onYes = std::move(onYes)] {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            onYes();
    });
    box->open();
}

void MainWindow::leaveSession()
{
    if (m_currentSdr.isEmpty())
        return;
    const QString left = m_currentSdr;
    m_currentSdr.clear();
    m_sessionView->setPage(nullptr);
    {
        const QSignalBlocker blocker(m_sidebar);
        m_sidebar->selectSdr(QString());
    }
    emit sessionHidden(left);
}

void MainWindow::showDashboard()
{
    leaveSession();
    m_stack->setCurrentWidget(m_dashboardView);
    m_dashboardButton->setChecked(true);
    m_activityButton->setChecked(false);
    m_leadsButton->setChecked(false);
}

void MainWindow::showActivity(const QString& sdrId)
{
    leaveSession();
    if (!sdrId.isEmpty())
        m_activityView->showSdr(sdrId);
    m_stack->setCurrentWidget(m_activityView);
    m_dashboardButton->setChecked(false);
    m_activityButton->setChecked(true);
    m_leadsButton->setChecked(false);
}

void MainWindow::showLeads(const QString& sdrId)
{
    leaveSession();
    if (!sdrId.isEmpty())
        m_leadsView->showSdr(sdrId);
    m_stack->setCurrentWidget(m_leadsView);
    m_dashboardButton->setChecked(false);
    m_activityButton->setChecked(false);
    m_leadsButton->setChecked(true);
}

void MainWindow::showSdr(const QString& sdrId)
{
    if (sdrId.isEmpty() || !m_deps.sdrs->find(sdrId)) {
        showDashboard();
        return;
    }
    if (sdrId != m_currentSdr) {
        const QString previous = m_currentSdr;
        m_currentSdr = sdrId;
        if (!previous.isEmpty())
            emit sessionHidden(previous);
        m_sessionView->setSdr(sdrId, sdrName(sdrId));
        updateSessionFromStore();
        m_sessionView->setPage(m_pageProvider ? m_pageProvider(sdrId) : nullptr);
    }
    {
        const QSignalBlocker blocker(m_sidebar);
        m_sidebar->selectSdr(sdrId);
    }
    m_stack->setCurrentWidget(m_sessionView);
    m_dashboardButton->setChecked(false);
    m_activityButton->setChecked(false);
    m_leadsButton->setChecked(false);
    emit sessionShown(sdrId);
}

void MainWindow::sessionPageChanged(const QString& sdrId)
{
    if (sdrId == m_currentSdr)
        m_sessionView->setPage(m_pageProvider ? m_pageProvider(sdrId) : nullptr);
}

void MainWindow::updateSessionFromStore()
{
    if (m_currentSdr.isEmpty())
        return;
    const auto sdr = m_deps.sdrs->find(m_currentSdr);
    m_sessionView->setSdr(m_currentSdr, sdr && !sdr->name.isEmpty() ? sdr->name : m_currentSdr);
    const auto status = m_deps.statuses->find(m_currentSdr);
    m_sessionView->setState(status ? status->state : ConnectionState::Loading);
    const QString linked = status ? status->whatsappPhone : QString();
    m_sessionView->setPhone(linked.isEmpty() && sdr ? sdr->expectedPhone : linked);
    m_sessionView->setLastError(status ? status->lastError : QString());
}

void MainWindow::onStatusSaved(const ConnectionStatus& status)
{
    if (status.sdrId == m_currentSdr)
        updateSessionFromStore();
}

void MainWindow::setUnreadCount(const QString& sdrId, int count)
{
    m_sdrModel->setUnreadCount(sdrId, count);
}

void MainWindow::setNextSendAt(const QString& sdrId, const QDateTime& when)
{
    m_dashboardModel->setNextSendAt(sdrId, when);
}

void MainWindow::setDemoMode(bool demo)
{
    m_demo = demo;
    m_demoBanner->setVisible(demo);
    retranslateUi();
}

void MainWindow::openSettings()
{
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_deps.settings, m_deps.sdrs, m_deps.credentials, this);
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    if (!m_currentSdr.isEmpty())
        m_settingsDialog->selectSdr(m_currentSdr);
    m_settingsDialog->open();
}

void MainWindow::openAddSdrDialog()
{
    auto* dialog = new AddSdrDialog(m_deps.sdrs, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddSdrDialog::sdrAdded, this, &MainWindow::showSdr);
    dialog->open();
}

void MainWindow::openImportDialog()
{
    if (!m_importDialog) {
        m_importDialog = new ImportLeadsDialog(m_importer, this);
        m_importDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_importDialog, &ImportLeadsDialog::imported, this, [this](int count) {
            m_dashboardModel->scheduleRefresh();
            emit leadsImported(count);
        });
    }
    m_importDialog->open();
}

void MainWindow::openSuppressionDialog()
{
    auto* dialog = new SuppressionDialog(m_deps.suppression, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    auto* box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About SDR Sender"));
    box->setTextFormat(Qt::PlainText);
    box->setIconPixmap(AppIcon::icon().pixmap(64, 64));
    box->setText(tr("SDR Sender %1").arg(QStringLiteral(SDR_SENDER_VERSION)));
    box->setInformativeText(tr("Sends each lead from the WhatsApp of the SDR it is assigned to, at a "
                               "human pace, and reports every result to the CRM.") +
                            QStringLiteral("\n\n") + tr("Engine: %1").arg(EngineInfo::summary()));
    box->open(); // not exec(): no nested event loop
}

void MainWindow::showWhatsAppCheck(const QString& report, bool ok)
{
    auto* box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("Check WhatsApp Web"));
    box->setTextFormat(Qt::PlainText); // page texts and selectors, never HTML
    box->setIcon(ok ? QMessageBox::Information : QMessageBox::Warning);
    box->setText(ok ? tr("Everything sending needs was found on WhatsApp Web.")
                    : tr("Something SDR Sender needs was not found on WhatsApp Web, or could not be checked. "
                         "See the details."));
    box->setDetailedText(report);
    box->open();
}

void MainWindow::updateStatusBar()
{
    const DashboardModel::Totals totals = m_dashboardModel->totals();
    QStringList parts;
    parts << tr("%1 of %n SDR(s) connected", nullptr, totals.sdrs).arg(totals.connected);
    if (totals.needAttention > 0)
        parts << tr("%n need(s) attention", nullptr, totals.needAttention);
    parts << tr("%n queued", nullptr, totals.queued);
    const QString server = m_deps.settings ? m_deps.settings->stringValue(SettingKeys::ServerUrl) : QString();
    parts << (server.isEmpty() ? tr("Local leads (no CRM)") : tr("CRM: %1").arg(QUrl(server).host()));
    m_statusLabel->setText(parts.join(QStringLiteral("   ·   ")));
    m_sdrsTitle->setText(tr("SDRs (%1)").arg(totals.sdrs));
}

void MainWindow::retranslateUi()
{
    setWindowTitle(m_demo ? tr("SDR Sender — DEMO") : tr("SDR Sender"));
    m_demoBanner->setText(tr("DEMO — simulated CRM and WhatsApp, no real messages are sent"));
    m_dashboardButton->setText(tr("Dashboard"));
    m_activityButton->setText(tr("Activity log"));
    m_leadsButton->setText(tr("Leads"));
    m_fileMenu->setTitle(tr("&File"));
    m_addSdrAction->setText(tr("&Add SDR…"));
    // With a CRM, SDRs come from its list and only those are served.
    const bool usesCrm = !m_deps.settings->stringValue(SettingKeys::ServerUrl).isEmpty();
    m_addSdrAction->setEnabled(!usesCrm);
    m_addSdrAction->setToolTip(usesCrm ? tr("SDRs come from the CRM's list.") : QString());
    m_importAction->setText(tr("&Import leads…"));
    if (m_suppressionAction)
        m_suppressionAction->setText(tr("&Suppression list…"));
    m_settingsAction->setText(tr("&Settings…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_dashboardAction->setText(tr("&Dashboard"));
    m_activityAction->setText(tr("&Activity log"));
    m_leadsAction->setText(tr("&Leads"));
    if (m_replyNotificationsAction) {
        m_replyNotificationsAction->setText(tr("&Notify me when a lead replies"));
        m_replyNotificationsAction->setToolTip(
            tr("A desktop notification for each reply. Your choice on this computer only."));
    }
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About SDR Sender"));
    m_checkWhatsAppAction->setText(tr("&Check WhatsApp Web"));
    m_checkWhatsAppAction->setToolTip(
        tr("Check the open SDR's WhatsApp Web page (or a fresh one) against every selector the app uses"));
    m_sdrModel->retranslate();
    updateStatusBar();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_closeToTray) {
        // Sending goes on in the background; the tray's Quit ends the app.
        hide();
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}
