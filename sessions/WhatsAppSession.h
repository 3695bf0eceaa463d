#pragma once

#include "MessageChannel.h"
#include "PageJob.h"
#include "PageSnapshot.h"
#include "SdrRecord.h"

#include <QDateTime>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QVariant>
#include <functional>
#include <optional>

class Clock;
class FollowUpCheck;
class PageBridge;
class PageProbe;
class ProfileStore;
class QWebChannel;
class QWebEnginePage;
class QWebEngineProfile;
class Settings;
class WhatsAppPage;

// One SDR's WhatsApp Web session: its persistent profile, its page with the injected observer, the
// connection state derived from what the page shows, and the MessageChannel the core sends
// through. Survives renderer crashes (reload), unreachable pages (retry with backoff) and
// hibernation (frozen, then discarded, woken on demand) without the core noticing more than a
// state change.
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
    QString lastError() const override { return isRestricted() ? m_restriction : m_lastError; }
    void send(const QString& requestId, const QString& phoneDigits, const QString& text) override;
    void verifySent(const QString& requestId, const QString& phoneDigits, const QString& text,
                    const QDateTime& since) override;
    void requestWake() override;
    void checkFollowUps(const QVector<WatchedLead>& leads) override;

    // --- for the UI ---------------------------------------------------------------------------
    SdrRecord sdr() const { return m_sdr; }
    void setSdr(const SdrRecord& sdr); // e.g. a new expected phone from the CRM
    // Creates the profile and the page and opens WhatsApp Web. False when the SDR id cannot be a
    // profile (lastError says why).
    bool start();
    // The page a view shows; nullptr before start() or while being wiped. Replaced after a
    // disconnect (pageChanged); detach views on pageAboutToBeDeleted.
    QWebEnginePage* page() const;
    QWebEngineProfile* profile() const { return m_profile; }
    QUrl whatsappUrl() const { return m_whatsappUrl; }
    bool isVisibleToUser() const { return m_visible; }
    // The session is on screen: wakes it, keeps it awake, and keeps WhatsApp's QR fresh by clicking
    // "Click to reload QR code" when it appears.
    void setVisibleToUser(bool visible);
    QString qrRef() const { return m_qrRef; }
    int unreadCount() const { return m_unread; }
    int qrReloadClicks() const { return m_qrReloadClicks; }
    // The person clicked "Use here" in the app (never done automatically).
    void useHere();
    // Paused by a WhatsApp warning (state restricted, its text in lastError()); kept across
    // restarts until a person resumes it.
    bool isRestricted() const { return !m_restriction.isEmpty(); }
    QString restriction() const { return m_restriction; }
    // The person read the warning and resumes sending for this SDR.
    void resumeSending();
    // How many times the refusal page made the session clear service workers and reload.
    int refusalReloads() const { return m_refusalReloads; }
    void reloadPage();
    // Logs out of WhatsApp in the page (best effort), deletes the page and the profile, and wipes
    // every file of the profile. restart: open a fresh page (QR) afterwards. Emits wiped(ok).
    void disconnectAndWipe(bool restart);
    // After disconnectAndWipe: whether WhatsApp confirmed the logout (the page reached post_logout)
    // before the profile was wiped. When it did not, the phone may still list this device.
    bool logoutConfirmed() const { return m_logoutConfirmed; }

    // --- for SessionManager (hibernation) ---------------------------------------------------
    bool isAwake() const;     // page active (not frozen, not discarded)
    bool isDiscarded() const; // renderer released
    bool isBusy() const override { return m_job != nullptr || m_lent; }
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
    QDateTime awakeSince() const { return isAwake() ? m_awakeSince : QDateTime(); }
    // A fresh renderer for an idle session whose page grew too big or ran too long: the renderer is
    // released and WhatsApp Web loads afresh in the same profile (the link stays). False when the
    // session is busy, on screen or being wiped: try again later.
    bool restartRenderer();

    // --- for page jobs ------------------------------------------------------------------------
    // Runs a job of a multi-step request (the follow-up look); endJob when it finished. One job at
    // a time: the caller checks isBusy() first.
    void runJob(PageJob* job);
    void endJob(PageJob* job);
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
    PageSnapshot snapshot() const { return m_snapshot; }
    // The text reader (selectors.json messageText) read the text of an outgoing message on this
    // page in this session: only then can "not among the outgoing messages" prove anything.
    void noteTextReaderWorks();
    bool textReaderWorks() const { return m_textReaderWorks; }
    // Send was pressed for `text` to `phoneDigits`; lastIdBefore is the newest outgoing message
    // before (a verification then knows which bubbles came after the press).
    void notePress(const QString& phoneDigits, const QString& text, const QString& lastIdBefore);

signals:
    void qrRefChanged(const QString& ref);
    void unreadCountChanged(int count);
    void linkedPhoneChanged(const QString& digits);
    void lastErrorChanged(const QString& error);
    void visibleToUserChanged(bool visible);
    void pageAboutToBeDeleted(QWebEnginePage* page);
    void pageChanged(QWebEnginePage* page);
    void awakeChanged(bool awake);
    void busyChanged(bool busy);
    void externalLinkRequested(const QUrl& url);
    // A desktop notification of WhatsApp Web (title, body): show it, never log the body.
    void notificationReceived(const QString& title, const QString& message);
    void pageLoadFinished(bool ok);
    void snapshotChanged();
    void wiped(bool ok);

private:
    void createPage();
    void destroyPage();
    void applySnapshot(const PageSnapshot& snapshot);
    void setState(ConnectionState state);
    void setLastError(const QString& error);
    void setLinkedPhone(const QString& digits);
    void onLoadingChanged(bool failed, const QString& error);
    void onRenderProcessTerminated(int status, int exitCode);
    void scheduleRetry();
    void maybeReloadQr();
    void onRefusalPage();
    void restrict(const QString& text);
    QString restrictionFile() const;
    void touch();
    void startJob(PageJob* job);
    void finishWipe(bool restart);
    void wipeAgain(bool restart, int attemptsLeft);
    int sendTimeoutMs() const;

    SdrRecord m_sdr;
    ProfileStore* m_profiles;
    PageProbe* m_probe;
    Settings* m_settings;
    const Clock* m_clock;
    QUrl m_whatsappUrl;

    QWebEngineProfile* m_profile = nullptr;
    WhatsAppPage* m_page = nullptr;
    QWebChannel* m_channel = nullptr;
    PageBridge* m_bridge = nullptr;

    ConnectionState m_state = ConnectionState::Loading;
    PageSnapshot m_snapshot;
    QString m_linkedPhone;
    QString m_lastError;
    QString m_qrRef;
    int m_unread = 0;
    bool m_visible = false;
    bool m_wiping = false;
    bool m_loadFailed = false;
    QDateTime m_lastActiveAt;
    QDateTime m_awakeSince;
    qint64 m_lastQrClickMs = -1;
    int m_qrReloadClicks = 0;

    bool m_logoutConfirmed = false;
    bool m_wipeWasLinked = false;
    bool m_refusalReloaded = false; // the one reload the refusal page gets has been made
    int m_refusalReloads = 0;
    QTimer m_refusalReload;
    QTimer m_refusedRetry;
    QString m_restriction;

    QPointer<PageJob> m_job;
    QPointer<FollowUpCheck> m_followUp;
    bool m_lent = false;
    struct PendingVerify
    {
        QString requestId;
        QString phone;
        QString text;
        QDateTime since;
    };
    std::optional<PendingVerify> m_pendingVerify; // asked while a job ran: runs right after it
    void startVerify(const PendingVerify& verify);
    void runPendingVerify();
    bool m_textReaderWorks = false;
    struct Press
    {
        QString phone;
        QString text;
        QString lastIdBefore;
    };
    Press m_lastPress;
    QTimer m_retryTimer;
    int m_retryDelayMs = 0;
    QTimer m_crashReload;
    QTimer m_wipeTimer;
    QTimer m_qrRecheck;
};
