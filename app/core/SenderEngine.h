#pragma once

#include "FollowUpScheduler.h"
#include "SdrRecord.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <memory>

class ActivityLog;
class ChannelProvider;
class Clock;
class ConnectionStatusRepository;
class ContactPolicy;
class CrmClient;
class Dispatcher;
class FollowUpTracker;
class LeadEventReporter;
class Outbox;
class Pacer;
class QRandomGenerator;
class QueueChangeFeed;
class QueuePoller;
class QueueSource;
class ResultReporter;
class Router;
class SdrClaims;
class HttpQueueSource;
class SdrDirectory;
class SdrRepository;
class Settings;
class Store;
class StatusReporter;
class SuppressionList;
class UnansweredBudget;

// The sending machinery of the core in one object, built by the composition root:
//   SdrDirectory (which SDRs) -> per active SDR a QueuePoller + a Dispatcher, and its channel
//   (ChannelProvider::ensureChannel once it may be served here, releaseChannel when it stops or
//   its claim is lost, in that case once a send already under way has finished)
//   QueueSource (CRM or local) -> Router -> Outbox -> Pacer/Dispatcher -> MessageChannel
//   Outbox -> ResultReporter -> CRM;  ConnectionStatusRepository -> StatusReporter -> CRM.
// Against a CRM that announces Sender API v1.1, one QueueChangeFeed (§2b) watches the queues of all
// polled SDRs and has them fetched as soon as they change; their timer polls are then a slow safety
// net, and the normal cadence whenever the feed is missing or failing.
// With crm == nullptr it runs the CRM-less mode (local SDRs, CSV-imported leads, results recorded
// locally). A 401 from the CRM pauses polling, sending and reporting everywhere until
// CrmClient::setToken() is called again.
class SenderEngine : public QObject
{
    Q_OBJECT
public:
    SenderEngine(Store* store, Settings* settings, const Clock* clock, CrmClient* crm,
                 ChannelProvider* channels, SdrRepository* sdrs, ActivityLog* activity,
                 ConnectionStatusRepository* statuses = nullptr, QObject* parent = nullptr);
    ~SenderEngine() override;

    // Reseeds the generator behind pacing gaps, jitter and backoff (tests make runs repeatable).
    void setRandomSeed(quint32 seed);

    void start();
    void stop();
    // Clean shutdown against the CRM: every SDR's status with sender_online false, every claim
    // released (waits for the answers, at most timeoutMs each), then stop().
    void shutdown(int timeoutMs = 3000);
    // Contract v1.1: this app instance (sender_id, kept per data directory) and its host name.
    void setSenderIdentity(const QString& senderId, const QString& host);
    // Against a v1.1 CRM every served SDR is claimed first (§5); the claim's ttl (tests shorten it).
    void setClaimTtlSecs(int secs);
    bool claimsEnabled() const { return m_claimsEnabled; }
    SdrClaims* claims() const { return m_claims; }
    // Polling and sending for the SDR are allowed (no claims needed, or the claim is held).
    bool canServe(const QString& sdrId) const;
    bool isRunning() const { return m_running; }
    bool isSuspended() const { return m_suspended; }

    Outbox* outbox() const { return m_outbox; }
    Pacer* pacer() const { return m_pacer; }
    Router* router() const { return m_router; }
    SdrDirectory* directory() const { return m_directory; }
    ResultReporter* resultReporter() const { return m_results; }
    StatusReporter* statusReporter() const { return m_statusReporter; }
    // nullptr without a CRM.
    QueueChangeFeed* changeFeed() const { return m_feed; }
    // Issue 12: what happened after the send, and what protects every SDR's number. The sessions
    // layer reports what it sees in chats to followUps(); the UI edits suppressionList() and shows
    // budget() figures.
    FollowUpTracker* followUps() const { return m_followUps; }
    // Looks at served SDRs' chats now and then (sessions answer MessageChannel::checkFollowUps) and
    // hands what was seen to followUps().
    FollowUpScheduler* followUpScheduler() const { return m_followUpScheduler; }
    LeadEventReporter* leadEventReporter() const { return m_leadEvents; }
    SuppressionList* suppressionList() const { return m_suppression; }
    UnansweredBudget* budget() const { return m_budget.get(); }
    ContactPolicy* contactPolicy() const { return m_policy.get(); }
    QStringList servedSdrs() const;
    QueuePoller* poller(const QString& sdrId) const;
    Dispatcher* dispatcher(const QString& sdrId) const;
    QDateTime nextSendAt(const QString& sdrId) const;

public slots:
    // Poll now (all served SDRs when sdrId is empty).
    void pollNow(const QString& sdrId = {});
    // A person's decision on an uncertain lead.
    bool resendUncertain(const QString& leadId);
    bool dropUncertain(const QString& leadId);
    // A person's decision on a lead held because another SDR contacted its phone recently.
    bool sendHeldAnyway(const QString& leadId);
    bool dropHeld(const QString& leadId);

signals:
    // Served here now / no more. The engine has already asked the ChannelProvider for the SDR's
    // channel (when it may serve it) or released it; these are for whoever shows it.
    void sdrStarted(const SdrRecord& sdr);
    void sdrStopped(const QString& sdrId);
    // 401: polling stopped everywhere; ask the user to sign in again.
    void unauthorized();
    void tlsError(const QString& host, const QString& errors);
    void nextSendChanged(const QString& sdrId, const QDateTime& at);
    void leadSent(const QString& sdrId, const QString& leadId);
    void leadFailed(const QString& sdrId, const QString& leadId, const QString& error);
    void leadUncertain(const QString& sdrId, const QString& leadId);
    void leadHeld(const QString& sdrId, const QString& leadId);
    // The SDR's unanswered budget is used up (paused) or allows sending again.
    void budgetPauseChanged(const QString& sdrId, bool paused);
    // The outbox could not be written for an SDR (disk full, read-only): shown to a person, since the
    // activity log lives in the same store.
    void storeError(const QString& sdrId, const QString& message);
    // Another app instance serves the SDR (contract §5): not polled nor sent from here.
    void sdrHostedElsewhere(const QString& sdrId, const QString& host);

private:
    bool noteDecision(bool ok, const QString& leadId, const QString& kind, const QString& text);
    struct Worker
    {
        QueuePoller* poller = nullptr;
        Dispatcher* dispatcher = nullptr;
    };
    void startSdr(const SdrRecord& sdr);
    // Its dispatcher may send: the budget's counts are in, nothing is suspended, the claim is held.
    bool mayDispatch(const QString& sdrId) const;
    // The served SDR gets its channel (session) from the provider, with its latest record.
    void ensureChannel(const QString& sdrId);
    void stopSdr(const QString& sdrId);
    void suspend();
    void resume();
    void onClaimChanged(const QString& sdrId, bool held);
    // The claim is lost: the SDR's session goes as soon as its dispatcher is not using it.
    void releaseLostChannel(const QString& sdrId);
    void decideClaims();
    // Runs the changes feed while the CRM announces v1.1 and nothing is suspended.
    void updateFeed();
    // The feed watches exactly the SDRs whose queues are polled here.
    void updateFeedSdrs();
    void onQueuesChanged(const QStringList& sdrIds);
    static bool isV11(const QString& apiVersion);
    void wakeAll();
    FollowUpScheduler::Hooks followUpHooks();

    Store* m_store;
    Settings* m_settings;
    const Clock* m_clock;
    CrmClient* m_crm;
    ChannelProvider* m_channels;
    SdrRepository* m_sdrs;
    ActivityLog* m_activity;
    ConnectionStatusRepository* m_statuses;
    std::unique_ptr<QRandomGenerator> m_random;
    Outbox* m_outbox;
    Pacer* m_pacer;
    Router* m_router;
    QueueSource* m_source;
    SdrDirectory* m_directory;
    ResultReporter* m_results;
    SuppressionList* m_suppression;
    FollowUpTracker* m_followUps;
    LeadEventReporter* m_leadEvents;
    FollowUpScheduler* m_followUpScheduler;
    std::unique_ptr<UnansweredBudget> m_budget;
    std::unique_ptr<ContactPolicy> m_policy;
    StatusReporter* m_statusReporter = nullptr;
    QHash<QString, Worker> m_workers;
    QHash<QString, SdrRecord> m_records; // of the SDRs in m_workers
    QHash<QString, QDateTime> m_nextSend;
    bool m_running = false;
    bool m_suspended = false;
    bool m_shuttingDown = false;
    bool m_budgetCounted = false; // UnansweredBudget::prime has answered
    SdrClaims* m_claims = nullptr;
    QueueChangeFeed* m_feed = nullptr;
    QString m_feedVersion; // the api_version the feed was last started or stopped for
    HttpQueueSource* m_httpSource = nullptr;
    QString m_senderId;
    bool m_claimsEnabled = false;
    bool m_claimsDecided = false;
    QSet<QString> m_releaseWhenIdle; // claim lost during a send: release the channel after it
};
