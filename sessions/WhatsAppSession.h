#pragma once

#include "MessageChannel.h"
#include "PageJobRunner.h"
#include "PageSnapshot.h"
#include "ProfileWipe.h"
#include "QrRefresher.h"
#include "SdrRecord.h"
#include "SessionHibernation.h"
#include "SessionPage.h"
#include "SessionRestriction.h"
#include "SessionStateTracker.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUrl>
#include <QVariant>
#include <functional>

class BrowserRefusal;
class Clock;
class PageProbe;
class ProfileStore;
class QWebEnginePage;
class QWebEngineProfile;
class Settings;

// One SDR's WhatsApp Web session as the core and the UI see it: the MessageChannel the core sends
// through, and the facade the UI and SessionManager use. Its parts do the work: SessionPage
// (profile and page, load retry and crash reload on a backoff), SessionStateTracker (the connection
// state made from what the page shows), SessionHibernation (freeze, discard, wake, asked by
// SessionManager), PageJobRunner (sends, verifications, follow-up looks; the PageHost its jobs
// see), ProfileWipe (logout and wipe), SessionRestriction (the pause after a WhatsApp warning),
// QrRefresher (the QR kept fresh on screen) and BrowserRefusal (WhatsApp's "use Chrome" page).
class WhatsAppSession : public MessageChannel
{
    Q_OBJECT
public:
    WhatsAppSession(const SdrRecord& sdr, ProfileStore* profiles, PageProbe* probe, Settings* settings,
                    const Clock* clock, QObject* parent = nullptr);
    ~WhatsAppSession() override;

    // --- MessageChannel ---------------------------------------------------------------------
    QString sdrId() const override { return m_sdr.id; }
    ConnectionState state() const override { return m_tracker->state(); }
    QString linkedPhone() const override { return m_tracker->linkedPhone(); }
    bool isReadyToSend() const override { return m_tracker->isReadyToSend(); }
    // While paused by a WhatsApp warning: that warning's text.
    QString lastError() const override { return m_tracker->lastError(); }
    void send(const QString& requestId, const QString& phoneDigits, const QString& text) override
    {
        m_jobs->send(requestId, phoneDigits, text);
    }
    void verifySent(const QString& requestId, const QString& phoneDigits, const QString& text,
                    const QDateTime& since) override
    {
        m_jobs->verifySent(requestId, phoneDigits, text, since);
    }
    void requestWake() override { wake(); }
    void checkFollowUps(const QVector<WatchedLead>& leads) override;
    bool isBusy() const override { return m_jobs && m_jobs->isBusy(); }

    // --- for the UI ---------------------------------------------------------------------------
    SdrRecord sdr() const { return m_sdr; }
    void setSdr(const SdrRecord& sdr); // e.g. a new expected phone from the CRM
    // Creates the profile and the page and opens WhatsApp Web. False when the SDR id cannot be a
    // profile (lastError says why).
    bool start();
    // The page a view shows; nullptr before start() or while being wiped. Replaced after a
    // disconnect (pageChanged); detach views on pageAboutToBeDeleted.
    QWebEnginePage* page() const { return m_page->page(); }
    QWebEngineProfile* profile() const { return m_page->profile(); }
    QUrl whatsappUrl() const { return m_whatsappUrl; }
    bool isVisibleToUser() const { return m_hibernation->isVisible(); }
    // The session is on screen: wakes it, keeps it awake, and keeps WhatsApp's QR fresh by clicking
    // "Click to reload QR code" when it appears (at most every 2 s by the injected clock).
    void setVisibleToUser(bool visible);
    QString qrRef() const { return m_tracker->qrRef(); }
    int unreadCount() const { return m_page->unreadCount(); }
    int qrReloadClicks() const { return m_qr->clicks(); }
    // The person clicked "Use here" in the app (never done automatically).
    void useHere();
    // Paused by a WhatsApp warning (state restricted, its text in lastError()); kept across
    // restarts until a person resumes it.
    bool isRestricted() const { return m_tracker->isRestricted(); }
    QString restriction() const { return m_restriction->text(); }
    // The person read the warning and resumes sending for this SDR.
    void resumeSending();
    // How many times the refusal page made the session clear service workers and reload.
    int refusalReloads() const { return m_page->refusalReloads(); }
    void reloadPage();
    // Logs out of WhatsApp in the page (best effort), deletes the page and the profile, and wipes
    // every file of the profile. restart: open a fresh page (QR) afterwards. Emits wiped(ok).
    void disconnectAndWipe(bool restart);
    // After disconnectAndWipe: whether WhatsApp confirmed the logout (the page reached post_logout)
    // before the profile was wiped. When it did not, the phone may still list this device.
    bool logoutConfirmed() const { return m_wipe->logoutConfirmed(); }

    // --- for SessionManager (hibernation, reload policy) -------------------------------------
    bool isAwake() const { return m_hibernation->isAwake(); } // page active (not frozen, not discarded)
    bool isDiscarded() const { return m_hibernation->isDiscarded(); } // renderer released
    QDateTime lastActiveAt() const { return m_hibernation->lastActiveAt(); }
    // Freezes an idle, not visible session (state hibernated). False when it must stay awake.
    bool hibernate() { return m_hibernation->hibernate(); }
    // Releases the renderer of a hibernated session; the profile (and the link) stays.
    bool discard() { return m_hibernation->discard(); }
    // Back to active; the state is detected again.
    void wake();
    qint64 renderProcessPid() const { return m_page->renderProcessPid(); }
    // When the page last became awake with its current JavaScript heap (created, woken, reloaded);
    // invalid while asleep.
    QDateTime awakeSince() const { return m_hibernation->awakeSince(); }
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
    void takePageBack() { m_jobs->takePageBack(); }
    void navigate(const QUrl& url);
    // Runs a resource script in the isolated world; callback gets its result (invalid QVariant when
    // there is no active page).
    void runProbe(const QString& script, const QJsonObject& args,
                  const std::function<void(const QVariant&)>& callback)
    {
        m_page->runProbe(script, args, callback);
    }
    PageSnapshot snapshot() const { return m_page->snapshot(); }
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
    void onRendererTerminated(int status, int exitCode);
    void onWiped(bool ok);

    SdrRecord m_sdr;
    QUrl m_whatsappUrl;

    SessionPage* m_page;
    SessionRestriction* m_restriction;
    SessionStateTracker* m_tracker;
    PageJobRunner* m_jobs;
    SessionHibernation* m_hibernation;
    ProfileWipe* m_wipe;
    QrRefresher* m_qr;
    BrowserRefusal* m_refusal;

    bool m_restartAfterWipe = false;
    bool m_wipeWasLinked = false;
};
