#pragma once

#include <QDateTime>
#include <QUrl>

class Clock;
class QWebEnginePage;

// The sleep and wake of one session's page: frozen (no JavaScript runs, the renderer stays),
// discarded (the renderer released) and active again, and since when (on the injected clock) it
// is awake with its current JavaScript heap. A page woken from a discard, or one that froze on a
// load error, loads WhatsApp Web's start page afresh: never the URL it had before (Chromium would
// reload that, and after a send it may be a deep link carrying the message's text).
class PageLifecycle
{
public:
    PageLifecycle(const QUrl& homeUrl, const Clock* clock);

    // The page whose sleep this manages (nullptr when it is gone); it is awake from now.
    void setPage(QWebEnginePage* page);
    // The page loads afresh (a new JavaScript heap): awake since now.
    void restarted();

    bool isAwake() const;     // active (not frozen, not discarded)
    bool isDiscarded() const; // renderer released
    // When the page became awake with its current JavaScript heap; invalid while asleep.
    QDateTime awakeSince() const { return isAwake() ? m_awakeSince : QDateTime(); }

    // Frozen. False when the page would not freeze.
    bool freeze();
    // Releases the renderer (freezing first). False when it would not.
    bool discard();
    // Active again. Returns whether the page has to load afresh (it was discarded, or loadFailed:
    // it froze on a load error): then it already does, at the start page.
    bool activate(bool loadFailed);

private:
    QUrl m_homeUrl;
    const Clock* m_clock;
    QWebEnginePage* m_page = nullptr;
    QDateTime m_awakeSince;
};
