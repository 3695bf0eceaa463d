#include "WhatsAppSession.h"

#include "BrowserRefusal.h"
#include "EngineInfo.h"
#include "ProfileStore.h"
#include "SendJob.h"
#include "SessionsLogging.h"
#include "SettingKeys.h"
#include "Settings.h"

#include <QWebEnginePage>
#include <QWebEngineProfile>

namespace {
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
{
    QString url = settings->stringValue(SettingKeys::WhatsAppUrl);
    if (!url.endsWith(QLatin1Char('/')))
        url.append(QLatin1Char('/'));
    m_whatsappUrl = QUrl(url);

    m_page = new SessionPage(sdr.id, m_whatsappUrl, profiles, probe, clock, this);
    // A pause survives restarts until a person resumes it.
    m_restriction = new SessionRestriction(restrictionFileOf(profiles, sdr.id), this);
    m_tracker = new SessionStateTracker(sdr.id, m_restriction, this);
    m_tracker->setExpectedPhone(sdr.expectedPhone);
    m_jobs = new PageJobRunner(this, m_page, m_restriction, settings, clock, this);
    m_wipe = new ProfileWipe(sdr.id, profiles, clock, this);
    m_hibernation = new SessionHibernation(
        sdr.id, m_page, m_tracker, clock, [this] { return isBusy() || m_wipe->isRunning(); }, this);
    m_qr = new QrRefresher(sdr.id, m_page, clock, this);
    m_refusal = new BrowserRefusal(sdr.id, m_page, settings, clock, this);

    connect(m_tracker, &SessionStateTracker::stateChanged, this, &MessageChannel::stateChanged);
    connect(m_tracker, &SessionStateTracker::detailsChanged, this, &MessageChannel::detailsChanged);
    connect(m_tracker, &SessionStateTracker::qrRefChanged, this, &WhatsAppSession::qrRefChanged);
    connect(m_hibernation, &SessionHibernation::silentAfterWake, this,
            [this] { applySnapshot(m_page->snapshot()); });

    connect(m_page, &SessionPage::reported, this, &WhatsAppSession::applySnapshot);
    connect(m_page, &SessionPage::pageChanged, this, &WhatsAppSession::pageChanged);
    connect(m_page, &SessionPage::pageAboutToBeDeleted, this, &WhatsAppSession::pageAboutToBeDeleted);
    connect(m_page, &SessionPage::awakeChanged, this, &WhatsAppSession::awakeChanged);
    connect(m_page, &SessionPage::unreadCountChanged, this, &WhatsAppSession::unreadCountChanged);
    connect(m_page, &SessionPage::externalLinkRequested, this, &WhatsAppSession::externalLinkRequested);
    connect(m_page, &SessionPage::loadFailedWith, this, [this](const QString& error) {
        m_tracker->fail(ConnectionState::Unreachable, QStringLiteral("whatsapp_unreachable: ") + error);
    });
    connect(m_page, &SessionPage::rendererTerminated, this, &WhatsAppSession::onRendererTerminated);
    connect(m_page, &SessionPage::reloadingAfterCrash, this,
            [this] { m_tracker->setState(ConnectionState::Loading); });

    connect(m_jobs, &PageJobRunner::sendFinished, this, &MessageChannel::sendFinished);
    connect(m_jobs, &PageJobRunner::verifyFinished, this, &MessageChannel::verifyFinished);
    connect(m_jobs, &PageJobRunner::followUpsChecked, this, &MessageChannel::followUpsChecked);
    connect(m_jobs, &PageJobRunner::used, m_hibernation, &SessionHibernation::touch);
    connect(m_jobs, &PageJobRunner::dialogFound, m_tracker, &SessionStateTracker::restrict);
    // States held back while a job's deep link reloaded WhatsApp Web count now.
    connect(m_jobs, &PageJobRunner::jobEnded, this, [this] { applySnapshot(m_page->snapshot()); });

    connect(m_wipe, &ProfileWipe::releasePage, this, [this] {
        m_page->destroy();
        m_tracker->pageReleased();
    });
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
    m_tracker->setState(ConnectionState::Loading);
    if (!m_page->create()) {
        m_tracker->fail(ConnectionState::Error, QStringLiteral("profile_refused"));
        return false;
    }
    return true;
}

void WhatsAppSession::setSdr(const SdrRecord& sdr)
{
    m_sdr = sdr;
    m_tracker->setExpectedPhone(sdr.expectedPhone);
    if (state() == ConnectionState::Connected || state() == ConnectionState::WrongNumber)
        applySnapshot(m_page->snapshot());
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
        if (m_refusal->pageRefused())
            m_tracker->browserRefused(
                EngineInfo::chromiumVersionOf(profile() ? profile()->httpUserAgent() : QString()),
                m_refusal->retrySecs());
        return;
    }
    if (snapshot.state() != ConnectionState::Loading)
        m_refusal->appServed();
    SendJob* sendJob = m_jobs->unpressedSend();
    const bool stopSend = m_tracker->applySnapshot(snapshot, m_jobs->job() != nullptr, sendJob != nullptr);
    m_qr->check();
    if (stopSend && m_jobs->job() == sendJob)
        sendJob->abort(kDialogOpen); // NotAttempted: the lead goes back to the queue
}

void WhatsAppSession::resumeSending()
{
    m_hibernation->touch();
    if (!m_tracker->resume())
        return;
    // Start WhatsApp Web afresh: the state is detected again (a warning still shown pauses again).
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
    m_tracker->fail(ConnectionState::Error, QStringLiteral("renderer_crashed"));
    m_page->reloadAfterCrash();
}

void WhatsAppSession::setVisibleToUser(bool visible)
{
    m_hibernation->setVisible(visible);
    m_qr->setOnScreen(visible);
}

void WhatsAppSession::useHere()
{
    m_hibernation->touch();
    runProbe(QStringLiteral("useHere.js"), {}, [](const QVariant&) {});
}

void WhatsAppSession::reloadPage()
{
    m_hibernation->touch();
    if (!m_page->exists()) {
        start();
        return;
    }
    wake();
    m_page->loadHome();
}

void WhatsAppSession::wake()
{
    m_hibernation->wake(); // counts as use even when there is no page to wake
    if (!m_page->exists() && !m_wipe->isRunning())
        start();
}

bool WhatsAppSession::restartRenderer()
{
    // A follow-up look between two of its chats, or a verification waiting to run, is work too.
    return !m_jobs->hasWork() && m_hibernation->restartRenderer();
}

void WhatsAppSession::navigate(const QUrl& url)
{
    m_hibernation->touch();
    m_page->navigate(url);
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

void WhatsAppSession::disconnectAndWipe(bool restart)
{
    if (m_wipe->isRunning())
        return;
    m_restartAfterWipe = restart;
    m_wipeWasLinked = isLinkedState(state()) || needsPersonWithDetail(state()) || !linkedPhone().isEmpty();
    m_jobs->abortJob(QStringLiteral("session_logged_out"));
    const bool logOut = m_page->exists() && isAwake() && isLinkedState(state());
    m_wipe->start(logOut);
    if (logOut) {
        // Best effort: log out in the page so the phone's Linked devices list drops this browser.
        qCInfo(lcSession) << m_sdr.id << "logging out of WhatsApp Web";
        runProbe(QStringLiteral("logout.js"), {}, [](const QVariant&) {});
    }
}

void WhatsAppSession::onWiped(bool ok)
{
    if (!ok)
        m_tracker->setLastError(QStringLiteral("wipe_failed"));
    else if (!m_wipe->logoutConfirmed() && m_wipeWasLinked)
        m_tracker->setLastError(
            QStringLiteral("logout_unconfirmed: WhatsApp did not confirm the logout; remove "
                           "this device on the phone (WhatsApp > Linked devices)"));
    if (m_restartAfterWipe)
        start();
    emit wiped(ok);
}
