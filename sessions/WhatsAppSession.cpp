#include "WhatsAppSession.h"

#include "Clock.h"
#include "ConnectionTracker.h"
#include "EngineInfo.h"
#include "FollowUpCheck.h"
#include "PageBridge.h"
#include "PageProbe.h"
#include "ProfileStore.h"
#include "SendJob.h"
#include "SessionsLogging.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "VerifyJob.h"
#include "WhatsAppPage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QWebChannel>
#include <QWebEngineLoadingInfo>
#include <QWebEngineNewWindowRequest>
#include <QWebEngineNotification>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>

namespace {
constexpr int kFirstRetryMs = 1000;
constexpr int kMaxRetryMs = 60000;
constexpr int kCrashReloadMs = 500;
constexpr int kQrClickIntervalMs = 2000;
constexpr int kLogoutWaitMs = 4000;
constexpr int kWipeRetryMs = 500;
constexpr int kWipeAttempts = 6;
constexpr int kWakeReportMs = 2000;
constexpr int kErrAborted = -3;        // Chromium's net::ERR_ABORTED: a navigation replaced by another
constexpr int kRefusalReloadMs = 1000; // time for the service workers to unregister
const QString kDialogOpen = QStringLiteral("dialog_open");
} // namespace

WhatsAppSession::WhatsAppSession(const SdrRecord& sdr, ProfileStore* profiles, PageProbe* probe,
                                 Settings* settings, const Clock* clock, QObject* parent)
    : MessageChannel(parent)
    , m_sdr(sdr)
    , m_profiles(profiles)
    , m_probe(probe)
    , m_settings(settings)
    , m_clock(clock)
{
    QString url = settings->stringValue(SettingKeys::WhatsAppUrl);
    if (!url.endsWith(QLatin1Char('/')))
        url.append(QLatin1Char('/'));
    m_whatsappUrl = QUrl(url);
    m_lastActiveAt = m_clock->now();

    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_page && isAwake()) {
            qCInfo(lcSession) << m_sdr.id << "retrying WhatsApp Web";
            m_page->load(m_whatsappUrl);
        }
    });
    m_crashReload.setSingleShot(true);
    connect(&m_crashReload, &QTimer::timeout, this, [this] {
        if (m_page) {
            setState(ConnectionState::Loading);
            m_page->load(m_whatsappUrl);
        }
    });
    m_refusalReload.setSingleShot(true);
    connect(&m_refusalReload, &QTimer::timeout, this, [this] {
        if (m_page && isAwake())
            m_page->load(m_whatsappUrl);
    });
    m_refusedRetry.setSingleShot(true);
    connect(&m_refusedRetry, &QTimer::timeout, this, [this] {
        if (!m_page)
            return;
        qCInfo(lcSession) << m_sdr.id << "trying WhatsApp Web again after its refusal";
        m_refusalReloaded = false; // the full cure again: clear service workers, reload once
        if (!isAwake())
            wake(); // re-detects (a discarded page loads afresh)
        else
            m_page->load(m_whatsappUrl);
    });
    {
        // A pause survives restarts until a person resumes it.
        QFile file(restrictionFile());
        if (!restrictionFile().isEmpty() && file.open(QIODevice::ReadOnly))
            m_restriction = QString::fromUtf8(file.readAll()).trimmed();
    }
    m_wipeTimer.setSingleShot(true);
    m_qrRecheck.setSingleShot(true);
    connect(&m_qrRecheck, &QTimer::timeout, this, &WhatsAppSession::maybeReloadQr);
}

WhatsAppSession::~WhatsAppSession()
{
    if (m_job)
        m_job->abort(QStringLiteral("session_removed"));
    destroyPage();
}

bool WhatsAppSession::start()
{
    if (m_page)
        return true;
    createPage();
    return m_page != nullptr;
}

void WhatsAppSession::createPage()
{
    m_profile = m_profiles->createProfile(m_sdr.id, this);
    if (!m_profile) {
        setLastError(QStringLiteral("profile_refused"));
        setState(ConnectionState::Error);
        return;
    }
    m_probe->configureProfile(m_profile);
    QPointer<WhatsAppSession> self(this);
    m_profile->setNotificationPresenter([self](std::unique_ptr<QWebEngineNotification> notification) {
        if (!self || !notification)
            return;
        emit self->notificationReceived(notification->title(), notification->message());
        notification->show();
    });

    m_page = new WhatsAppPage(m_profile, m_whatsappUrl, this);
    m_bridge = new PageBridge(m_page);
    m_channel = new QWebChannel(m_page);
    m_channel->registerObject(QStringLiteral("sdrBridge"), m_bridge);
    m_page->setWebChannel(m_channel, QWebEngineScript::ApplicationWorld);
    m_page->scripts().insert(m_probe->observerScript());

    connect(m_bridge, &PageBridge::reported, this,
            [this](const QJsonObject& object) { applySnapshot(PageSnapshot::fromJson(object)); });
    connect(m_page, &QWebEnginePage::titleChanged, this, [this](const QString& title) {
        const int unread = PageSnapshot::unreadFromTitle(title);
        if (unread != m_unread) {
            m_unread = unread;
            emit unreadCountChanged(unread);
        }
    });
    connect(m_page, &QWebEnginePage::loadingChanged, this, [this](const QWebEngineLoadingInfo& info) {
        if (info.status() == QWebEngineLoadingInfo::LoadFailedStatus && info.errorCode() != kErrAborted)
            onLoadingChanged(true, info.errorString());
        else if (info.status() == QWebEngineLoadingInfo::LoadSucceededStatus &&
                 info.errorDomain() == QWebEngineLoadingInfo::HttpStatusCodeDomain && info.errorCode() >= 500)
            onLoadingChanged(true, QStringLiteral("HTTP %1").arg(info.errorCode()));
        else if (info.status() == QWebEngineLoadingInfo::LoadSucceededStatus)
            onLoadingChanged(false, QString());
    });
    connect(m_page, &QWebEnginePage::loadFinished, this, &WhatsAppSession::pageLoadFinished);
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this,
            [this](QWebEnginePage::RenderProcessTerminationStatus status, int exitCode) {
                onRenderProcessTerminated(int(status), exitCode);
            });
    connect(m_page, &WhatsAppPage::externalLinkRequested, this, &WhatsAppSession::externalLinkRequested);
    connect(m_page, &QWebEnginePage::newWindowRequested, this, [this](QWebEngineNewWindowRequest& request) {
        // Never a window inside the session; only web, mail and phone links leave for the system.
        if (WhatsAppPage::isOpenableExternally(request.requestedUrl()))
            emit externalLinkRequested(request.requestedUrl());
        else
            qCInfo(lcSession) << m_sdr.id << "ignored a new window for a" << request.requestedUrl().scheme()
                              << "link";
    });
    connect(m_page, &QWebEnginePage::lifecycleStateChanged, this,
            [this](QWebEnginePage::LifecycleState state) {
                emit awakeChanged(state == QWebEnginePage::LifecycleState::Active);
            });

    setState(ConnectionState::Loading);
    m_awakeSince = m_clock->now();
    m_page->load(m_whatsappUrl);
    emit pageChanged(m_page);
}

void WhatsAppSession::destroyPage()
{
    m_retryTimer.stop();
    m_crashReload.stop();
    m_refusalReload.stop();
    m_refusedRetry.stop();
    if (!m_page && !m_profile)
        return;
    if (m_page) {
        emit pageAboutToBeDeleted(m_page);
        disconnect(m_page, nullptr, this, nullptr);
        disconnect(m_bridge, nullptr, this, nullptr);
        // Pages always go before their profile.
        delete m_page;
        m_page = nullptr;
        m_bridge = nullptr;
        m_channel = nullptr;
    }
    delete m_profile;
    m_profile = nullptr;
}

QWebEnginePage* WhatsAppSession::page() const
{
    return m_page;
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

void WhatsAppSession::setSdr(const SdrRecord& sdr)
{
    m_sdr = sdr;
    if (m_state == ConnectionState::Connected || m_state == ConnectionState::WrongNumber)
        applySnapshot(m_snapshot);
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
    emit lastErrorChanged(error);
    emit detailsChanged();
}

void WhatsAppSession::setLinkedPhone(const QString& digits)
{
    if (digits == m_linkedPhone)
        return;
    m_linkedPhone = digits;
    emit linkedPhoneChanged(digits);
    emit detailsChanged();
}

void WhatsAppSession::applySnapshot(const PageSnapshot& snapshot)
{
    if (m_wiping && !m_wipeTimer.isActive())
        return;
    m_snapshot = snapshot;
    // An error page (connection refused, HTTP 5xx) carries the observer too: it says nothing.
    if (!isAwake() || m_loadFailed)
        return;
    if (snapshot.refused) {
        onRefusalPage();
        emit snapshotChanged();
        return;
    }
    const ConnectionState raw = snapshot.state();
    if (raw != ConnectionState::Loading) {
        // WhatsApp Web served its app: a later refusal gets its one reload again.
        m_refusalReloaded = false;
        m_refusedRetry.stop();
    }
    if (!snapshot.restriction.isEmpty())
        restrict(snapshot.restriction);
    else if (!snapshot.dialog.isEmpty() && isRestricted())
        restrict(snapshot.dialog); // fills in the text of a pause made before the page reported it
    // Never press Send under a dialog the app does not know: stop the send before it is pressed.
    auto* sendJob = qobject_cast<SendJob*>(m_job.data());
    // Only a dialog over the open chat counts here: before the chat shows, WhatsApp may be busy
    // opening it. pressSend.js checks again, whatever is open, right before pressing.
    const bool stopSend = !snapshot.dialog.isEmpty() && snapshot.chatOpen && snapshot.editor && sendJob &&
                          !sendJob->isDone() && !sendJob->wasPressed();
    if (stopSend)
        restrict(snapshot.dialog);
    const QString phone = PageSnapshot::phoneFromWid(snapshot.wid);
    if (raw == ConnectionState::QrRequired || raw == ConnectionState::LoggedOut)
        setLinkedPhone(QString());
    else if (!phone.isEmpty())
        setLinkedPhone(phone);

    const QString ref = snapshot.qr ? snapshot.qrRef : QString();
    if (ref != m_qrRef) {
        m_qrRef = ref;
        emit qrRefChanged(ref);
    }
    if (raw != ConnectionState::Loading)
        m_retryDelayMs = 0; // WhatsApp Web is back: the next failure starts the backoff afresh

    // A job's deep link reloads WhatsApp Web: its loading screen is not a state change.
    const bool jobReload = m_job && (raw == ConnectionState::Loading || raw == ConnectionState::Syncing) &&
                           (isLinkedState(m_state));
    if (isRestricted())
        setState(ConnectionState::Restricted);
    else if (m_state == ConnectionState::BrowserUnsupported && raw == ConnectionState::Loading)
        ; // a rare retry is loading: still refused until WhatsApp Web shows something else
    else if (!jobReload)
        setState(ConnectionTracker::effectiveState(raw, m_linkedPhone, m_sdr.expectedPhone));
    if (m_state == ConnectionState::Unreachable && snapshot.computerOffline)
        setLastError(QStringLiteral("whatsapp_unreachable"));
    maybeReloadQr();
    emit snapshotChanged();
    if (stopSend && m_job == sendJob)
        sendJob->abort(kDialogOpen); // NotAttempted: the lead goes back to the queue
}

void WhatsAppSession::onRefusalPage()
{
    if (m_refusalReload.isActive())
        return; // the reload is under way
    if (!m_refusalReloaded) {
        // A stale service worker serves this page to browsers WhatsApp accepts: unregister the
        // profile's workers, drop its HTTP cache and reload once.
        m_refusalReloaded = true;
        ++m_refusalReloads;
        qCInfo(lcSession) << m_sdr.id
                          << "WhatsApp Web shows its refusal page: clearing service workers and "
                             "reloading once";
        runProbe(QStringLiteral("unregisterServiceWorkers.js"), {}, [](const QVariant&) {});
        if (m_profile)
            m_profile->clearHttpCache();
        m_refusalReload.start(kRefusalReloadMs);
        return;
    }
    const int retrySecs = qMax(1, m_settings->intValue(SettingKeys::BrowserRefusedRetrySecs));
    if (!m_refusedRetry.isActive())
        m_refusedRetry.start(retrySecs * 1000);
    if (m_state == ConnectionState::BrowserUnsupported)
        return;
    const QString chromium =
        EngineInfo::chromiumVersionOf(m_profile ? m_profile->httpUserAgent() : QString());
    qCWarning(lcSession) << m_sdr.id << "WhatsApp Web refuses this browser engine (Chromium" << chromium
                         << "); next try in" << retrySecs << "s";
    setLastError(QStringLiteral("WhatsApp Web refuses this browser (Chromium %1): it shows \"WhatsApp works "
                                "with Google Chrome\" instead of the app")
                     .arg(chromium.isEmpty() ? QStringLiteral("?") : chromium));
    setState(ConnectionState::BrowserUnsupported);
}

QString WhatsAppSession::restrictionFile() const
{
    const QString dir = m_profiles->profileDirFor(m_sdr.id);
    return dir.isEmpty() ? QString() : dir + QStringLiteral("/restricted.txt");
}

void WhatsAppSession::restrict(const QString& text)
{
    const QString generic = tr("WhatsApp showed a dialog over the chat");
    const QString detail = text.simplified().left(300);
    // The notice that paused it stays the reason until a person resumes; only a pause whose text
    // was not read yet (Send refused under a dialog before the page reported it) gets its text.
    if (isRestricted() && (m_restriction != generic || detail.isEmpty()))
        return;
    const bool wasRestricted = isRestricted();
    m_restriction = detail.isEmpty() ? generic : detail;
    if (!wasRestricted)
        qCWarning(lcSession) << m_sdr.id << "paused: WhatsApp shows a warning or an unknown dialog";
    const QString file = restrictionFile();
    if (!file.isEmpty() && QDir().mkpath(QFileInfo(file).path())) {
        QFile out(file);
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            out.write(m_restriction.toUtf8());
    }
    emit detailsChanged();
    emit lastErrorChanged(m_restriction);
    setState(ConnectionState::Restricted);
}

void WhatsAppSession::resumeSending()
{
    touch();
    if (!isRestricted())
        return;
    qCInfo(lcSession) << m_sdr.id << "resumed by a person";
    m_restriction.clear();
    if (!restrictionFile().isEmpty())
        QFile::remove(restrictionFile());
    emit detailsChanged();
    emit lastErrorChanged(m_lastError);
    // Start WhatsApp Web afresh: the state is detected again (a warning still shown pauses again).
    setState(ConnectionState::Loading);
    if (m_page) {
        wake();
        m_page->load(m_whatsappUrl);
    } else {
        start();
    }
}

void WhatsAppSession::onLoadingChanged(bool failed, const QString& error)
{
    m_loadFailed = failed;
    if (!failed) {
        m_retryTimer.stop();
        return;
    }
    qCInfo(lcSession) << m_sdr.id << "WhatsApp Web did not load:" << error;
    setLastError(QStringLiteral("whatsapp_unreachable: ") + error);
    setState(ConnectionState::Unreachable);
    scheduleRetry();
}

void WhatsAppSession::scheduleRetry()
{
    m_retryDelayMs = m_retryDelayMs == 0 ? kFirstRetryMs : qMin(m_retryDelayMs * 2, kMaxRetryMs);
    qCInfo(lcSession) << m_sdr.id << "next try in" << m_retryDelayMs << "ms";
    m_retryTimer.start(m_retryDelayMs);
}

void WhatsAppSession::onRenderProcessTerminated(int status, int exitCode)
{
    if (!m_page || isDiscarded() || m_wiping)
        return;
    qCWarning(lcSession) << m_sdr.id << "renderer terminated (status" << status << "exit" << exitCode
                         << "): reloading";
    if (m_job)
        m_job->abort(QStringLiteral("renderer_crashed"));
    setLastError(QStringLiteral("renderer_crashed"));
    setState(ConnectionState::Error);
    m_crashReload.start(kCrashReloadMs);
}

void WhatsAppSession::maybeReloadQr()
{
    if (!m_visible || !m_snapshot.qrReload || !isAwake())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_lastQrClickMs >= 0 && now - m_lastQrClickMs < kQrClickIntervalMs) {
        // The page may not change again before the pause ends: look again then.
        if (!m_qrRecheck.isActive())
            m_qrRecheck.start(int(kQrClickIntervalMs - (now - m_lastQrClickMs)) + 10);
        return;
    }
    m_lastQrClickMs = now;
    QPointer<WhatsAppSession> self(this);
    runProbe(QStringLiteral("clickReloadQr.js"), {}, [self](const QVariant& clicked) {
        if (self && clicked.toBool()) {
            ++self->m_qrReloadClicks;
            qCInfo(lcSession) << self->m_sdr.id << "reloaded the expired QR code";
        }
    });
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
    if (visible == m_visible)
        return;
    m_visible = visible;
    emit visibleToUserChanged(visible);
    maybeReloadQr();
}

void WhatsAppSession::useHere()
{
    touch();
    runProbe(QStringLiteral("useHere.js"), {}, [](const QVariant&) {});
}

void WhatsAppSession::reloadPage()
{
    touch();
    if (!m_page) {
        start();
        return;
    }
    wake();
    m_awakeSince = m_clock->now();
    m_page->load(m_whatsappUrl);
}

void WhatsAppSession::requestWake()
{
    touch();
    wake();
}

bool WhatsAppSession::isAwake() const
{
    return m_page && m_page->lifecycleState() == QWebEnginePage::LifecycleState::Active;
}

bool WhatsAppSession::isDiscarded() const
{
    return m_page && m_page->lifecycleState() == QWebEnginePage::LifecycleState::Discarded;
}

qint64 WhatsAppSession::renderProcessPid() const
{
    return m_page ? m_page->renderProcessPid() : 0;
}

bool WhatsAppSession::hibernate()
{
    if (!m_page || isBusy() || m_visible || m_wiping || m_page->isVisible())
        return false;
    if (!isAwake())
        return true;
    m_page->setLifecycleState(QWebEnginePage::LifecycleState::Frozen);
    if (m_page->lifecycleState() != QWebEnginePage::LifecycleState::Frozen)
        return false;
    qCInfo(lcHibernation) << m_sdr.id << "frozen";
    // A person must still see why this SDR does not send.
    if (!isRestricted() && m_state != ConnectionState::BrowserUnsupported)
        setState(ConnectionState::Hibernated);
    return true;
}

bool WhatsAppSession::discard()
{
    if (!m_page || isBusy() || m_visible || m_wiping || m_page->isVisible())
        return false;
    if (isDiscarded())
        return true;
    if (isAwake() && !hibernate())
        return false;
    m_page->setLifecycleState(QWebEnginePage::LifecycleState::Discarded);
    if (!isDiscarded())
        return false;
    qCInfo(lcHibernation) << m_sdr.id << "discarded (renderer released, profile kept)";
    return true;
}

bool WhatsAppSession::restartRenderer()
{
    // Discarding ends the renderer process and everything its JavaScript heap held; a plain reload
    // would keep the process (same site) and with it much of what the heap grew to. A follow-up look
    // between two of its chats, or a verification waiting to run, counts as work too.
    if (m_followUp || m_pendingVerify || !discard())
        return false;
    qCInfo(lcSession) << m_sdr.id << "restarting its renderer (profile kept)";
    wake();
    return isAwake();
}

void WhatsAppSession::wake()
{
    touch();
    if (!m_page) {
        if (!m_wiping)
            start();
        return;
    }
    if (isAwake())
        return;
    const bool wasDiscarded = isDiscarded();
    m_page->setLifecycleState(QWebEnginePage::LifecycleState::Active);
    m_awakeSince = m_clock->now();
    qCInfo(lcHibernation) << m_sdr.id << "woken" << (wasDiscarded ? "(reloading)" : "");
    if (wasDiscarded || m_loadFailed) {
        // The discarded page's JavaScript state is gone; start WhatsApp Web afresh (never a deep
        // link). A page that froze on a load error retries now (its retry timer ran while frozen).
        setState(ConnectionState::Loading);
        m_page->load(m_whatsappUrl);
    } else {
        // Re-detect: the page reports afresh at once. What it showed before it froze is used only
        // if it stays silent (no observer), never taken as the state it is in now.
        m_page->runJavaScript(QStringLiteral("window.__sdrObserver && window.__sdrObserver.reportNow()"),
                              QWebEngineScript::ApplicationWorld);
        QTimer::singleShot(kWakeReportMs, this, [this] {
            if (m_state == ConnectionState::Hibernated && isAwake())
                applySnapshot(m_snapshot);
        });
    }
}

void WhatsAppSession::navigate(const QUrl& url)
{
    touch();
    if (m_page)
        m_page->load(url);
}

void WhatsAppSession::runProbe(const QString& script, const QJsonObject& args,
                               const std::function<void(const QVariant&)>& callback)
{
    if (!m_page || !isAwake()) {
        QTimer::singleShot(0, this, [callback] { callback(QVariant()); });
        return;
    }
    m_page->runJavaScript(m_probe->call(script, args), QWebEngineScript::ApplicationWorld, callback);
}

int WhatsAppSession::sendTimeoutMs() const
{
    return qMax(1, m_settings->intValue(SettingKeys::SendTimeoutSecs, m_sdr.id)) * 1000;
}

void WhatsAppSession::startJob(PageJob* job)
{
    m_job = job;
    touch();
    emit busyChanged(true);
    job->start();
}

void WhatsAppSession::send(const QString& requestId, const QString& phoneDigits, const QString& text)
{
    auto reject = [this, requestId](SendOutcome::Result result, const QString& error, const QString& detail) {
        SendOutcome outcome;
        outcome.result = result;
        outcome.error = error;
        outcome.detail = detail;
        QTimer::singleShot(0, this, [this, requestId, outcome] { emit sendFinished(requestId, outcome); });
    };
    if (isBusy()) {
        reject(SendOutcome::Result::NotAttempted, QStringLiteral("session_busy"),
               QStringLiteral("another request is running"));
        return;
    }
    if (!SendJob::isValidPhoneDigits(phoneDigits)) {
        reject(SendOutcome::Result::Rejected, QStringLiteral("invalid_phone"),
               QStringLiteral("a phone number needs 7 to 15 digits"));
        return;
    }
    if (text.trimmed().isEmpty()) {
        reject(SendOutcome::Result::Rejected, QStringLiteral("malformed_lead"),
               QStringLiteral("empty message"));
        return;
    }
    auto* job = new SendJob(this, phoneDigits, text, sendTimeoutMs(), m_clock, this);
    connect(job, &SendJob::finished, this, [this, job, requestId](const SendOutcome& outcome) {
        m_job = nullptr;
        job->deleteLater();
        touch();
        auto done = [this, requestId, outcome] {
            emit busyChanged(false);
            emit sendFinished(requestId, outcome);
            applySnapshot(m_snapshot); // states held back during the deep link
            runPendingVerify();
        };
        if (outcome.error != kDialogOpen || isRestricted()) {
            done();
            return;
        }
        // pressSend.js found a dialog right before pressing, before the page reported it: pause
        // with its text, then answer.
        QPointer<WhatsAppSession> self(this);
        runProbe(QStringLiteral("dialogText.js"), {}, [self, done](const QVariant& text) {
            if (!self)
                return;
            self->restrict(text.toString());
            done();
        });
    });
    startJob(job);
}

void WhatsAppSession::runJob(PageJob* job)
{
    startJob(job);
}

void WhatsAppSession::endJob(PageJob* job)
{
    if (m_job != job)
        return;
    m_job = nullptr;
    job->deleteLater();
    touch();
    emit busyChanged(false);
    applySnapshot(m_snapshot);
    runPendingVerify();
}

bool WhatsAppSession::lendPage()
{
    if (!m_page || isBusy() || m_followUp || m_wiping || !isAwake())
        return false;
    m_lent = true;
    touch();
    emit busyChanged(true);
    return true;
}

void WhatsAppSession::takePageBack()
{
    if (!m_lent)
        return;
    m_lent = false;
    touch();
    // Away from the own chat and its prefilled (never sent) probe text.
    navigate(m_whatsappUrl);
    emit busyChanged(false);
    runPendingVerify();
}

void WhatsAppSession::checkFollowUps(const QVector<WatchedLead>& leads)
{
    // Busy with a send or a look already, or nothing to look at: nothing seen this time.
    if (isBusy() || m_followUp || leads.isEmpty() || m_wiping) {
        MessageChannel::checkFollowUps({});
        return;
    }
    const int maxChatOpens = qMax(0, m_settings->intValue(SettingKeys::FollowUpChatOpens, m_sdr.id));
    auto* check = new FollowUpCheck(this, leads, m_clock, sendTimeoutMs(), maxChatOpens, this);
    m_followUp = check;
    connect(check, &FollowUpCheck::finished, this, [this, check](const QVector<FollowUpObservation>& seen) {
        check->deleteLater();
        m_followUp = nullptr;
        emit followUpsChecked(seen);
    });
    check->start();
}

void WhatsAppSession::noteTextReaderWorks()
{
    if (!m_textReaderWorks)
        qCInfo(lcSession) << m_sdr.id << "the message text reader works on this page";
    m_textReaderWorks = true;
}

void WhatsAppSession::notePress(const QString& phoneDigits, const QString& text, const QString& lastIdBefore)
{
    m_lastPress = Press{phoneDigits, text, lastIdBefore};
}

void WhatsAppSession::runPendingVerify()
{
    if (isBusy() || !m_pendingVerify)
        return;
    const PendingVerify verify = *std::exchange(m_pendingVerify, std::nullopt);
    startVerify(verify);
}

void WhatsAppSession::verifySent(const QString& requestId, const QString& phoneDigits, const QString& text,
                                 const QDateTime& since)
{
    if (!SendJob::isValidPhoneDigits(phoneDigits)) {
        QTimer::singleShot(0, this,
                           [this, requestId] { emit verifyFinished(requestId, VerifyOutcome::Unknown); });
        return;
    }
    const PendingVerify verify{requestId, phoneDigits, text, since};
    if (isBusy()) {
        // A request is still running (a send the dispatcher stopped waiting for): its outcome is
        // exactly what this verification is about. Look once it is done, never answer "unknown"
        // because of it.
        if (m_pendingVerify) {
            const QString replaced = m_pendingVerify->requestId;
            QTimer::singleShot(0, this,
                               [this, replaced] { emit verifyFinished(replaced, VerifyOutcome::Unknown); });
        }
        qCInfo(lcSession) << m_sdr.id << "verification waits for the running request";
        m_pendingVerify = verify;
        return;
    }
    startVerify(verify);
}

void WhatsAppSession::startVerify(const PendingVerify& verify)
{
    // The bubble position is known for the last press of this session (same chat, same text).
    const QString afterId = m_lastPress.phone == verify.phone && m_lastPress.text == verify.text
                                ? m_lastPress.lastIdBefore
                                : QString();
    auto* job = new VerifyJob(this, verify.phone, verify.text, verify.since, afterId, sendTimeoutMs(), this);
    const QString requestId = verify.requestId;
    connect(job, &VerifyJob::finished, this, [this, job, requestId](VerifyOutcome outcome) {
        m_job = nullptr;
        job->deleteLater();
        touch();
        emit busyChanged(false);
        emit verifyFinished(requestId, outcome);
        applySnapshot(m_snapshot);
        runPendingVerify();
    });
    startJob(job);
}

void WhatsAppSession::disconnectAndWipe(bool restart)
{
    if (m_wiping)
        return;
    m_wiping = true;
    m_logoutConfirmed = false;
    m_wipeWasLinked = isLinkedState(m_state) || needsPersonWithDetail(m_state) || !m_linkedPhone.isEmpty();
    if (m_job)
        m_job->abort(QStringLiteral("session_logged_out"));
    if (m_page && isAwake() && isLinkedState(m_state)) {
        // Best effort: log out in the page so the phone's Linked devices list drops this browser.
        qCInfo(lcSession) << m_sdr.id << "logging out of WhatsApp Web";
        runProbe(QStringLiteral("logout.js"), {}, [](const QVariant&) {});
        m_wipeTimer.disconnect(this);
        connect(&m_wipeTimer, &QTimer::timeout, this, [this, restart] { finishWipe(restart); });
        connect(this, &WhatsAppSession::stateChanged, &m_wipeTimer, [this, restart](ConnectionState state) {
            if (state == ConnectionState::LoggedOut)
                m_logoutConfirmed = true; // post_logout: WhatsApp itself logged this device out
            if (m_wipeTimer.isActive() &&
                (state == ConnectionState::QrRequired || state == ConnectionState::LoggedOut)) {
                m_wipeTimer.stop();
                finishWipe(restart);
            }
        });
        m_wipeTimer.start(kLogoutWaitMs);
        return;
    }
    QTimer::singleShot(0, this, [this, restart] { finishWipe(restart); });
}

void WhatsAppSession::finishWipe(bool restart)
{
    m_wipeTimer.stop();
    disconnect(this, &WhatsAppSession::stateChanged, &m_wipeTimer, nullptr);
    destroyPage();
    setLinkedPhone(QString());
    if (!m_qrRef.isEmpty()) {
        m_qrRef.clear();
        emit qrRefChanged(QString());
    }
    m_snapshot = PageSnapshot();
    setState(ConnectionState::LoggedOut);
    // Chromium closes the profile's files on its own threads a moment after the profile object is
    // gone and may still flush one: remove now, then look again until nothing is left.
    m_profiles->wipe(m_sdr.id);
    wipeAgain(restart, kWipeAttempts);
}

void WhatsAppSession::wipeAgain(bool restart, int attemptsLeft)
{
    QTimer::singleShot(kWipeRetryMs, this, [this, restart, attemptsLeft] {
        const bool ok = m_profiles->wipe(m_sdr.id) && !QFileInfo::exists(m_profiles->profileDirFor(m_sdr.id));
        if (!ok && attemptsLeft > 1) {
            wipeAgain(restart, attemptsLeft - 1);
            return;
        }
        m_wiping = false;
        if (!ok)
            setLastError(QStringLiteral("wipe_failed"));
        else if (!m_logoutConfirmed && m_wipeWasLinked)
            setLastError(
                QStringLiteral("logout_unconfirmed: WhatsApp did not confirm the logout; remove this "
                               "device on the phone (WhatsApp > Linked devices)"));
        if (restart)
            start();
        emit wiped(ok);
    });
}
