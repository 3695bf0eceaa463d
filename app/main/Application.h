#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <functional>
#include <memory>

class ActivityLog;
class ConnectionStatusRepository;
class ConnectionTracker;
class Credentials;
class CrmClient;
class CrmSignIn;
class DataRetention;
class MainWindow;
class Notifier;
class SdrRepository;
class SenderEngine;
class SessionManager;
class Settings;
class Store;
class SystemClock;
class TrayController;
class UserPreferences;
class TranslationLoader;
class WhatsAppSession;
struct CommandLineOptions;

// The composition root: builds the store, configuration, secrets, CRM client, sessions, sending
// engine and window, and wires them. One per process (built in main.cpp), but no singleton.
class Application : public QObject
{
    Q_OBJECT
public:
    // The simulated world of --demo (fake CRM + fake WhatsApp Web), handed in by main.cpp so the
    // test doubles never reach the libraries.
    struct Demo
    {
        QUrl crmUrl;
        QUrl whatsAppUrl;
        QString token;
        std::function<bool(const QString& sdrId, const QString& qrRef)> scan;
    };

    Application(const QString& dataDir, const CommandLineOptions& options, QObject* parent = nullptr);
    ~Application() override;

    void setDemo(const Demo& demo);
    // Opens the store and starts everything; false with errorString() when it cannot.
    bool start();
    QString errorString() const { return m_error; }

    MainWindow* window() const { return m_window.get(); }
    SessionManager* sessions() const { return m_sessions.get(); }
    SenderEngine* engine() const { return m_engine.get(); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    static constexpr int kEngineStartFallbackMs = 2000;
    void startEngine();
    void buildCore();
    void buildWindow();
    void wireSessions();
    void watchSession(WhatsAppSession* session);
    void askForToken();
    void addDemoMenu();
    void scheduleDemoScan(WhatsAppSession* session);

    QString m_dataDir;
    std::unique_ptr<CommandLineOptions> m_options;
    Demo m_demo;
    bool m_demoMode = false;
    QString m_error;

    // Declared in construction order; destroyed in reverse (window and engine before sessions,
    // sessions — pages before profiles — before the store).
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SdrRepository> m_sdrs;
    std::unique_ptr<ConnectionStatusRepository> m_statuses;
    std::unique_ptr<ActivityLog> m_activity;
    std::unique_ptr<DataRetention> m_retention;
    std::unique_ptr<Credentials> m_credentials;
    std::unique_ptr<CrmClient> m_crm;
    std::unique_ptr<CrmSignIn> m_signIn;
    std::unique_ptr<SessionManager> m_sessions;
    std::unique_ptr<ConnectionTracker> m_tracker;
    std::unique_ptr<SenderEngine> m_engine;
    std::unique_ptr<TranslationLoader> m_translations;
    std::unique_ptr<UserPreferences> m_preferences;
    std::unique_ptr<Notifier> m_notifier;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TrayController> m_tray;
};
