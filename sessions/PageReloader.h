#pragma once

#include "LoadRecovery.h"

#include <QObject>
#include <QTimer>

class Clock;
class QWebEngineLoadingInfo;
class SessionPage;

// Loads a session's WhatsApp Web again when it went wrong: a load that failed is retried on
// LoadRecovery's backoff (on the injected clock; a page asleep by then retries when it wakes), a
// crashed renderer is reloaded after LoadRecovery's delay when the session asks, and the refusal
// page gets one reload a second after the profile's service workers and HTTP cache were cleared.
// It reads what each load of the page ended with (loadEnded) and tells the page when to load; it
// decides nothing about the session's state.
class PageReloader : public QObject
{
    Q_OBJECT
public:
    PageReloader(const QString& sdrId, SessionPage* page, const Clock* clock, QObject* parent = nullptr);

    // A load of the page ended (QWebEnginePage::loadingChanged). Returns true when it failed: an
    // error (not one navigation replaced by another) or an HTTP 5xx status; a retry is then due.
    bool loadEnded(const QWebEngineLoadingInfo& info);
    // The last load failed (an error page carries the observer too, and says nothing).
    bool loadFailed() const { return m_loadFailed; }
    // WhatsApp Web served its app: the next failure or crash waits the shortest delay again.
    void appServed() { m_recovery.appServed(); }
    // After a renderer crash: reload after LoadRecovery's delay.
    void reloadAfterCrash();
    // The refusal page: unregister the service workers, drop the HTTP cache and load again shortly.
    void reloadAfterRefusal();
    bool isRefusalReloadPending() const { return m_refusalReload.isActive(); }
    int refusalReloads() const { return m_refusalReloads; }
    // The page is gone: nothing is due any more.
    void stop();

    static constexpr int RefusalReloadMs = 1000; // time for the service workers to unregister

signals:
    // WhatsApp Web did not load (error text for the log and lastError); a retry is scheduled.
    void loadFailedWith(const QString& error);
    // The reload after a crash starts now.
    void reloadingAfterCrash();

private:
    void loaded(bool failed, const QString& error);

    QString m_sdrId;
    SessionPage* m_page;
    LoadRecovery m_recovery;
    // Real time, not the injected clock: it gives Chromium's own threads time to unregister the
    // service workers and clear the HTTP cache (no signal says when they are done in Qt 6.4); on a
    // clock a test moves at once, the reload would outrun them and meet the refusal again.
    QTimer m_refusalReload;
    bool m_loadFailed = false;
    int m_refusalReloads = 0;
};
