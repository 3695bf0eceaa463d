#include "SenderEngine.h"

#include "ActivityLog.h"
#include "ChannelProvider.h"
#include "ConnectionStatusRepository.h"
#include "ContactPolicy.h"
#include "CrmClient.h"
#include "Dispatcher.h"
#include "FollowUpScheduler.h"
#include "FollowUpTracker.h"
#include "HttpQueueSource.h"
#include "LeadEventReporter.h"
#include "LocalQueueSource.h"
#include "Logging.h"
#include "Outbox.h"
#include "Pacer.h"
#include "QueueChangeFeed.h"
#include "QueuePoller.h"
#include "ResultReporter.h"
#include "Router.h"
#include "SdrClaims.h"
#include "SdrDirectory.h"
#include "Settings.h"
#include "StatusReporter.h"
#include "SuppressionList.h"
#include "UnansweredBudget.h"

#include <QRandomGenerator>

SenderEngine::SenderEngine(Store* store, Settings* settings, const Clock* clock, CrmClient* crm,
                           ChannelProvider* channels, SdrRepository* sdrs, ActivityLog* activity,
                           ConnectionStatusRepository* statuses, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(settings)
    , m_clock(clock)
    , m_crm(crm)
    , m_channels(channels)
    , m_sdrs(sdrs)
    , m_activity(activity)
    , m_statuses(statuses ? statuses : new ConnectionStatusRepository(store, this))
    , m_random(std::make_unique<QRandomGenerator>(QRandomGenerator::securelySeeded()))
    , m_outbox(new Outbox(store, clock, this))
    , m_pacer(new Pacer(settings, clock, m_outbox, m_statuses, m_random.get(), this))
    , m_router(new Router(m_outbox, activity, this))
    , m_source(crm ? static_cast<QueueSource*>(new HttpQueueSource(crm, this))
                   : static_cast<QueueSource*>(new LocalQueueSource(store, this)))
    , m_directory(new SdrDirectory(sdrs, crm, clock, activity, this))
    , m_results(new ResultReporter(m_outbox, crm, clock, activity, m_random.get(), this))
    , m_suppression(new SuppressionList(store, clock, activity, this))
    , m_followUps(new FollowUpTracker(store, settings, clock, m_suppression, activity, this))
    , m_leadEvents(
          new LeadEventReporter(m_followUps->repository(), crm, clock, activity, m_random.get(), this))
    , m_followUpScheduler(new FollowUpScheduler(channels, settings, clock, followUpHooks(), this))
    , m_budget(std::make_unique<UnansweredBudget>(m_followUps->repository(), settings, clock))
    , m_policy(std::make_unique<ContactPolicy>(m_suppression, m_outbox, m_budget.get(), settings, clock))
{
    connect(m_followUps, &FollowUpTracker::eventsQueued, m_leadEvents, &LeadEventReporter::kick);
    m_budget->follow(m_outbox, m_followUps); // kept counts: no query per dispatcher check (issue 13)
    // A reply lowers the SDR's unanswered count: a budget pause may be over. (New leads and channel
    // changes reach each Dispatcher directly, from the outbox and the channel provider.)
    connect(m_followUps, &FollowUpTracker::replied, this, [this](const QString& sdrId) {
        if (Dispatcher* dispatcher = this->dispatcher(sdrId))
            dispatcher->wake();
    });
    connect(m_settings, &Settings::changed, this, [this](const QString& key, const QString&) {
        if (key == SettingKeys::UnansweredBudget || key == SettingKeys::RecentContactDays)
            wakeAll();
    });
    if (m_crm) {
        m_statusReporter = new StatusReporter(m_statuses, m_crm, clock, m_random.get(), this);
        m_httpSource = static_cast<HttpQueueSource*>(m_source);
        m_claims = new SdrClaims(m_crm, clock, m_random.get(), this);
        m_feed = new QueueChangeFeed(m_crm, clock, m_random.get(), this);
        connect(m_feed, &QueueChangeFeed::queuesChanged, this, &SenderEngine::onQueuesChanged);
        connect(m_feed, &QueueChangeFeed::coverageChanged, this, [this] {
            for (auto it = m_workers.cbegin(); it != m_workers.cend(); ++it)
                it->poller->setSafetyNet(m_feed->covers(it.key()));
        });
        connect(m_feed, &QueueChangeFeed::unavailable, this, [this] {
            if (m_activity)
                m_activity->add(QString(), QStringLiteral("config"),
                                tr("The CRM offers no queue-changes feed: queues are polled on the timer."));
        });
        connect(m_directory, &SdrDirectory::refreshed, this, [this](bool ok) {
            if (ok)
                updateFeed();
        });
        connect(m_claims, &SdrClaims::claimChanged, this, &SenderEngine::onClaimChanged);
        connect(m_claims, &SdrClaims::hostedElsewhere, this,
                [this](const QString& sdrId, const QString& host, const QDateTime&) {
                    if (m_activity)
                        m_activity->add(sdrId, QStringLiteral("state"),
                                        tr("Hosted on %1: another SDR Sender serves this SDR; this one does "
                                           "not poll or send for it.")
                                            .arg(host));
                    emit sdrHostedElsewhere(sdrId, host);
                });
    }

    // The SDR list follows the queue cadence (bounded), and is read at once when a queue names an
    // SDR this app does not serve: a new or re-activated SDR gets its session within one poll.
    m_directory->setSettings(settings);
    connect(m_router, &Router::otherSdrNamed, m_directory, &SdrDirectory::noteSdrId);
    connect(m_directory, &SdrDirectory::sdrActivated, this, &SenderEngine::startSdr);
    connect(m_directory, &SdrDirectory::sdrDeactivated, this, [this](const QString& sdrId) {
        stopSdr(sdrId);
        // Deactivated or removed while the app runs (not a shutdown): its unsent leads are not its to
        // send any more. Cancelled, they are taken over by whichever SDR's queue returns them.
        if (m_running) {
            const int cancelled =
                m_outbox->cancelQueued(sdrId, QStringLiteral("the SDR was deactivated or removed"));
            if (cancelled > 0 && m_activity)
                m_activity->add(sdrId, QStringLiteral("queue"),
                                tr("%n unsent lead(s) of this SDR cancelled: it is no longer active.",
                                   nullptr, cancelled));
        }
    });
    connect(m_outbox, &Outbox::entryChanged, this, [this](const QString&, const QString&, OutboxState state) {
        if (state == OutboxState::Sent || state == OutboxState::Failed)
            m_results->kick();
    });
    connect(m_pacer, &Pacer::nextSendChanged, this, [this](const QString& sdrId, const QDateTime& at) {
        m_nextSend.insert(sdrId, at);
        emit nextSendChanged(sdrId, at);
    });
    if (m_crm) {
        connect(m_crm, &CrmClient::unauthorized, this, &SenderEngine::suspend);
        connect(m_crm, &CrmClient::tokenChanged, this, &SenderEngine::resume);
        connect(m_crm, &CrmClient::tlsError, this, [this](const QString& host, const QString& errors) {
            if (m_activity)
                m_activity->add(
                    QString(), QStringLiteral("error"),
                    tr("TLS error talking to %1: %2. The connection was refused.").arg(host, errors));
            emit tlsError(host, errors);
        });
    }
}

void SenderEngine::setSenderIdentity(const QString& senderId, const QString& host)
{
    m_senderId = senderId;
    if (m_claims)
        m_claims->setIdentity(senderId, host);
    if (m_statusReporter)
        m_statusReporter->setSenderId(senderId);
}

void SenderEngine::setClaimTtlSecs(int secs)
{
    if (m_claims)
        m_claims->setTtlSecs(secs);
}

bool SenderEngine::canServe(const QString& sdrId) const
{
    return !m_claimsEnabled || (m_claims && m_claims->holds(sdrId));
}

bool SenderEngine::isV11(const QString& apiVersion)
{
    return !apiVersion.isEmpty() && apiVersion != QLatin1String("1") && apiVersion != QLatin1String("1.0");
}

void SenderEngine::updateFeed()
{
    if (!m_feed)
        return;
    const QString version = m_directory->apiVersion();
    if (!m_running || m_suspended || !isV11(version)) {
        m_feed->stop();
        return;
    }
    updateFeedSdrs();
    // A CRM that newly announces v1.1 is asked for the feed again even when it answered 404 before;
    // otherwise a missing feed is asked for again on its own (rarely) timer.
    if (!m_feed->isRunning() || (m_feed->isMissing() && version != m_feedVersion))
        m_feed->start();
    m_feedVersion = version;
}

void SenderEngine::updateFeedSdrs()
{
    if (!m_feed)
        return;
    QStringList ids;
    for (auto it = m_workers.cbegin(); it != m_workers.cend(); ++it) {
        if (it->poller->isRunning())
            ids << it.key();
    }
    m_feed->setSdrIds(ids);
    for (auto it = m_workers.cbegin(); it != m_workers.cend(); ++it)
        it->poller->setSafetyNet(m_feed->covers(it.key()));
}

void SenderEngine::onQueuesChanged(const QStringList& sdrIds)
{
    for (const QString& id : sdrIds) {
        QueuePoller* poller = this->poller(id);
        if (poller && poller->isRunning())
            poller->pollNow();
        else if (!poller)
            m_directory->noteSdrId(id); // not served here: perhaps new in the CRM
    }
}

void SenderEngine::decideClaims()
{
    // Decided once, from the first SDR list: a v1.1 CRM says so (api_version).
    if (m_claimsDecided || !m_crm)
        return;
    m_claimsDecided = true;
    const QString version = m_directory->apiVersion();
    m_claimsEnabled = isV11(version) && !m_senderId.isEmpty();
    if (m_claimsEnabled) {
        m_httpSource->setSenderId(m_senderId);
        qCInfo(lcQueue) << "CRM speaks Sender API" << version << ": every SDR is claimed before it is served";
    } else if (m_activity) {
        m_activity->add(QString(), QStringLiteral("config"),
                        tr("The CRM does not support claims (Sender API v1): this SDR Sender assumes it is "
                           "the only one serving these SDRs."));
    }
}

void SenderEngine::onClaimChanged(const QString& sdrId, bool held)
{
    const Worker worker = m_workers.value(sdrId);
    if (!worker.poller)
        return;
    if (held) {
        if (m_activity)
            m_activity->add(sdrId, QStringLiteral("state"),
                            tr("This SDR Sender now serves this SDR (claim held)."));
        m_releaseWhenIdle.remove(sdrId);
        ensureChannel(sdrId); // first served here now (or again): the session starts
        if (!m_suspended) {
            worker.dispatcher->setPaused(!mayDispatch(sdrId));
            worker.poller->start(0);
        }
        updateFeedSdrs();
    } else {
        // Lost (not renewed in time, or taken): stop at once; a send already pressed finishes.
        worker.poller->stop();
        worker.dispatcher->setPaused(true);
        updateFeedSdrs();
        if (m_activity)
            m_activity->add(sdrId, QStringLiteral("state"),
                            tr("This SDR Sender no longer holds the claim of this SDR: polling and "
                               "sending stopped."));
        // Another instance may hold it now: two sessions of one WhatsApp account must not run. The
        // send under way (if any) finishes in this session first, then it goes.
        if (worker.dispatcher->isBusy())
            m_releaseWhenIdle.insert(sdrId);
        else
            releaseLostChannel(sdrId);
    }
}

void SenderEngine::releaseLostChannel(const QString& sdrId)
{
    m_releaseWhenIdle.remove(sdrId);
    if (m_channels && m_workers.contains(sdrId) && !canServe(sdrId))
        m_channels->releaseChannel(sdrId);
}

void SenderEngine::shutdown(int timeoutMs)
{
    if (m_running) {
        // The goodbyes below run the event loop: nothing new is polled or sent meanwhile.
        m_shuttingDown = true;
        for (const Worker& worker : std::as_const(m_workers)) {
            worker.poller->stop();
            worker.dispatcher->setPaused(true);
        }
        if (m_feed)
            m_feed->stop();
        m_results->setPaused(true);
        m_leadEvents->setPaused(true);
        if (m_statusReporter)
            m_statusReporter->goOffline(timeoutMs);
        if (m_claims)
            m_claims->releaseAll(timeoutMs);
    }
    stop();
    m_shuttingDown = false;
}

SenderEngine::~SenderEngine()
{
    // Workers first: they refer to the outbox and the pacer.
    const QStringList ids = m_workers.keys();
    for (const QString& id : ids)
        stopSdr(id);
}

void SenderEngine::setRandomSeed(quint32 seed)
{
    m_random->seed(seed);
}

void SenderEngine::start()
{
    if (m_running)
        return;
    m_running = true;
    qCInfo(lcQueue) << "sender engine starts" << (m_crm ? "with the CRM" : "without a CRM (local leads)");
    m_results->start();
    m_leadEvents->start();
    m_followUpScheduler->start();
    if (m_statusReporter)
        m_statusReporter->start();
    if (!m_budgetCounted) {
        // Every SDR's unanswered count in one read off this thread before any dispatcher asks: 20
        // counts one after the other held the UI thread for seconds at start (issue 13). Queues
        // are polled and leads routed meanwhile; sending starts when the counts are in.
        m_budget->prime(m_store, [this] {
            m_budgetCounted = true;
            if (!m_running)
                return;
            for (auto it = m_workers.cbegin(); it != m_workers.cend(); ++it)
                it->dispatcher->setPaused(!mayDispatch(it.key()));
        });
    }
    m_directory->start();
}

bool SenderEngine::mayDispatch(const QString& sdrId) const
{
    return m_budgetCounted && !m_shuttingDown && !m_suspended && canServe(sdrId);
}

void SenderEngine::stop()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_feed)
        m_feed->stop();
    m_directory->stop(); // stops every SDR through sdrDeactivated
    const QStringList ids = m_workers.keys();
    for (const QString& id : ids)
        stopSdr(id);
    m_results->stop();
    m_leadEvents->stop();
    m_followUpScheduler->stop();
    if (m_statusReporter)
        m_statusReporter->stop();
}

QStringList SenderEngine::servedSdrs() const
{
    QStringList ids = m_workers.keys();
    ids.sort();
    return ids;
}

QueuePoller* SenderEngine::poller(const QString& sdrId) const
{
    return m_workers.value(sdrId).poller;
}

Dispatcher* SenderEngine::dispatcher(const QString& sdrId) const
{
    return m_workers.value(sdrId).dispatcher;
}

QDateTime SenderEngine::nextSendAt(const QString& sdrId) const
{
    return m_nextSend.value(sdrId);
}

void SenderEngine::startSdr(const SdrRecord& sdr)
{
    if (m_workers.contains(sdr.id))
        return;
    Worker worker;
    worker.poller = new QueuePoller(sdr.id, m_source, m_router, m_settings, m_clock, m_random.get(), this);
    worker.dispatcher = new Dispatcher(sdr.id, m_outbox, m_pacer, m_channels, m_settings, m_clock, m_activity,
                                       m_random.get(), this);
    connect(worker.poller, &QueuePoller::claimLost, this, [this](const QString& sdrId) {
        if (m_claims && m_claimsEnabled)
            m_claims->lost(sdrId);
    });
    connect(worker.poller, &QueuePoller::unauthorized, this, [this, id = sdr.id] {
        // Only the client knows whether the 401 answered the current token: a poll refused with an
        // older one (or a "suspended" answer queued before a new token came) is polled again.
        if (m_crm && m_crm->isSuspended()) {
            suspend();
        } else if (QueuePoller* poller = this->poller(id);
                   poller && !m_suspended && m_running && canServe(id)) {
            qCInfo(lcQueue) << id << "poll refused with an outdated token; polling again";
            poller->start(0);
        }
    });
    connect(worker.dispatcher, &Dispatcher::leadSent, this, &SenderEngine::leadSent);
    connect(worker.dispatcher, &Dispatcher::leadFailed, this, &SenderEngine::leadFailed);
    connect(worker.dispatcher, &Dispatcher::leadUncertain, this, &SenderEngine::leadUncertain);
    connect(worker.dispatcher, &Dispatcher::leadHeld, this, &SenderEngine::leadHeld);
    connect(worker.dispatcher, &Dispatcher::budgetPauseChanged, this, &SenderEngine::budgetPauseChanged);
    connect(worker.dispatcher, &Dispatcher::idle, this, [this](const QString& sdrId) {
        if (m_releaseWhenIdle.contains(sdrId))
            releaseLostChannel(sdrId);
    });
    worker.dispatcher->setContactPolicy(m_policy.get());
    connect(worker.dispatcher, &Dispatcher::storeError, this,
            [this](const QString& sdrId, const QString& message) { emit storeError(sdrId, message); });
    m_workers.insert(sdr.id, worker);
    m_records.insert(sdr.id, sdr);

    // Stagger the first polls over half an interval so many SDRs do not hit the CRM together.
    const qint64 base = qint64(m_settings->intValue(SettingKeys::PollIntervalSecs, sdr.id)) * 1000;
    const qint64 initialDelay = qint64(m_random->bounded(double(base / 2 + 1)));
    decideClaims();
    // Against a v1.1 CRM nothing is polled or sent before the claim is held (onClaimChanged).
    const bool serve = canServe(sdr.id);
    worker.dispatcher->setPaused(!mayDispatch(sdr.id));
    worker.dispatcher->start(); // leads already queued (or left in sending) need no poll
    // An SDR another instance may host gets no session before its claim is held here: two sessions
    // of one WhatsApp account would fight over it.
    if (serve)
        ensureChannel(sdr.id);
    if (!m_suspended && serve)
        worker.poller->start(initialDelay);
    if (m_claimsEnabled)
        m_claims->keep(sdr.id);
    updateFeedSdrs();
    qCInfo(lcQueue) << "serving SDR" << sdr.id << "first poll in" << initialDelay << "ms";
    emit sdrStarted(sdr);
}

void SenderEngine::stopSdr(const QString& sdrId)
{
    const Worker worker = m_workers.take(sdrId);
    if (!worker.poller)
        return;
    m_releaseWhenIdle.remove(sdrId);
    worker.poller->stop();
    worker.dispatcher->stop();
    delete worker.poller;
    delete worker.dispatcher;
    m_records.remove(sdrId);
    // Not served any more: its session stops; its profile stays on disk.
    if (m_channels)
        m_channels->releaseChannel(sdrId);
    updateFeedSdrs();
    if (m_claims)
        m_claims->release(sdrId); // not served here any more: another instance may take it
    m_pacer->forget(sdrId);
    m_nextSend.remove(sdrId);
    qCInfo(lcQueue) << "stopped serving SDR" << sdrId;
    emit sdrStopped(sdrId);
}

void SenderEngine::suspend()
{
    if (m_suspended)
        return;
    m_suspended = true;
    // The contract: stop polling for every SDR and keep every unsent lead unsent.
    for (const Worker& worker : std::as_const(m_workers)) {
        worker.poller->stop();
        worker.dispatcher->setPaused(true);
    }
    if (m_feed)
        m_feed->stop();
    m_results->setPaused(true);
    m_leadEvents->setPaused(true);
    if (m_statusReporter)
        m_statusReporter->setPaused(true);
    if (m_activity)
        m_activity->add(
            QString(), QStringLiteral("error"),
            tr("The CRM refused the token. Polling and sending are stopped until you sign in again."));
    emit unauthorized();
}

void SenderEngine::resume()
{
    if (!m_suspended || !m_running)
        return;
    m_suspended = false;
    qCInfo(lcQueue) << "token changed: resuming";
    for (auto it = m_workers.cbegin(); it != m_workers.cend(); ++it) {
        if (!canServe(it.key()))
            continue; // waits for its claim
        it->dispatcher->setPaused(!mayDispatch(it.key()));
        it->poller->start(0);
    }
    m_results->setPaused(false);
    m_leadEvents->setPaused(false);
    if (m_statusReporter)
        m_statusReporter->setPaused(false);
    updateFeed();
    m_directory->refresh();
}

void SenderEngine::ensureChannel(const QString& sdrId)
{
    if (!m_channels || !m_records.contains(sdrId))
        return;
    if (m_channels->ensureChannel(m_records.value(sdrId)))
        return;
    if (m_activity)
        m_activity->add(sdrId, QStringLiteral("error"),
                        tr("This SDR id cannot be used as a session name; it has no WhatsApp session."));
}

void SenderEngine::pollNow(const QString& sdrId)
{
    for (auto it = m_workers.cbegin(); it != m_workers.cend(); ++it) {
        if (sdrId.isEmpty() || it.key() == sdrId)
            it->poller->pollNow();
    }
}

bool SenderEngine::noteDecision(bool ok, const QString& leadId, const QString& kind, const QString& text)
{
    // A person's decision on a lead goes to the activity log under the lead's SDR.
    if (ok && m_activity) {
        const auto entry = m_outbox->find(leadId);
        m_activity->add(entry ? entry->sdrId : QString(), kind, text);
    }
    return ok;
}

bool SenderEngine::resendUncertain(const QString& leadId)
{
    return noteDecision(
        m_outbox->resendUncertain(leadId), leadId, QStringLiteral("queue"),
        tr("Lead %1: a person asked to send it again; its chat is checked first.").arg(leadId));
}

bool SenderEngine::dropUncertain(const QString& leadId)
{
    return noteDecision(m_outbox->dropUncertain(leadId), leadId, QStringLiteral("fail"),
                        tr("Lead %1 dropped by a person (reported as send_timeout).").arg(leadId));
}

void SenderEngine::wakeAll()
{
    for (const Worker& worker : std::as_const(m_workers))
        worker.dispatcher->wake();
}

bool SenderEngine::sendHeldAnyway(const QString& leadId)
{
    return noteDecision(
        m_outbox->sendHeldAnyway(leadId), leadId, QStringLiteral("queue"),
        tr("Lead %1: a person chose to send it although its phone was contacted recently.").arg(leadId));
}

bool SenderEngine::dropHeld(const QString& leadId)
{
    return noteDecision(m_outbox->dropHeld(leadId), leadId, QStringLiteral("fail"),
                        tr("Lead %1 dropped by a person (reported as recently_contacted).").arg(leadId));
}

FollowUpScheduler::Hooks SenderEngine::followUpHooks()
{
    FollowUpScheduler::Hooks hooks;
    // Only SDRs served here: another instance (or nobody) looks at the others' chats.
    hooks.watchedSdrs = [this] {
        QStringList sdrs;
        for (const QString& sdrId : m_followUps->watchedSdrs()) {
            if (m_workers.contains(sdrId) && canServe(sdrId))
                sdrs << sdrId;
        }
        return sdrs;
    };
    hooks.watched = [this](const QString& sdrId) {
        return m_followUps->watchedLeads(sdrId);
    };
    hooks.hasWorkToSend = [this](const QString& sdrId) {
        return m_outbox->count(OutboxState::Queued, sdrId) > 0 ||
               m_outbox->count(OutboxState::Sending, sdrId) > 0;
    };
    hooks.workingTime = [this](const QString& sdrId, const QDateTime& at) {
        return m_pacer->isWorkingTime(sdrId, at);
    };
    hooks.record = [this](const QString& sdrId, const FollowUpObservation& observation) {
        m_followUps->record(sdrId, observation);
    };
    return hooks;
}
