#include "TrayController.h"

#include "AppIcon.h"
#include "SafeText.h"
#include "UiLogging.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

TrayController::TrayController(QWidget* window, QObject* parent)
    : QObject(parent)
    , m_window(window)
{
    m_menu = new QMenu;
    m_showAction = m_menu->addAction(QString());
    m_menu->addSeparator();
    m_quitAction = m_menu->addAction(QString());
    connect(m_showAction, &QAction::triggered, this, &TrayController::showWindow);
    connect(m_quitAction, &QAction::triggered, this, &TrayController::quitRequested);

    m_tray = new QSystemTrayIcon(AppIcon::icon(), this);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            showWindow();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        showWindow();
        if (!m_lastSdrId.isEmpty())
            emit sdrRequested(m_lastSdrId);
    });
    // The menu has no parent widget, so it sees no LanguageChange; the window does.
    if (m_window)
        m_window->installEventFilter(this);
    retranslate();
    if (isAvailable())
        m_tray->show();
    else
        qCInfo(lcUi) << "no system tray on this desktop; notifications go to the log";
}

TrayController::~TrayController()
{
    delete m_menu;
}

bool TrayController::isAvailable() const
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayController::attach(Notifier* notifier)
{
    connect(notifier, &Notifier::notify, this, &TrayController::showNotification);
}

void TrayController::showNotification(Notifier::Kind kind, const QString& sdrId, const QString& title,
                                      const QString& message)
{
    m_lastTitle = title;
    m_lastMessage = message;
    m_lastSdrId = sdrId;
    m_lastBody = SafeText::notificationBody(message);
    ++m_shownCount;
    const QSystemTrayIcon::MessageIcon icon =
        kind == Notifier::Kind::RepeatedFailures ? QSystemTrayIcon::Critical
        : kind == Notifier::Kind::LeadReplied    ? QSystemTrayIcon::Information
                                                 : QSystemTrayIcon::Warning;
    if (isAvailable() && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, m_lastBody, icon, 15000);
    else
        qCInfo(lcUi).noquote() << "notification:" << title;
}

void TrayController::setSummary(const QString& summary)
{
    m_summary = summary;
    m_tray->setToolTip(summary.isEmpty() ? tr("SDR Sender") : tr("SDR Sender — %1").arg(summary));
}

void TrayController::showWindow()
{
    if (!m_window)
        return;
    if (m_window->isMinimized())
        m_window->showNormal();
    else
        m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void TrayController::retranslate()
{
    m_showAction->setText(tr("&Show SDR Sender"));
    m_quitAction->setText(tr("&Quit"));
    setSummary(m_summary);
}

bool TrayController::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}
