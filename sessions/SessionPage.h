#pragma once

#include "PageLifecycle.h"
#include "PageReloader.h"
#include "PageSnapshot.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QVariant>
#include <functional>

class Clock;
class PageBridge;
class PageProbe;
class ProfileStore;
class QWebEnginePage;
class QWebEngineProfile;
class WhatsAppPage;

// One SDR's browser side: its persistent profile and its WhatsApp Web page with the injected
// observer, from creation to deletion, and what the page reports and does. Its sleep and wake are
// PageLifecycle's; loading it again after it went wrong (a failed load, a crash, the refusal page)
// is PageReloader's. Knows nothing of connection states: it reports what the page shows
// (reported) and what happened to it, and the session makes sense of it.
class SessionPage : public QObject
{
    Q_OBJECT
public:
    SessionPage(const QString& sdrId, const QUrl& whatsappUrl, ProfileStore* profiles, PageProbe* probe,
                const Clock* clock, QObject* parent = nullptr);
    ~SessionPage() override;

    // Creates the profile and the page and opens WhatsApp Web. False when the SDR id cannot be a
    // profile.
    bool create();
    // Deletes the page, then its profile (pageAboutToBeDeleted first); nothing is due any more.
    void destroy();

    QWebEnginePage* page() const;
    QWebEngineProfile* profile() const { return m_profile; }
    QUrl whatsappUrl() const { return m_whatsappUrl; }
    bool exists() const { return m_page != nullptr; }
    bool isAwake() const { return m_lifecycle.isAwake(); }         // active (not frozen, not discarded)
    bool isDiscarded() const { return m_lifecycle.isDiscarded(); } // renderer released
    bool isOnScreen() const;                                       // a view shows the page
    qint64 renderProcessPid() const;
    // When the page became awake with its current JavaScript heap; invalid while asleep.
    QDateTime awakeSince() const { return m_lifecycle.awakeSince(); }
    // The last load failed (an error page carries the observer too, and says nothing).
    bool loadFailed() const { return m_reloader.loadFailed(); }
    // What the page's observer reported last (empty after destroy).
    PageSnapshot snapshot() const { return m_snapshot; }
    int unreadCount() const { return m_unread; }
    int refusalReloads() const { return m_reloader.refusalReloads(); }
    bool isRefusalReloadPending() const { return m_reloader.isRefusalReloadPending(); }

    // Loads WhatsApp Web's start page afresh (a new JavaScript heap).
    void loadHome();
    void navigate(const QUrl& url);
    // Runs a resource script in the isolated world; the callback gets an invalid QVariant when the
    // page is not active.
    void runProbe(const QString& script, const QJsonObject& args,
                  const std::function<void(const QVariant&)>& callback);
    // Asks the observer to report at once (after a wake).
    void requestReport();
    // Frozen: no JavaScript runs, the renderer stays. False when the page would not freeze.
    bool freeze() { return m_lifecycle.freeze(); }
    // Releases the renderer of a frozen page. False when it would not.
    bool discard() { return m_lifecycle.discard(); }
    // Active again. Returns whether the page has to load afresh (it was discarded, or it froze on a
    // load error): then it already does, at WhatsApp Web's start page.
    bool activate() { return m_lifecycle.activate(loadFailed()); }
    // After a renderer crash: reload WhatsApp Web after LoadRecovery's delay.
    void reloadAfterCrash() { m_reloader.reloadAfterCrash(); }
    // The refusal page: unregister the service workers, drop the HTTP cache and load again shortly.
    void reloadAfterRefusal() { m_reloader.reloadAfterRefusal(); }

signals:
    void pageChanged(QWebEnginePage* page);
    void pageAboutToBeDeleted(QWebEnginePage* page);
    void awakeChanged(bool awake);
    void reported(const PageSnapshot& snapshot);
    void unreadCountChanged(int count);
    void loadFinished(bool ok);
    // WhatsApp Web did not load (error text for the log and lastError); a retry is scheduled.
    void loadFailedWith(const QString& error);
    void rendererTerminated(int status, int exitCode);
    // The reload after a crash starts now.
    void reloadingAfterCrash();
    void externalLinkRequested(const QUrl& url);

private:
    void connectPage();

    QString m_sdrId;
    QUrl m_whatsappUrl;
    ProfileStore* m_profiles;
    PageProbe* m_probe;

    QWebEngineProfile* m_profile = nullptr;
    WhatsAppPage* m_page = nullptr;
    PageBridge* m_bridge = nullptr;
    PageLifecycle m_lifecycle;
    PageReloader m_reloader;
    PageSnapshot m_snapshot;
    int m_unread = 0;
};
