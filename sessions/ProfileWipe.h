#pragma once

#include "ClockTimer.h"
#include "ConnectionState.h"

#include <QObject>

class Clock;
class ProfileStore;

// Disconnecting one SDR: first (when the page is linked and awake) a best-effort logout in the page
// so the phone's Linked devices list drops this browser, waiting until WhatsApp shows the QR or its
// logged-out page or the wait ends; then the session lets go of its page (releasePage) and every
// file of the profile is removed, looked at again until nothing is left (Chromium closes the
// profile's files on its own threads a moment after the profile object is gone and may still flush
// one). Both waits run on the injected clock (tests move it instead of waiting).
class ProfileWipe : public QObject
{
    Q_OBJECT
public:
    struct Timing
    {
        int logoutWaitMs = 4000;
        int retryMs = 500;
        int attempts = 6;
    };

    ProfileWipe(const QString& sdrId, ProfileStore* profiles, const Clock* clock, QObject* parent = nullptr);
    ProfileWipe(const QString& sdrId, ProfileStore* profiles, const Timing& timing, const Clock* clock,
                QObject* parent = nullptr);

    // loggingOut: the logout script was started in the page; wait for noteState to confirm it.
    // False when a wipe is already running.
    bool start(bool loggingOut);
    bool isRunning() const { return m_running; }
    // Still waiting for the page to show that the logout took effect (its reports still count).
    bool isWaitingForLogout() const { return m_logoutWait.isActive(); }
    // WhatsApp confirmed the logout (its post_logout page) before the profile was wiped. When it
    // did not, the phone may still list this device.
    bool logoutConfirmed() const { return m_logoutConfirmed; }
    // The session's state while the logout runs.
    void noteState(ConnectionState state);

signals:
    // The page and the profile object must go now (before their files are removed).
    void releasePage();
    // ok: no file of the profile is left.
    void finished(bool ok);

private:
    void wipeFiles();
    void lookAgain();

    QString m_sdrId;
    ProfileStore* m_profiles;
    Timing m_timing;
    ClockTimer m_logoutWait;
    ClockTimer m_retry;
    int m_attemptsLeft = 0;
    bool m_running = false;
    bool m_logoutConfirmed = false;
};
