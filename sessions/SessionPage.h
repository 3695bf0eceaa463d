#pragma once

#include "LoadRecovery.h"
#include "PageSnapshot.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
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
// observer, from creation to deletion, through freezing, discarding and waking. Recovers on its
// own from a page that did not load (retried on LoadRecovery's backoff) and reloads after a
// renderer crash when asked to. Knows nothing of connection states: it reports what the page
// shows (reported) and what happened to it, and the session makes sense of it.
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
    bool isAwake() const;     // active (not frozen, not discarded)
    bool isDiscarded() const; // renderer released
    bool isOnScreen() const;  // a view shows the page
    qint64 renderProcessPid() const;
    // When the page became awake with its current JavaScript heap; invalid while asleep.
    QDateTime awakeSince() const { return isAwake() ? m_awakeSince : QDateTime(); }
    // The last load failed (an error page carries the observer too, and says nothing).
    bool loadFailed() const { return m_loadFailed; }
    // What the page's observer reported last (empty after destroy).
    PageSnapshot snapshot() const { return m_snapshot; }
    int unreadCount() const { return m_unread; }
    int refusalReloads() const { return m_refusalReloads; }
    bool isRefusalReloadPending() const { return m_refusalReload.isActive(); }

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
    bool freeze();
    // Releases the renderer of a frozen page. False when it would not.
    bool discard();
    // Active again. Returns whether the page has to load afresh (it was discarded, or it froze on a
    // load error): then it already does.
    bool activate();
    // After a renderer crash: reload WhatsApp Web after LoadRecovery's delay.
    void reloadAfterCrash();
    // The refusal page: unregister the service workers, drop the HTTP cache and load again shortly.
    void reloadAfterRefusal();

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
    void onLoadingChanged(bool failed, const QString& error);

    QString m_sdrId;
    QUrl m_whatsappUrl;
    ProfileStore* m_profiles;
    PageProbe* m_probe;
    const Clock* m_clock;

    QWebEngineProfile* m_profile = nullptr;
    WhatsAppPage* m_page = nullptr;
    PageBridge* m_bridge = nullptr;
    LoadRecovery m_recovery;
    // Real time, not the injected clock: it gives Chromium's own threads time to unregister the
    // service workers and clear the HTTP cache (no signal says when they are done in Qt 6.4); on a
    // clock a test moves at once, the reload would outrun them and meet the refusal again.
    QTimer m_refusalReload;
    PageSnapshot m_snapshot;
    QDateTime m_awakeSince;
    bool m_loadFailed = false;
    int m_unread = 0;
    int m_refusalReloads = 0;
};
