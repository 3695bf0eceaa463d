// Contract §2b (issue 13, item 5): leads are fetched when they arrive. The simulated CRM keeps the
// changes feed honestly (cursor, long-poll answered by a change or after `wait`), and the app keeps
// one long-poll open for all its SDRs, fetches a queue as soon as it changed, and falls back to its
// timer polls when the feed is missing or failing. The whole core engine against the fake CRM over
// real HTTP on 127.0.0.1, with real SQLite.
#include "EngineTestEnv.h"
#include "Outbox.h"
#include "QueueChangeFeed.h"
#include "QueuePoller.h"
#include "ResultReporter.h"
#include "SdrDirectory.h"
#include "TryInEventLoop.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

#include <algorithm>
#include <functional>
#include <optional>

namespace {
using Endpoint = FakeCrm::Endpoint;

// One answer of the feed, as a client sees it.
struct FeedAnswer
{
    CrmResponse response;
    qint64 tookMs = -1;
    QString cursor() const { return response.json.object().value("cursor").toString(); }
    QStringList sdrIds() const
    {
        QStringList ids;
        for (const QJsonValue& id : response.json.object().value("sdrIds").toArray())
            ids << id.toString();
        ids.sort();
        return ids;
    }
};

// Sends one feed request and leaves it running; done() once it was answered.
struct FeedCall
{
    QObject context;
    QElapsedTimer timer;
    std::optional<FeedAnswer> answer;

    void send(CrmClient& client, const QStringList& sdrIds, const QString& cursor, int waitSecs)
    {
        timer.start();
        client.fetchQueueChanges(
            sdrIds, cursor, waitSecs, waitSecs * 1000 + 10000, &context,
            [this](const CrmResponse& response) { answer = FeedAnswer{response, timer.elapsed()}; });
    }
    bool done() const { return answer.has_value(); }
};

qint64 msBetween(const QDateTime& from, const QDateTime& to)
{
    return from.msecsTo(to);
}
} // namespace

class TestQueueChangeFeed : public QObject
{
    Q_OBJECT

    std::unique_ptr<EngineTestEnv> m_env;
    int m_overlaps = 0;   // feed requests that arrived while another one was still waiting
    int m_maxWaiting = 0; // most feed requests seen waiting at once (sampled)

    void addSdrs(int count)
    {
        for (int i = 0; i < count; ++i)
            m_env->crm.addSdr(sdrId(i), QStringLiteral("SDR %1").arg(i), true);
    }
    static QString sdrId(int i) { return QStringLiteral("sdr_%1").arg(i); }

    // The engine with no channels (nothing is sent: these tests are about fetching), a short feed
    // wait and the SDR list on a slow fixed timer so that it does not blur request counts.
    // On the manual clock the engine's timers wait for the test to move m_env->clock (the feed's
    // long-poll still waits on the CRM in real time).
    void startEngine(int pollSecs, int waitSecs, bool onManualClock = false)
    {
        QVERIFY(m_env->settings->setGlobal(SettingKeys::PollIntervalSecs, pollSecs));
        m_env->makeEngine(42, onManualClock);
        m_env->engine->directory()->setRefreshIntervalMs(60000);
        m_env->engine->changeFeed()->setWaitSecs(waitSecs);
        m_env->engine->changeFeed()->setBackoff(200, 1000);
        m_env->engine->start();
    }
    // Nothing but the feed's long-poll is under way: no queue poll waits for its answer.
    bool onlyTheFeedWaits() const
    {
        const QStringList served = m_env->engine->servedSdrs();
        return m_env->crm.waitingChangeRequests() == 1 &&
               std::none_of(served.cbegin(), served.cend(),
                            [this](const QString& id) { return m_env->engine->poller(id)->isInFlight(); });
    }
    // On the manual clock: waits for done(), moving the clock by 250 ms (3 s at most) whenever the
    // feed has no request open, so that a request held back on the clock (an answer that came
    // without waiting is followed by a short backoff) goes out. Far below any other timer here.
    bool waitMovingTheFeed(const std::function<bool()>& done, int timeoutMs)
    {
        qint64 moved = 0;
        return EventLoopWait::until(
            [&] {
                if (done())
                    return true;
                if (!m_env->engine->changeFeed()->isInFlight() && moved < 3000) {
                    m_env->clock.advance(250);
                    moved += 250;
                }
                return false;
            },
            timeoutMs);
    }
    // The feed answered once and its open request covers every served SDR.
    bool feedCoversAll() const
    {
        const QStringList served = m_env->engine->servedSdrs();
        if (served.isEmpty() || !m_env->engine->changeFeed()->isHealthy())
            return false;
        return std::all_of(served.cbegin(), served.cend(), [this](const QString& id) {
            return m_env->engine->changeFeed()->covers(id) && m_env->engine->poller(id)->isSafetyNet();
        });
    }
    QVector<FakeCrmRequest> queuePolls(const QString& sdrId, const QDateTime& since = {}) const
    {
        QVector<FakeCrmRequest> polls;
        for (const FakeCrmRequest& request : m_env->crm.requests(Endpoint::Queue)) {
            if (request.query.queryItemValue("sdrId") == sdrId && (!since.isValid() || request.at >= since))
                polls << request;
        }
        return polls;
    }
    int count(Endpoint endpoint, const QDateTime& since) const
    {
        const auto requests = m_env->crm.requests(endpoint);
        return int(std::count_if(requests.cbegin(), requests.cend(),
                                 [&](const FakeCrmRequest& request) { return request.at >= since; }));
    }
    // Adds a lead and waits for the first queue poll of its SDR after it; the milliseconds between
    // the two, or -1 when none came within timeoutMs.
    qint64 addLeadAndTimeFetch(const QString& sdrId, const QString& leadId, int timeoutMs)
    {
        const QDateTime added = QDateTime::currentDateTimeUtc();
        m_env->crm.addLead(sdrId, leadId, "+905454031918", "Hello " + leadId);
        EventLoopWait::until([&] { return !queuePolls(sdrId, added).isEmpty(); }, timeoutMs);
        const auto polls = queuePolls(sdrId, added);
        return polls.isEmpty() ? -1 : msBetween(added, polls.first().at);
    }

private slots:
    void init()
    {
        qRegisterMetaType<SdrRecord>();
        m_env = std::make_unique<EngineTestEnv>();
        QVERIFY(m_env->open(2000));
        m_overlaps = 0;
        m_maxWaiting = 0;
        // Contract: one feed request open at a time. Every feed request that arrives while another
        // one still waits for an answer is counted.
        connect(&m_env->crm, &SimulatedCrm::requestReceived, this,
                [this](const SimulatedCrmRequest& request) {
                    if (request.path == QLatin1String("/api/sender/queue/changes") &&
                        m_env->crm.waitingChangeRequests() > 0)
                        ++m_overlaps;
                });
    }
    void cleanup() { m_env.reset(); }

    // --- the simulated CRM's side of §2b ----------------------------------------------------------

    void theSimulatedCrmAnswersTheFeedAsTheContractSays()
    {
        // A plain SimulatedCrm (the --demo CRM), no test double.
        SimulatedCrm crm;
        QVERIFY(crm.start());
        crm.setToken("t");
        crm.addSdr("sdr_a", "A");
        crm.addSdr("sdr_b", "B");
        crm.addSdr("sdr_c", "C");
        CrmClient client;
        client.setBaseUrl(crm.url());
        client.setToken("t");
        const QStringList ab{"sdr_a", "sdr_b"};

        // v1 (no api_version): no feed.
        FeedCall v1;
        v1.send(client, ab, {}, 1);
        QTRY_VERIFY(v1.done());
        QCOMPARE(v1.answer->response.httpStatus, 404);

        crm.setApiVersion("1.1");
        // Without a cursor: at once, the current cursor and every listed SDR.
        FeedCall first;
        first.send(client, ab, {}, 5);
        QTRY_VERIFY(first.done());
        QVERIFY(first.answer->response.isOk());
        QVERIFY(first.answer->tookMs < 500);
        QCOMPARE(first.answer->sdrIds(), ab);
        const QString cursor = first.answer->cursor();
        QVERIFY(!cursor.isEmpty());

        // A cursor and no change: after `wait`, nothing, the same cursor.
        FeedCall idle;
        idle.send(client, ab, cursor, 1);
        QTRY_VERIFY(idle.done());
        QVERIFY(idle.answer->response.isOk());
        QVERIFY2(idle.answer->tookMs >= 900, qPrintable(QString::number(idle.answer->tookMs)));
        QVERIFY(idle.answer->sdrIds().isEmpty());
        QCOMPARE(idle.answer->cursor(), cursor);

        // A change of an SDR that is not listed does not answer; one of a listed SDR does, promptly.
        FeedCall waiting;
        waiting.send(client, ab, cursor, 10);
        QTRY_COMPARE(crm.waitingChangeRequests(), 1);
        crm.addLead("sdr_c", "lc", "+905454031918", "for C");
        QueueTestEnv::settle(); // the CRM answers waiters from its event loop: it has looked now
        QCOMPARE(crm.waitingChangeRequests(), 1);
        QVERIFY(!waiting.done());
        QElapsedTimer sinceChange;
        sinceChange.start();
        crm.addLead("sdr_b", "lb", "+905454031918", "for B");
        QTRY_VERIFY(waiting.done());
        QVERIFY2(sinceChange.elapsed() < 300, qPrintable(QString::number(sinceChange.elapsed())));
        QCOMPARE(waiting.answer->sdrIds(), QStringList{"sdr_b"});
        const QString afterB = waiting.answer->cursor();
        QVERIFY(afterB != cursor);
        QCOMPARE(crm.waitingChangeRequests(), 0);

        // A change made before the request (after its cursor): answered at once.
        crm.reassignLead("lb", "sdr_a"); // both queues changed
        FeedCall behind;
        behind.send(client, ab, afterB, 10);
        QTRY_VERIFY(behind.done());
        QVERIFY(behind.answer->tookMs < 500);
        QCOMPARE(behind.answer->sdrIds(), ab);

        // A lead taken away is a change of its queue.
        FeedCall unassigned;
        unassigned.send(client, ab, behind.answer->cursor(), 10);
        QTRY_COMPARE(crm.waitingChangeRequests(), 1);
        crm.unassignLead("lb");
        QTRY_VERIFY(unassigned.done());
        QCOMPARE(unassigned.answer->sdrIds(), QStringList{"sdr_a"});

        // So is a lead gone because its result was accepted.
        crm.addLead("sdr_a", "la", "+905454031918", "for A");
        FeedCall current;
        current.send(client, {"sdr_a"}, {}, 1);
        QTRY_VERIFY(current.done());
        FeedCall result;
        result.send(client, {"sdr_a"}, current.answer->cursor(), 10);
        QTRY_COMPARE(crm.waitingChangeRequests(), 1);
        bool posted = false;
        client.postResult("la",
                          QJsonObject{{"sdrId", "sdr_a"},
                                      {"status", "sent"},
                                      {"attempt_id", "x1"},
                                      {"sent_at", "2026-11-20T10:01:02Z"},
                                      {"error", QJsonValue()}},
                          this, [&posted](const CrmResponse& response) { posted = response.isOk(); });
        QTRY_VERIFY(posted);
        QTRY_VERIFY(result.done());
        QCOMPARE(result.answer->sdrIds(), QStringList{"sdr_a"});
        QCOMPARE(crm.queueSize("sdr_a"), 0);

        // A cursor this CRM never gave: every listed SDR at once (safe).
        for (const QString& garbage : {QStringLiteral("nonsense"), QStringLiteral("c-999999")}) {
            FeedCall call;
            call.send(client, ab, garbage, 10);
            QTRY_VERIFY(call.done());
            QVERIFY(call.answer->tookMs < 500);
            QCOMPARE(call.answer->sdrIds(), ab);
        }

        // The bearer token is checked like everywhere else.
        CrmClient stranger;
        stranger.setBaseUrl(crm.url());
        stranger.setToken("wrong");
        FeedCall refused;
        refused.send(stranger, ab, {}, 1);
        QTRY_VERIFY(refused.done());
        QCOMPARE(refused.answer->response.httpStatus, 401);

        // A client that gives up while waiting (its connection closes) leaves nothing behind.
        {
            CrmClient leaving;
            leaving.setBaseUrl(crm.url());
            leaving.setToken("t");
            FeedCall call;
            call.send(leaving, ab, result.answer->cursor(), 10);
            QTRY_COMPARE(crm.waitingChangeRequests(), 1);
        }
        QTRY_COMPARE(crm.waitingChangeRequests(), 0);
    }

    // --- the app's side ---------------------------------------------------------------------------

    // The figure behind "leads are fetched when they arrive": with a 60 s poll interval, a lead is
    // fetched well within a second of its arrival, every time.
    void aLeadIsFetchedWithinASecondOfArriving()
    {
        m_env->crm.setApiVersion("1.1");
        addSdrs(3);
        startEngine(60, QueueChangeFeed::kDefaultWaitSecs);
        QTRY_VERIFY_WITH_TIMEOUT(m_env->engine->servedSdrs().size() == 3 && feedCoversAll(), 10000);
        SDR_TRY_VERIFY(onlyTheFeedWaits()); // the first answer's fetches are over
        QVector<qint64> took;
        for (int i = 0; i < 12; ++i) {
            const QString lead = QStringLiteral("lead_%1").arg(i);
            const qint64 ms = addLeadAndTimeFetch(sdrId(i % 3), lead, 3000);
            QVERIFY2(ms >= 0, qPrintable(lead + " not fetched within 3 s"));
            QVERIFY2(ms < 1000, qPrintable(QStringLiteral("%1 fetched after %2 ms").arg(lead).arg(ms)));
            QTRY_VERIFY(m_env->engine->outbox()->find(lead).has_value()); // routed into the outbox
            took << ms;
            // A lead can arrive at any point of a long-poll: a deliberate spread in real time (this
            // figure is about real request timing), not a wait for something.
            EventLoopWait::forMs(100 + 37 * i % 250);
        }
        std::sort(took.begin(), took.end());
        qInfo("lead -> queue fetched, 60 s poll interval, feed on: p50 %lld ms, max %lld ms (n=%lld)",
              took.at(took.size() / 2), took.last(), qlonglong(took.size()));
        // No timer poll did that: the safety net of a 60 s interval is minutes.
        QCOMPARE(m_env->engine->poller(sdrId(0))->currentIntervalMs(),
                 QueuePoller::safetyNetIntervalMs(60000));
        QCOMPARE(m_overlaps, 0);
    }

    // While nothing happens the CRM sees one feed request per `wait` for the whole app and no queue
    // polls (the safety net is minutes away), where timer polling polls every SDR.
    void anIdleAppMakesFarFewerRequestsThanTimerPolling_data()
    {
        QTest::addColumn<bool>("feed");
        QTest::newRow("timer polling (v1 CRM)") << false;
        QTest::newRow("changes feed (v1.1 CRM)") << true;
    }
    void anIdleAppMakesFarFewerRequestsThanTimerPolling()
    {
        QFETCH(bool, feed);
        constexpr int kSdrs = 8;
        constexpr int kWaitSecs = 2;
        constexpr int kWindowMs = 8000;
        if (feed)
            m_env->crm.setApiVersion("1.1");
        addSdrs(kSdrs);
        startEngine(1, kWaitSecs);
        QTRY_COMPARE_WITH_TIMEOUT(int(m_env->engine->servedSdrs().size()), kSdrs, 5000);
        if (feed)
            QTRY_VERIFY_WITH_TIMEOUT(feedCoversAll(), 10000);
        // The first polls and their stretching are over, then a window of real time is counted: the
        // figure is the request rate a CRM sees (the feed's long-poll waits on the CRM in real time).
        EventLoopWait::forMs(2000);
        const QDateTime from = QDateTime::currentDateTimeUtc();
        EventLoopWait::forMs(kWindowMs);
        const int polls = count(Endpoint::Queue, from);
        const int feeds = count(Endpoint::Changes, from);
        qInfo("idle %d SDRs, 1 s poll interval, %d s: %d queue polls, %d feed requests (wait %d s)", kSdrs,
              kWindowMs / 1000, polls, feeds, kWaitSecs);
        if (!feed) {
            QCOMPARE(feeds, 0);
            // An empty queue is polled at most 4x less often: at least one poll per SDR per 4 s.
            QVERIFY2(polls >= kSdrs * (kWindowMs / 4000), qPrintable(QString::number(polls)));
            return;
        }
        QCOMPARE(polls, 0);
        QVERIFY2(feeds >= kWindowMs / (kWaitSecs * 1000) - 1 && feeds <= kWindowMs / (kWaitSecs * 1000) + 1,
                 qPrintable(QString::number(feeds)));
        // Far fewer than the timer polling row above (>= 16 in the same window): one request per
        // `wait` for the whole app, whatever the number of SDRs.
        QVERIFY(polls + feeds <= kSdrs * (kWindowMs / 4000) / 3);
        QCOMPARE(m_overlaps, 0);
    }

    // Against a v1 CRM (no api_version) the feed is never asked for; the timer polls as before.
    void aV1CrmIsPolledOnTheTimerAsBefore()
    {
        addSdrs(2);
        startEngine(1, 2);
        // Served from the CRM's list: its answer (no api_version) has been applied.
        QTRY_COMPARE_WITH_TIMEOUT(int(m_env->engine->servedSdrs().size()), 2, 5000);
        QCOMPARE(m_env->engine->directory()->apiVersion(), QString());
        QVERIFY(!m_env->engine->changeFeed()->isRunning());
        QVERIFY(!m_env->engine->poller(sdrId(0))->isSafetyNet());
        const qint64 ms = addLeadAndTimeFetch(sdrId(0), "v1_lead", 6000);
        QVERIFY2(ms >= 0, "the timer never fetched the lead");
        QVERIFY(m_env->crm.requests(Endpoint::Changes).isEmpty());
    }

    // A CRM that announces v1.1 but has no feed (404): asked once, then left alone; the timer polls at
    // the normal cadence and leads are still fetched.
    void aMissingFeedIsAskedForOnceAndTimerPollingCarriesOn()
    {
        m_env->crm.setApiVersion("1.1");
        m_env->crm.injectFault(Endpoint::Changes, FakeCrmFault::withStatus(404), 1000);
        addSdrs(2);
        startEngine(1, 2);
        QTRY_COMPARE_WITH_TIMEOUT(int(m_env->engine->servedSdrs().size()), 2, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(m_env->engine->changeFeed()->isMissing(), 5000);
        QVERIFY(m_env->activityContains("no queue-changes feed"));
        const qint64 ms = addLeadAndTimeFetch(sdrId(1), "lead_404", 6000);
        QVERIFY2(ms >= 0, "the timer never fetched the lead");
        QSignalSpy refreshed(m_env->engine->directory(), &SdrDirectory::refreshed);
        m_env->engine->directory()->refresh(); // the list says v1.1 again: not a reason to ask again
        SDR_TRY_COMPARE(refreshed.size(), 1);
        QueueTestEnv::settle();
        QCOMPARE(int(m_env->crm.requests(Endpoint::Changes).size()), 1);
        QVERIFY(!m_env->engine->poller(sdrId(0))->isSafetyNet());
        QVERIFY(m_env->engine->poller(sdrId(0))->currentIntervalMs() <= 4000);
    }

    // A failing feed (503): the timer takes over at the normal cadence at once; when the CRM is well
    // again the feed comes back and the timer steps back to a safety net.
    void aFailingFeedFallsBackToTimerPollingAndRecovers()
    {
        m_env->crm.setApiVersion("1.1");
        addSdrs(2);
        startEngine(1, 1);
        m_env->engine->changeFeed()->setBackoff(200, 2000);
        QTRY_VERIFY_WITH_TIMEOUT(feedCoversAll(), 10000);
        m_env->crm.injectFault(Endpoint::Changes, FakeCrmFault::serverError(503), 100000);
        // The open request ends after its wait; the next one fails.
        QTRY_VERIFY_WITH_TIMEOUT(!m_env->engine->changeFeed()->isHealthy(), 5000);
        QVERIFY(!m_env->engine->poller(sdrId(0))->isSafetyNet());
        QVERIFY(!m_env->engine->poller(sdrId(1))->isSafetyNet());
        // Normal cadence: a 1 s interval, at most 4x while the queue is empty.
        const qint64 ms = addLeadAndTimeFetch(sdrId(0), "lead_503", 6000);
        QVERIFY2(ms >= 0, "the timer never fetched the lead while the feed failed");
        const QDateTime failing = QDateTime::currentDateTimeUtc();
        // A window of real time (the engine is on the system clock): the failing feed's backoff
        // over it, and the timer polls that carry on meanwhile.
        EventLoopWait::forMs(3000);
        QVERIFY2(count(Endpoint::Changes, failing) <= 4, "the failing feed was not backed off");
        QVERIFY(queuePolls(sdrId(1), failing).size() >= 1);

        m_env->crm.clearFaults();
        QTRY_VERIFY_WITH_TIMEOUT(feedCoversAll(), 5000);
        SDR_TRY_VERIFY(onlyTheFeedWaits());
        const qint64 again = addLeadAndTimeFetch(sdrId(1), "lead_back", 3000);
        QVERIFY2(again >= 0 && again < 1000, qPrintable(QString::number(again)));
        QCOMPARE(m_overlaps, 0);
    }

    // A change that names an SDR the app does not serve (new in the CRM) has the SDR list read at once.
    void aChangeOfAnUnknownSdrReadsTheSdrListAtOnce()
    {
        m_env->crm.setApiVersion("1.1");
        addSdrs(1);
        startEngine(1, 1, true);
        QSignalSpy started(m_env->engine.get(), &SenderEngine::sdrStarted);
        QTRY_VERIFY_WITH_TIMEOUT(feedCoversAll(), 10000);
        m_env->crm.addSdr("sdr_new", "New", true);
        // Early reads keep 5 s from the previous one (SdrDirectory, on the clock): start after that.
        m_env->advance(SdrDirectory::kMinEarlyGapMs);
        const int reads = int(m_env->crm.requests(Endpoint::Sdrs).size());
        // When the app learns of the change: the CRM may hand it to the request already waiting (at the
        // end of its `wait`) or to the next one, so the time is taken where the feed delivers it.
        QDateTime received;
        connect(m_env->engine->changeFeed(), &QueueChangeFeed::queuesChanged, this,
                [&received](const QStringList& sdrIds) {
                    if (!received.isValid() && sdrIds.contains(QStringLiteral("sdr_new")))
                        received = QDateTime::currentDateTimeUtc();
                });
        FakeCrmFault change = FakeCrmFault::withStatus(200);
        change.body = QStringLiteral("{\"cursor\":\"%1\",\"sdrIds\":[\"sdr_new\"]}")
                          .arg(m_env->crm.changesCursor())
                          .toUtf8();
        m_env->crm.injectFault(Endpoint::Changes, change);
        // The first list read from the moment the app knew.
        auto readAfterReceived = [&]() -> qint64 {
            if (!received.isValid())
                return -1;
            const auto lists = m_env->crm.requests(Endpoint::Sdrs);
            for (qsizetype i = reads; i < lists.size(); ++i) {
                if (lists.at(i).at >= received.addMSecs(-1)) // the fake's time is in whole ms
                    return qMax<qint64>(0, msBetween(received, lists.at(i).at));
            }
            return -1;
        };
        QVERIFY(waitMovingTheFeed([&] { return readAfterReceived() >= 0; }, 3000));
        const qint64 ms = readAfterReceived();
        QVERIFY2(ms < 1000, qPrintable(QString::number(ms)));
        QTRY_VERIFY_WITH_TIMEOUT(m_env->engine->servedSdrs().contains("sdr_new"), 3000);
        // And it is watched from the next request on.
        QVERIFY(waitMovingTheFeed([this] { return m_env->engine->changeFeed()->covers("sdr_new"); }, 3000));
    }

    // One feed request is open at a time for the whole app: through answers, changes of the SDR set,
    // a stop and start while one is open, and a 401 and a new token.
    void oneFeedRequestIsOpenAtATime()
    {
        m_env->crm.setApiVersion("1.1");
        addSdrs(3);
        startEngine(1, 2);
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this,
                [this] { m_maxWaiting = std::max(m_maxWaiting, m_env->crm.waitingChangeRequests()); });
        sampler.start(20);
        QTRY_VERIFY_WITH_TIMEOUT(feedCoversAll(), 10000);
        QueueChangeFeed* feed = m_env->engine->changeFeed();

        // Restarted while its request waits: the next one goes out only after that one's answer.
        const int arrived = int(m_env->crm.requests(Endpoint::Changes).size());
        QTRY_VERIFY(int(m_env->crm.requests(Endpoint::Changes).size()) > arrived); // just parked: 2 s to go
        QCOMPARE(m_env->crm.waitingChangeRequests(), 1);
        const int before = int(m_env->crm.requests(Endpoint::Changes).size());
        feed->stop();
        feed->start();
        QueueTestEnv::settle();
        QVERIFY(feed->isInFlight()); // still the old request: no new one before its answer
        QCOMPARE(m_env->crm.waitingChangeRequests(), 1);
        QCOMPARE(int(m_env->crm.requests(Endpoint::Changes).size()), before);
        QTRY_VERIFY_WITH_TIMEOUT(int(m_env->crm.requests(Endpoint::Changes).size()) > before, 3000);

        // Leads, a new SDR (the set grows while a request is open), an SDR that goes.
        for (int i = 0; i < 6; ++i) {
            // Each lead answers the open request; the feed's next one follows.
            const int sent = int(m_env->crm.requests(Endpoint::Changes).size());
            m_env->crm.addLead(sdrId(i % 3), QStringLiteral("l%1").arg(i), "+905454031918", "hi");
            SDR_TRY_VERIFY(int(m_env->crm.requests(Endpoint::Changes).size()) > sent);
        }
        m_env->crm.addSdr("sdr_late", "Late", true);
        m_env->engine->directory()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(m_env->engine->servedSdrs().contains("sdr_late"), 3000);
        QTRY_VERIFY_WITH_TIMEOUT(feed->covers("sdr_late"), 5000);
        m_env->crm.setSdrActive(sdrId(2), false);
        m_env->engine->directory()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!m_env->engine->servedSdrs().contains(sdrId(2)), 3000);
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_env->crm.requests(Endpoint::Changes).last().query.queryItemValue("sdrIds").contains(sdrId(2)),
            5000);

        // 401: the feed stops with everything else and comes back with a new token.
        QSignalSpy unauthorized(m_env->engine.get(), &SenderEngine::unauthorized);
        m_env->crm.setToken("rotated");
        QTRY_VERIFY_WITH_TIMEOUT(unauthorized.size() == 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!feed->isRunning(), 5000);
        // Any request still open when the 401 came has ended (its answer is not acted on)...
        SDR_TRY_VERIFY(!feed->isInFlight() && m_env->crm.waitingChangeRequests() == 0);
        const int suspended = int(m_env->crm.requests(Endpoint::Changes).size());
        // ...and none follows: the feed is stopped and the client holds every call until a new token.
        QVERIFY(m_env->client.isSuspended());
        QueueTestEnv::settle();
        QVERIFY(!feed->isInFlight());
        QCOMPARE(int(m_env->crm.requests(Endpoint::Changes).size()), suspended);
        m_env->client.setToken("rotated");
        QTRY_VERIFY_WITH_TIMEOUT(feedCoversAll(), 5000);

        SDR_TRY_VERIFY(int(m_env->crm.requests(Endpoint::Changes).size()) >= 8);
        QCOMPARE(m_maxWaiting, 1); // requests did wait (long-poll), never two at once
        QCOMPARE(m_overlaps, 0);
    }
};

QTEST_GUILESS_MAIN(TestQueueChangeFeed)
#include "TestQueueChangeFeed.moc"
