#pragma once

#include "ClockTimer.h"

#include <QObject>

class Clock;
class SessionPage;
class Settings;

// WhatsApp Web's refusal page ("WhatsApp works with Google Chrome") instead of its app. Often a
// stale service worker serves it to an engine WhatsApp accepts: the first time, the page gets one
// reload with the profile's service workers and HTTP cache cleared. Should it still refuse, the
// session says so (BrowserUnsupported) and tries again every browser_refused_retry_s
// (retryDue, on the injected clock), each time with the full cure again.
class BrowserRefusal : public QObject
{
    Q_OBJECT
public:
    BrowserRefusal(const QString& sdrId, SessionPage* page, Settings* settings, const Clock* clock,
                   QObject* parent = nullptr);

    // The page shows the refusal. True when the session must say it is refused (the cure was
    // tried); false while the cure is under way.
    bool pageRefused();
    // The page served WhatsApp Web's app: a later refusal gets the cure again.
    void appServed();
    int retrySecs() const;
    // Refused after the cure: the next try is due (retryDue).
    bool isRetryPending() const { return m_retry.isActive(); }

signals:
    // Time to load WhatsApp Web again (waking the session when it sleeps).
    void retryDue();

private:
    QString m_sdrId;
    SessionPage* m_page;
    Settings* m_settings;
    bool m_cureTried = false;
    ClockTimer m_retry;
};
