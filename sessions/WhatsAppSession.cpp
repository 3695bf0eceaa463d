#include "WhatsAppSession.h"

#include "BrowserRefusal.h"
#include "Clock.h"
#include "ConnectionTracker.h"
#include "EngineInfo.h"
#include "PageJobRunner.h"
#include "ProfileStore.h"
#include "ProfileWipe.h"
#include "QrRefresher.h"
#include "SendJob.h"
#include "SessionPage.h"
#include "SessionRestriction.h"
#include "SessionsLogging.h"
#include "SettingKeys.h"
#include "Settings.h"

#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineProfile>

namespace {
constexpr int kWakeReportMs = 2000;
const QString kDialogOpen = QStringLiteral("dialog_open");

QString restrictionFileOf(const ProfileStore* profiles, const QString& sdrId)
{
    const QString dir = profiles->profileDirFor(sdrId);
    return dir.isEmpty() ? QString() : dir + QStringLiteral("/restricted.txt");
}
} // namespace

WhatsAppSession::WhatsAppSession(const SdrRecord& sdr, ProfileStore* profiles, PageProbe* probe,
                                 Settings* settings, const Clock* clock, QObject* parent)
    : MessageChannel(parent)
    , m_sdr(sdr)
    , m_settings(settings)
    , m_clock(clock)
{
    QString url = settings->stringValue(SettingKeys::WhatsAppUrl);
    if (!url.endsWith(QLatin1Char('/')))
        url.append(QLatin1Char('/'));
    m_whatsappUrl = QUrl(url);
    m_lastActiveAt = m_clock->now();

    m_page = new SessionPage(sdr.id, m_whatsappUrl, profiles, probe, clock, this);
    // A pause survives restarts until a person resumes it.
    m_restriction = new SessionRestriction(restrictionFileOf(profiles, sdr.id), this);
    m_jobs = new PageJobRunner(this, m_page, m_restriction, settings, clock, this);
    m_wipe = new ProfileWipe(sdr.id, profiles, this);
    m_qr = new QrRefresher(sdr.id, m_page, clock, this);
    m_refusal = new BrowserRefusal(sdr.id, m_page, settings, this);

    connect(m_page, &SessionPage::reported, this, &WhatsAppSession::applySnapshot);
    connect(m_page, &SessionPage::pageChanged, this, &WhatsAppSession::pageChanged);
    connect(m_page, &SessionPage::pageAboutToBeDeleted, this, &WhatsAppSession::pageAboutToBeDeleted);
    connect(m_page, &SessionPage::awakeChanged, this, &WhatsAppSession::awakeChanged);
    connect(m_page, &SessionPage::unreadCountChanged, this, &WhatsAppSession::unreadCountChanged);
    connect(m_page, &SessionPage::externalLinkRequested, this, &WhatsAppSession::externalLinkRequested);
    connect(m_page, &SessionPage::loadFailedWith, this, [this](const QString& error) {
        setLastError(QStringLiteral("whatsapp_unreachable: ") + error);
        setState(ConnectionState::Unreachable);
    });
    connect(m_page, &SessionPage::rendererTerminated, this, &WhatsAppSession::onRendererTerminated);
    connect(m_page, &SessionPage::reloadingAfterCrash, this, [this] { setState(ConnectionState::Loading); });

    connect(m_jobs, &PageJobRunner::sendFinished, this, &MessageChannel::sendFinished);
    connect(m_jobs, &PageJobRunner::verifyFinished, this, &MessageChannel::verifyFinished);
    connect(m_jobs, &PageJobRunner::followUpsChecked, this, &MessageChannel::followUpsChecked);
    connect(m_jobs, &PageJobRunner::used, this, &WhatsAppSession::touch);
    connect(m_jobs, &PageJobRunner::dialogFound, this, &WhatsAppSession::restrict);
    // States held back while a job's deep link reloaded WhatsApp Web count now.
    connect(m_jobs, &PageJobRunner::jobEnded, this, [this] { applySnapshot(m_page->snapshot()); });

    connect(m_wipe, &ProfileWipe::releasePage, this, &WhatsAppSession::releasePage);
    connect(m_wipe, &ProfileWipe::finished, this, &WhatsAppSession::onWiped);
    connect(this, &MessageChannel::stateChanged, m_wipe, &ProfileWipe::noteState);

    connect(m_refusal, &BrowserRefusal::retryDue, this, [this] {
        if (!m_page->exists())
            return;
        if (!isAwake())
            wake(); // re-detects (a discarded page loads afresh)
        else
            m_page->navigate(m_whatsappUrl);
    });
}

WhatsAppSession::~WhatsAppSession()
{
    // The jobs go first: they answer "session_removed" while the page still exists.
    delete m_jobs;
    m_jobs = nullptr;
    m_page->destroy();
}

bool WhatsAppSession::start()
{
    if (m_page->exists())
        return true;
    setState(ConnectionState::Loading);
    if (!m_page->create()) {
        setLastError(QStringLiteral("profile_refused"));
        setState(ConnectionState::Error);
        return false;
    }
    return true;
}

QWebEnginePage* WhatsAppSession::page() const
{
    return m_page->page();
}

QWebEngineProfile* WhatsAppSession::profile() const
{
    return m_page->profile();
}

int WhatsAppSession::unreadCount() const
{
    return m_page->unreadCount();
}

int WhatsAppSession::qrReloadClicks() const
{
    return m_qr->clicks();
}

int WhatsAppSession::refusalReloads() const
{
    return m_page->refusalReloads();
}

PageSnapshot WhatsAppSession::snapshot() const
{
    return m_page->snapshot();
}

bool WhatsAppSession::isReadyToSend() const
{
    // "Phone not connected" is a relic of WhatsApp Web before multi-device: a linked device sends
    // without the phone, so that banner does not stop sending.
    if ((m_state != ConnectionState::Connected && m_state != ConnectionState::PhoneOffline) ||
        m_linkedPhone.isEmpty())
        return false;
    return ConnectionTracker::effectiveState(ConnectionState::Connected, m_linkedPhone,
                                             m_sdr.expectedPhone) == ConnectionState::Connected;
}

QString WhatsAppSession::lastError() const
{
    return isRestricted() ? m_restriction->text() : m_lastError;
}

bool WhatsAppSession::isRestricted() const
{
    return m_restriction->isActive();
}

QString WhatsAppSession::restriction() const
{
    return m_restriction->text();
}

bool WhatsAppSession::isBusy() const
{
    return m_jobs && m_jobs->isBusy();
}

bool WhatsAppSession::logoutConfirmed() const
{
    return m_wipe->logoutConfirmed();
}

void WhatsAppSession::setSdr(const SdrRecord& sdr)
{
    m_sdr = sdr;
    if (m_state == ConnectionState::Connected || m_state == ConnectionState::WrongNumber)
        applySnapshot(m_page->snapshot());
}

void WhatsAppSession::setState(ConnectionState state)
{
    if (state == m_state)
        return;
    qCInfo(lcSession) << m_sdr.id << "state" << connectionStateName(m_state) << "->"
                      << connectionStateName(state);
    m_state = state;
    if (state == ConnectionState::Connected || state == ConnectionState::QrRequired)
        setLastError(QString());
    emit stateChanged(state);
}

void WhatsAppSession::setLastError(const QString& error)
{
    if (error == m_lastError)
        return;
    m_lastError = error;
    emit detailsChanged();
}

void WhatsAppSession::setLinkedPhone(const QString& digits)
{
    if (digits == m_linkedPhone)
        return;
    m_linkedPhone = digits;
    emit detailsChanged();
}

void WhatsAppSession::setQrRef(const QString& ref)
{
    if (ref == m_qrRef)
        return;
    m_qrRef = ref;
    emit qrRefChanged(ref);
}

void WhatsAppSession::applySnapshot(const PageSnapshot& snapshot)
{
    // While the logout runs the page still reports (post_logout confirms it); after it, nothing.
    if (m_wipe->isRunning() && !m_wipe->isWaitingForLogout())
        return;
    // An error page (connection refused, HTTP 5xx) carries the observer too: it says nothing.
    if (!isAwake() || m_page->loadFailed())
        return;
    if (snapshot.refused) {
        onRefusalPage();
        return;
    }
    const ConnectionState raw = snapshot.state();
    if (raw != ConnectionState::Loading)
        m_refusal->appServed();
    if (!snapshot.restriction.isEmpty())
        restrict(snapshot.restriction);
    else if (!snapshot.dialog.isEmpty() && isRestricted())
        restrict(snapshot.dialog); // fills in the text of a pause made before the page reported it
    // Never press Send under a dialog the app does not know: stop the send before it is pressed.
    // Only a dialog over the open chat counts here: before the chat shows, WhatsApp may be busy
    // opening it. pressSend.js checks again, whatever is open, right before pressing.
    SendJob* sendJob = m_jobs->unpressedSend();
    const bool stopSend = !snapshot.dialog.isEmpty() && snapshot.chatOpen && snapshot.editor && sendJob;
    if (stopSend)
        restrict(snapshot.dialog);
    const QString phone = PageSnapshot::phoneFromWid(snapshot.wid);
    if (raw == ConnectionState::QrRequired || raw == ConnectionState::LoggedOut)
        setLinkedPhone(QString());
    else if (!phone.isEmpty())
        setLinkedPhone(phone);
    setQrRef(snapshot.qr ? snapshot.qrRef : QString());

    // A job's deep link reloads WhatsApp Web: its loading screen is not a state change.
    const bool jobReload = m_jobs->job() &&
                           (raw == ConnectionState::Loading || raw == ConnectionState::Syncing) &&
                           isLinkedState(m_state);
    if (isRestricted())
        setState(ConnectionState::Restricted);
    else if (m_state == ConnectionState::BrowserUnsupported && raw == ConnectionState::Loading)
        ; // a rare retry is loading: still refused until WhatsApp Web shows something else
    else if (!jobReload)
        setState(ConnectionTracker::effectiveState(raw, m_linkedPhone, m_sdr.expectedPhone));
    if (m_state == ConnectionState::Unreachable && snapshot.computerOffline)
        setLastError(QStringLiteral("whatsapp_unreachable"));
    m_qr->check();
    if (stopSend && m_jobs->job() == sendJob)
        sendJob->abort(kDialogOpen); // NotAttempted: the lead goes back to the queue
}

void WhatsAppSession::onRefusalPage()
{
    if (!m_refusal->pageRefused() || m_state == ConnectionState::BrowserUnsupported)
        return;
    const QString chromium =
        EngineInfo::chromiumVersionOf(profile() ? profile()->httpUserAgent() : QString());
    qCWarning(lcSession) << m_sdr.id << "WhatsApp Web refuses this browser engine (Chromium" << chromium
                         << "); next try in" << m_refusal->retrySecs() << "s";
    setLastError(QStringLiteral("WhatsApp Web refuses this browser (Chromium %1): it shows \"WhatsApp works "
                                "with Google Chrome\" instead of the app")
                     .arg(chromium.isEmpty() ? QStringLiteral("?") : chromium));
    setState(ConnectionState::BrowserUnsupported);
}

void WhatsAppSession::restrict(const QString& text)
{
    const bool wasRestricted = isRestricted();
    if (!m_restriction->restrict(text))
        return;
    if (!wasRestricted)
        qCWarning(lcSession) << m_sdr.id << "paused: WhatsApp shows a warning or an unknown dialog";
    emit detailsChanged();
    setState(ConnectionState::Restricted);
}

void WhatsAppSession::resumeSending()
{
    touch();
    if (!m_restriction->resume())
        return;
    qCInfo(lcSession) << m_sdr.id << "resumed by a person";
    emit detailsChanged();
    // Start WhatsApp Web afresh: the state is detected again (a warning still shown pauses again).
    setState(ConnectionState::Loading);
    if (m_page->exists()) {
        wake();
        m_page->navigate(m_whatsappUrl);
    } else {
        start();
    }
}

void WhatsAppSession::onRendererTerminated(int status, int exitCode)
{
    if (m_wipe->isRunning())
        return;
    qCWarning(lcSession) << m_sdr.id << "renderer terminated (status" << status << "exit" << exitCode
                         << "): reloading";
    m_jobs->abortJob(QStringLiteral("renderer_crashed"));
    setLastError(QStringLiteral("renderer_crashed"));
    setState(ConnectionState::Error);
    m_page->reloadAfterCrash();
}

void WhatsAppSession::touch()
{
    m_lastActiveAt = m_clock->now();
}

void WhatsAppSession::setVisibleToUser(bool visible)
{
    touch();
    if (visible)
        wake();
    m_visible = visible;
    m_qr->setOnScreen(visible);
}

void WhatsAppSession::useHere()
{
    touch();
    runProbe(QStringLiteral("useHere.js"), {}, [](const QVariant&) {});
}

void WhatsAppSession::reloadPage()
{
    touch();
    if (!m_page->exists()) {
        start();
        return;
    }
    wake();
    m_page->loadHome();
}

void WhatsAppSession::requestWake()
{
    touch();
    wake();
}

bool WhatsAppSession::isAwake() const
{
    return m_page->isAwake();
}

bool WhatsAppSession::isDiscarded() const
{
    return m_page->isDiscarded();
}

qint64 WhatsAppSession::renderProcessPid() const
{
    return m_page->renderProcessPid();
}

QDateTime WhatsAppSession::awakeSince() const
{
    return m_page->awakeSince();
}

bool WhatsAppSession::hibernate()
{
    if (!m_page->exists() || isBusy() || m_visible || m_wipe->isRunning() || m_page->isOnScreen())
        return false;
    if (!isAwake())
        return true;
    if (!m_page->freeze())
        return false;
    qCInfo(lcHibernation) << m_sdr.id << "frozen";
    // A person must still see why this SDR does not send.
    if (!isRestricted() && m_state != ConnectionState::BrowserUnsupported)
        setState(ConnectionState::Hibernated);
    return true;
}

bool WhatsAppSession::discard()
{
    if (!m_page->exists() || isBusy() || m_visible || m_wipe->isRunning() || m_page->isOnScreen())
        return false;
    if (isDiscarded())
        return true;
    if (isAwake() && !hibernate())
        return false;
    if (!m_page->discard())
        return false;
    qCInfo(lcHibernation) << m_sdr.id << "discarded (renderer released, profile kept)";
    return true;
}

bool WhatsAppSession::restartRenderer()
{
    // Discarding ends the renderer process and everything its JavaScript heap held; a plain reload
    // would keep the process (same site) and with it much of what the heap grew to. A follow-up look
    // between two of its chats, or a verification waiting to run, counts as work too.
    if (m_jobs->hasWork() || !discard())
        return false;
    qCInfo(lcSession) << m_sdr.id << "restarting its renderer (profile kept)";
    wake();
    return isAwake();
}

void WhatsAppSession::wake()
{
    touch();
    if (!m_page->exists()) {
        if (!m_wipe->isRunning())
            start();
        return;
    }
    if (isAwake())
        return;
    const bool wasDiscarded = isDiscarded();
    qCInfo(lcHibernation) << m_sdr.id << "woken" << (wasDiscarded ? "(reloading)" : "");
    if (m_page->activate()) {
        setState(ConnectionState::Loading);
        return;
    }
    // Re-detect: the page reports afresh at once. What it showed before it froze is used only if
    // it stays silent (no observer), never taken as the state it is in now.
    m_page->requestReport();
    QTimer::singleShot(kWakeReportMs, this, [this] {
        if (m_state == ConnectionState::Hibernated && isAwake())
            applySnapshot(m_page->snapshot());
    });
}

void WhatsAppSession::navigate(const QUrl& url)
{
    touch();
    m_page->navigate(url);
}

void WhatsAppSession::runProbe(const QString& script, const QJsonObject& args,
                               const std::function<void(const QVariant&)>& callback)
{
    m_page->runProbe(script, args, callback);
}

void WhatsAppSession::send(const QString& requestId, const QString& phoneDigits, const QString& text)
{
    m_jobs->send(requestId, phoneDigits, text);
}

void WhatsAppSession::verifySent(const QString& requestId, const QString& phoneDigits, const QString& text,
                                 const QDateTime& since)
{
    m_jobs->verifySent(requestId, phoneDigits, text, since);
}

void WhatsAppSession::checkFollowUps(const QVector<WatchedLead>& leads)
{
    if (m_wipe->isRunning()) {
        MessageChannel::checkFollowUps({});
        return;
    }
    m_jobs->checkFollowUps(leads);
}

bool WhatsAppSession::lendPage()
{
    if (!m_page->exists() || m_wipe->isRunning())
        return false;
    return m_jobs->lendPage();
}

void WhatsAppSession::takePageBack()
{
    m_jobs->takePageBack();
}

void WhatsAppSession::disconnectAndWipe(bool restart)
{
    if (m_wipe->isRunning())
        return;
    m_restartAfterWipe = restart;
    m_wipeWasLinked = isLinkedState(m_state) || needsPersonWithDetail(m_state) || !m_linkedPhone.isEmpty();
    m_jobs->abortJob(QStringLiteral("session_logged_out"));
    const bool logOut = m_page->exists() && isAwake() && isLinkedState(m_state);
    m_wipe->start(logOut);
    if (logOut) {
        // Best effort: log out in the page so the phone's Linked devices list drops this browser.
        qCInfo(lcSession) << m_sdr.id << "logging out of WhatsApp Web";
        runProbe(QStringLiteral("logout.js"), {}, [](const QVariant&) {});
    }
}

void WhatsAppSession::releasePage()
{
    m_page->destroy();
    setLinkedPhone(QString());
    setQrRef(QString());
    setState(ConnectionState::LoggedOut);
}

void WhatsAppSession::onWiped(bool ok)
{
    if (!ok)
        setLastError(QStringLiteral("wipe_failed"));
    else if (!m_wipe->logoutConfirmed() && m_wipeWasLinked)
        setLastError(QStringLiteral("logout_unconfirmed: WhatsApp did not confirm the logout; remove this "
                                    "device on the phone (WhatsApp > Linked devices)"));
    if (m_restartAfterWipe)
        start();
    emit wiped(ok);
}
