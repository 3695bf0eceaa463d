#pragma once

#include "ClockTimer.h"

#include <QDateTime>
#include <QObject>
#include <functional>

class Clock;
class SessionPage;
class SessionStateTracker;

// When one session's page may sleep and how it wakes: freezing (state hibernated), releasing the
// renderer (discard), waking, and a fresh renderer for a page that grew too big. A page never
// sleeps while the session is busy (a page job, the page lent, a wipe under way), while a person
// has the session open or while a view shows it. Keeps the time of the session's last use, which
// SessionManager's idle rules read. SessionManager decides when; this decides whether and how.
class SessionHibernation : public QObject
{
    Q_OBJECT
public:
    // busy: whether the session has work of its own now; asked before every freeze.
    SessionHibernation(const QString& sdrId, SessionPage* page, SessionStateTracker* state,
                       const Clock* clock, std::function<bool()> busy, QObject* parent = nullptr);

    bool isAwake() const;     // page active (not frozen, not discarded)
    bool isDiscarded() const; // renderer released
    // When the page last became awake with its current JavaScript heap; invalid while asleep.
    QDateTime awakeSince() const;
    QDateTime lastActiveAt() const { return m_lastActiveAt; }
    // The session was used (a request, a person): its idle time starts again.
    void touch();
    // A person has the session open: it wakes and stays awake until it is closed.
    bool isVisible() const { return m_visible; }
    void setVisible(bool visible);

    // Freezes an idle page (state hibernated). False when it must stay awake.
    bool hibernate();
    // Releases the renderer (freezing first); the profile, and so the link, stays.
    bool discard();
    // Back to active; the state is detected again. Nothing to wake without a page.
    void wake();
    // Releases the renderer and loads WhatsApp Web afresh in the same profile. False when the
    // page cannot sleep now (try again later).
    bool restartRenderer();

    // How long (on the injected clock) a woken page may stay silent before what it showed before
    // it froze is taken.
    static constexpr qint64 WakeReportMs = 2000;

signals:
    // Woken, and still hibernated WakeReportMs later (the page has no observer to report): the
    // session takes the page's last snapshot.
    void silentAfterWake();

private:
    bool maySleep() const;

    QString m_sdrId;
    SessionPage* m_page;
    SessionStateTracker* m_state;
    const Clock* m_clock;
    std::function<bool()> m_busy;
    bool m_visible = false;
    QDateTime m_lastActiveAt;
    ClockTimer m_wakeReport;
};
