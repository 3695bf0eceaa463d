#pragma once

#include "MessageChannel.h"
#include "PageSnapshot.h"
#include "SdrRecord.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUrl>
#include <QVariant>
#include <functional>

class BrowserRefusal;
class Clock;
class PageJobRunner;
class PageProbe;
class ProfileStore;
class ProfileWipe;
class QrRefresher;
class QWebEnginePage;
class QWebEngineProfile;
class SessionPage;
class SessionRestriction;
class Settings;

// One SDR's WhatsApp Web session as the core and the UI see it: the MessageChannel the core sends
// through, and the connection state made from what the page shows. Its parts do the work:
// SessionPage (profile and page, load retry and crash reload on a backoff), PageJobRunner (sends,
// verifications, follow-up looks; the PageHost its jobs see), ProfileWipe (logout and wipe),
// SessionRestriction (the pause after a WhatsApp warning), QrRefresher (the QR kept fresh on
// screen) and BrowserRefusal (WhatsApp's "use Chrome" page). Hibernation (freeze, discard, wake)
// is asked by SessionManager.
class WhatsAppSession : public MessageChannel
{
    Q_OBJECT
public:
    WhatsAppSession(const SdrRecord& sdr, ProfileStore* profiles, PageProbe* probe, Settings* settings,
                    const Clock* clock, QObject* parent = nullptr);
    ~WhatsAppSession() override;

    // --- MessageChannel ---------------------------------------------------------------------
    QString sdrId() const override { return m_sdr.id; }
    ConnectionState state() const override { return m_state; }
    QString linkedPhone() const override { return m_linkedPhone; }
    bool isReadyToSend() const override;
    // While paused by a WhatsApp warning: that warning's text.
    QString lastError() const override;
    void send(const QString& requestId, const QString& phoneDigits, const QString& text) override;
    void verifySent(const QString& requestId, const QString& phoneDigits, const QString& text,
                    const QDateTime& since) override;
    void requestWake() override;
    void checkFollowUps(const QVector<WatchedLead>& leads) override;
    bool isBusy() const override;

    // --- for the UI ---------------------------------------------------------------------------
    SdrRecord sdr() const { return m_sdr; }
    void setSdr(const SdrRecord& sdr); // e.g. a new expected phone from the CRM
    // Creates the profile and the page and opens WhatsApp Web. False when the SDR id cannot be a
    // profile (lastError says why).
    bool start();
    // The page a view shows; nullptr before start() or while being wiped. Replaced after a
    // disconnect (pageChanged); detach views on pageAboutToBeDeleted.
    QWebEnginePage* page() const;
    QWebEngineProfile* profile() const;
    QUrl whatsappUrl() const { return m_whatsappUrl; }
    bool isVisibleToUser() const { return m_visible; }
    // The session is on screen: wakes it, keeps it awake, and keeps WhatsApp's QR fresh by clicking
    // "Click to reload QR code" when it appears (at most every 2 s by the injected clock).
    void setVisibleToUser(bool visible);
    QString qrRef() const { return m_qrRef; }
    int unreadCount() const;
    int qrReloadClicks() const;
    // The person clicked "Use here" in the app (never done automatically).
    void useHere();
    // Paused by a WhatsApp warning (state restricted, its text in lastError()); kept across
    // restarts until a person resumes it.
    bool isRestricted() const;
    QString restriction() const;
    // The person read the warning and resumes sending for this SDR.
    void resumeSending();
    // How many times the refusal page made the session clear service workers and reload.
    int refusalReloads() const;
    void reloadPage();
    // Logs out of WhatsApp in the page (best effort), deletes the page and the profile, and wipes
    // every file of the profile. restart: open a fresh page (QR) afterwards. Emits wiped(ok).
    void disconnectAndWipe(bool restart);
    // After disconnectAndWipe: whether WhatsApp confirmed the logout (the page reached post_logout)
    // before the profile was wiped. When it did not, the phone may still list this device.
    bool logoutConfirmed() const;

    // --- for SessionManager (hibernation, reload policy) -------------------------------------
    bool isAwake() const;     // page active (not frozen, not discarded)
    bool isDiscarded() const; // renderer released
    QDateTime lastActiveAt() const { return m_lastActiveAt; }
    // Freezes an idle, not visible session (state hibernated). False when it must stay awake.
    bool hibernate();
    // Releases the renderer of a hibernated session; the profile (and the link) stays.
    bool discard();
    // Back to active; the state is detected again.
    void wake();
    qint64 renderProcessPid() const;
    // When the page last became awake with its current JavaScript heap (created, woken, reloaded);
    // invalid while asleep.
    QDateTime awakeSince() const;
    // A fresh renderer for an idle session whose page grew too big or ran too long: the renderer is
    // released and WhatsApp Web loads afresh in the same profile (the link stays). False when the
    // session has work, is on screen or is being wiped: try again later.
    bool restartRenderer();

    // --- for the doctor and tests -----------------------------------------------------------
    // Help → Check WhatsApp Web on a running session: the doctor borrows the idle, awake page to
    // open the SDR's own chat (a second page of the profile would make WhatsApp say "open in
    // another window"). Sends wait (busy) until it is given back; the page then returns to
    // WhatsApp's start. False when the page cannot be lent now.
    bool lendPage();
    void takePageBack();
    void navigate(const QUrl& url);
    // Runs a resource script in the isolated world; callback gets its result (invalid QVariant when
    // there is no active page).
    void runProbe(const QString& script, const QJsonObject& args,
                  const std::function<void(const QVariant&)>& callback);
    PageSnapshot snapshot() const;
    // The PageHost page jobs run on (e.g. a test's own job; one job at a time, see isBusy()).
    PageJobRunner* jobs() const { return m_jobs; }

signals:
    void qrRefChanged(const QString& ref);
    void unreadCountChanged(int count);
    void pageAboutToBeDeleted(QWebEnginePage* page);
    void pageChanged(QWebEnginePage* page);
    void awakeChanged(bool awake);
    void externalLinkRequested(const QUrl& url);
    void wiped(bool ok);

private:
    void applySnapshot(const PageSnapshot& snapshot);
    void setState(ConnectionState state);
    void setLastError(const QString& error);
    void setLinkedPhone(const QString& digits);
    void setQrRef(const QString& ref);
    void onRendererTerminated(int status, int exitCode);
    void onRefusalPage();
    void restrict(const QString& text);
    void releasePage();
    void onWiped(bool ok);
    void touch();

    SdrRecord m_sdr;
    Settings* m_settings;
    const Clock* m_clock;
    QUrl m_whatsappUrl;

    SessionPage* m_page;
    SessionRestriction* m_restriction;
    PageJobRunner* m_jobs;
    ProfileWipe* m_wipe;
    QrRefresher* m_qr;
    BrowserRefusal* m_refusal;

    ConnectionState m_state = ConnectionState::Loading;
    QString m_linkedPhone;
    QString m_lastError;
    QString m_qrRef;
    bool m_visible = false;
    bool m_restartAfterWipe = false;
    bool m_wipeWasLinked = false;
    QDateTime m_lastActiveAt;
};
