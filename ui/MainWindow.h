#pragma once

#include "ConnectionStatus.h"
#include "LeadImportReport.h"

#include <QMainWindow>
#include <QPointer>
#include <functional>

class ActivityLog;
class ActivityModel;
class ActivityView;
class Clock;
class ConnectionStatusRepository;
class Credentials;
class DashboardModel;
class DashboardView;
class ImportLeadsDialog;
class LanguageMenu;
class LeadsModel;
class LeadsView;
class QAction;
class QLabel;
class QStackedWidget;
class QToolButton;
class QWebEnginePage;
class SdrListModel;
class SdrRepository;
class SdrSidebar;
class SessionView;
class Settings;
class SettingsDialog;
class Store;
class SuppressionList;
class TranslationLoader;
class UserPreferences;

// The main window: SDR list on the left; on the right the dashboard, the activity log, the leads
// list or the selected SDR's WhatsApp session. Built from explicit dependencies (no singletons); everything
// it cannot do itself (connect, disconnect, remove, "Use here", resend or drop an uncertain lead) it asks for
// through signals, after asking the person to confirm the destructive ones.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Dependencies
    {
        Store* store = nullptr;
        Settings* settings = nullptr;
        SdrRepository* sdrs = nullptr;
        ConnectionStatusRepository* statuses = nullptr;
        ActivityLog* activity = nullptr;
        const Clock* clock = nullptr;
        Credentials* credentials = nullptr;        // optional: the token section of the settings
        TranslationLoader* translations = nullptr; // optional: the Language menu
        SuppressionList* suppression = nullptr;    // optional: File > Suppression list
        UserPreferences* preferences = nullptr;    // optional: File > Notify me when a lead replies
    };
    using PageProvider = std::function<QWebEnginePage*(const QString& sdrId)>;
    using Confirmer = std::function<bool(const QString& title, const QString& question)>;

    explicit MainWindow(const Dependencies& deps, QWidget* parent = nullptr);
    ~MainWindow() override;

    // The SDR's live page (nullptr while hibernated or not created). Asked when an SDR is shown.
    void setPageProvider(PageProvider provider) { m_pageProvider = std::move(provider); }
    // Defaults to the core's CsvLeadImporter on the store; replace it to import elsewhere.
    void setLeadImporter(LeadImporter importer) { m_importer = std::move(importer); }
    // Replaces the yes/no question box (tests, or another UI).
    void setConfirmer(Confirmer confirmer) { m_confirmer = std::move(confirmer); }
    // Closing the window only hides it (the tray keeps the app running).
    void setCloseToTray(bool enabled) { m_closeToTray = enabled; }

    void setDemoMode(bool demo);
    bool isDemoMode() const { return m_demo; }
    QString currentSdrId() const { return m_currentSdr; }

    SdrListModel* sdrListModel() const { return m_sdrModel; }
    DashboardModel* dashboardModel() const { return m_dashboardModel; }
    ActivityModel* activityModel() const { return m_activityModel; }
    LeadsModel* leadsModel() const { return m_leadsModel; }
    LeadsView* leadsView() const { return m_leadsView; }
    QAction* replyNotificationsAction() const { return m_replyNotificationsAction; }
    SdrSidebar* sidebar() const { return m_sidebar; }
    SessionView* sessionView() const { return m_sessionView; }
    DashboardView* dashboardView() const { return m_dashboardView; }
    ActivityView* activityView() const { return m_activityView; }
    LanguageMenu* languageMenu() const { return m_languageMenu; }
    QLabel* demoBanner() const { return m_demoBanner; }
    SettingsDialog* settingsDialog() const; // while open
    ImportLeadsDialog* importDialog() const;
    QWidget* currentPage() const;

public slots:
    void showDashboard();
    void showActivity(const QString& sdrId = {});
    void showLeads(const QString& sdrId = {});
    void showSdr(const QString& sdrId);
    // The session's page appeared, was replaced or went away (hibernation, crash): re-ask for it.
    void sessionPageChanged(const QString& sdrId);
    void setUnreadCount(const QString& sdrId, int count);
    void setNextSendAt(const QString& sdrId, const QDateTime& when);
    void openSettings();
    void openImportDialog();
    void openSuppressionDialog();
    // CRM-less mode: add an SDR to the local store (with a CRM, its SDR list is the source).
    void openAddSdrDialog();
    void showAbout();
    // The result of Help → Check WhatsApp Web (plain text).
    void showWhatsAppCheck(const QString& report, bool ok);

signals:
    void connectRequested(const QString& sdrId);
    void disconnectRequested(const QString& sdrId); // confirmed: log out and wipe the profile
    void removeRequested(const QString& sdrId);     // confirmed
    void useHereRequested(const QString& sdrId);
    void resumeRequested(const QString& sdrId);
    // Help → Check WhatsApp Web, for the SDR on screen (empty: none).
    void checkWhatsAppRequested(const QString& sdrId);
    void resendRequested(const QString& leadId);
    void dropRequested(const QString& leadId); // confirmed
    // The SDR's session is on screen / no longer on screen (wake it, keep it awake, let it rest).
    void sessionShown(const QString& sdrId);
    void sessionHidden(const QString& sdrId);
    void leadsImported(int count);
    void quitRequested();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void retranslateUi();
    void updateStatusBar();
    void updateSessionFromStore();
    void onStatusSaved(const ConnectionStatus& status);
    void leaveSession();
    // Asks without blocking; onYes runs later, only when the person answered Yes.
    void confirm(const QString& title, const QString& question, std::function<void()> onYes);
    QString sdrName(const QString& sdrId) const;

    Dependencies m_deps;
    PageProvider m_pageProvider;
    LeadImporter m_importer;
    Confirmer m_confirmer;
    bool m_closeToTray = false;
    bool m_demo = false;
    QString m_currentSdr;

    SdrListModel* m_sdrModel;
    DashboardModel* m_dashboardModel;
    ActivityModel* m_activityModel;
    LeadsModel* m_leadsModel;

    QLabel* m_demoBanner;
    QToolButton* m_dashboardButton;
    QToolButton* m_activityButton;
    QToolButton* m_leadsButton;
    QLabel* m_sdrsTitle;
    SdrSidebar* m_sidebar;
    QStackedWidget* m_stack;
    DashboardView* m_dashboardView;
    ActivityView* m_activityView;
    LeadsView* m_leadsView;
    SessionView* m_sessionView;
    QLabel* m_statusLabel;
    LanguageMenu* m_languageMenu = nullptr;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<ImportLeadsDialog> m_importDialog;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_suppressionAction = nullptr;
    QAction* m_addSdrAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_dashboardAction = nullptr;
    QAction* m_activityAction = nullptr;
    QAction* m_leadsAction = nullptr;
    QAction* m_replyNotificationsAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_checkWhatsAppAction = nullptr;
};
