#include "CrmClient.h"
#include "FakeCrm.h"
#include "HttpQueueSource.h"
#include "Outbox.h"
#include "QueuePoller.h"
#include "QueueTestEnv.h"
#include "Router.h"
#include "TryInEventLoop.h"

#include <QSignalSpy>
#include <QtTest>

class TestQueuePoller : public QObject
{
    Q_OBJECT

    std::unique_ptr<QueueTestEnv> m_env;
    std::unique_ptr<FakeCrm> m_crm;
    std::unique_ptr<CrmClient> m_client;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<HttpQueueSource> m_source;

private slots:
    void init()
    {
        m_env = std::make_unique<QueueTestEnv>();
        QVERIFY(m_env->open());
        QVERIFY(m_env->settings->setGlobal(SettingKeys::PollIntervalSecs, 1));
        m_crm = std::make_unique<FakeCrm>();
        QVERIFY(m_crm->start());
        m_client = std::make_unique<CrmClient>();
        m_client->setBaseUrl(m_crm->url());
        m_client->setToken("t");
        m_client->setTimeoutMs(700);
        m_outbox = std::make_unique<Outbox>(m_env->store.get(), &m_env->clock);
        m_router = std::make_unique<Router>(m_outbox.get(), m_env->activity.get());
        m_source = std::make_unique<HttpQueueSource>(m_client.get());
    }
    void cleanup()
    {
        m_source.reset();
        m_router.reset();
        m_outbox.reset();
        m_client.reset();
        m_crm.reset();
        m_env.reset();
    }

    void pollsAndRoutesWithTheLimit()
    {
        m_crm->addLead("sdr_a", "l1", "+905454031918", "one");
        m_crm->addLead("sdr_a", "l2", "+905454031918", "two");
        m_crm->addLead("sdr_a", "l3", "+905454031918", "three");
        QVERIFY(m_env->settings->setGlobal(SettingKeys::QueueLimit, 2));
        QueuePoller poller("sdr_a", m_source.get(), m_router.get(), m_env->settings.get(), &m_env->clock);
        QSignalSpy polled(&poller, &QueuePoller::polled);
        poller.start(0);
        SDR_TRY_VERIFY(polled.size() >= 1);
        QCOMPARE(m_outbox->count(OutboxState::Queued, "sdr_a"), 2);
        QCOMPARE(m_crm->requests(FakeCrm::Endpoint::Queue).first().query.queryItemValue("limit"),
                 QStringLiteral("2"));
        QCOMPARE(poller.currentIntervalMs(), 1000); // work: base interval
        poller.stop();
    }

    void neverOverlapsAPollInFlight()
    {
        m_crm->injectFault(FakeCrm::Endpoint::Queue, FakeCrmFault::hanging());
        QueuePoller poller("sdr_a", m_source.get(), m_router.get(), m_env->settings.get(), &m_env->clock);
        QSignalSpy failed(&poller, &QueuePoller::pollFailed);
        // What the CRM had seen when the open poll ended: a second request sent meanwhile would be
        // there (the hanging request waits 700 ms for its timeout).
        qsizetype seenAtFailure = -1;
        connect(&poller, &QueuePoller::pollFailed, this, [&] {
            if (seenAtFailure < 0)
                seenAtFailure = m_crm->requests(FakeCrm::Endpoint::Queue).size();
        });
        poller.start(0);
        SDR_TRY_COMPARE(m_crm->requests(FakeCrm::Endpoint::Queue).size(), 1);
        QVERIFY(poller.isInFlight());
        poller.pollNow();
        poller.pollNow();
        SDR_TRY_COMPARE(failed.size(), 1); // timed out after 700 ms
        QCOMPARE(seenAtFailure, 1);
        // The pollNow() made while in flight runs right after, without the clock moving.
        SDR_TRY_COMPARE(m_crm->requests(FakeCrm::Endpoint::Queue).size(), 2);
        poller.stop();
    }

    void backsOffWhileFailingAndRecovers()
    {
        m_crm->injectFault(FakeCrm::Endpoint::Queue, FakeCrmFault::serverError(503), 2);
        m_crm->addLead("sdr_a", "l1", "+905454031918", "one");
        QueueTestEnv* env = m_env.get();
        QueuePoller poller("sdr_a", m_source.get(), m_router.get(), env->settings.get(), &env->clock);
        QSignalSpy failed(&poller, &QueuePoller::pollFailed);
        QSignalSpy polled(&poller, &QueuePoller::polled);
        poller.start(0);
        SDR_TRY_COMPARE(failed.size(), 1);
        QVERIFY(poller.currentIntervalMs() >= 1000);
        // The next poll waits for its backoff on the clock, not a moment less.
        env->advance(poller.currentIntervalMs() - 1);
        QVERIFY(!poller.isInFlight());
        QCOMPARE(m_crm->requests(FakeCrm::Endpoint::Queue).size(), 1);
        env->advance(1);
        SDR_TRY_COMPARE(failed.size(), 2);
        QCOMPARE(poller.consecutiveFailures(), 2);
        env->advance(poller.currentIntervalMs());
        SDR_TRY_COMPARE(polled.size(), 1);
        QCOMPARE(poller.consecutiveFailures(), 0);
        QCOMPARE(m_outbox->count(OutboxState::Queued, "sdr_a"), 1);
        poller.stop();
    }

    void honoursRetryAfter()
    {
        m_crm->injectFault(FakeCrm::Endpoint::Queue, FakeCrmFault::rateLimited("4"));
        QueuePoller poller("sdr_a", m_source.get(), m_router.get(), m_env->settings.get(), &m_env->clock);
        QSignalSpy failed(&poller, &QueuePoller::pollFailed);
        poller.start(0);
        SDR_TRY_COMPARE(failed.size(), 1);
        QVERIFY(poller.currentIntervalMs() >= 4000);
        m_env->advance(4000 - 1);
        QVERIFY(!poller.isInFlight()); // no poll before Retry-After
        QCOMPARE(m_crm->requests(FakeCrm::Endpoint::Queue).size(), 1);
        m_env->advance(poller.currentIntervalMs() - (4000 - 1));
        SDR_TRY_COMPARE(m_crm->requests(FakeCrm::Endpoint::Queue).size(), 2);
        poller.stop();
    }

    void emptyQueueStretchesTheInterval()
    {
        QueuePoller poller("sdr_a", m_source.get(), m_router.get(), m_env->settings.get(), &m_env->clock);
        QSignalSpy polled(&poller, &QueuePoller::polled);
        poller.start(0);
        SDR_TRY_COMPARE(polled.size(), 1);
        const qint64 first = poller.currentIntervalMs();
        QVERIFY(first > 1000);
        m_env->advance(first + first / 10); // the interval's jitter is +-10 %
        SDR_TRY_COMPARE(polled.size(), 2);
        QVERIFY(poller.currentIntervalMs() > first);
        QVERIFY(poller.currentIntervalMs() <= 4000);
        m_crm->addLead("sdr_a", "l1", "+905454031918", "one");
        poller.pollNow();
        SDR_TRY_COMPARE(polled.size(), 3);
        QCOMPARE(poller.currentIntervalMs(), 1000);
        poller.stop();
    }

    void unauthorizedStopsPolling()
    {
        m_client->setToken("wrong");
        m_crm->setToken("right");
        QueuePoller poller("sdr_a", m_source.get(), m_router.get(), m_env->settings.get(), &m_env->clock);
        QSignalSpy unauthorized(&poller, &QueuePoller::unauthorized);
        poller.start(0);
        SDR_TRY_COMPARE(unauthorized.size(), 1);
        QVERIFY(!poller.isRunning());
        m_env->advance(10 * 60 * 1000); // far past any interval or backoff
        QVERIFY(!poller.isInFlight());
        QCOMPARE(m_crm->requests(FakeCrm::Endpoint::Queue).size(), 1);
    }

    void malformedResponseIsAFailedPollOnly()
    {
        m_crm->injectFault(FakeCrm::Endpoint::Queue, FakeCrmFault::malformedJson());
        m_crm->addLead("sdr_a", "l1", "+905454031918", "one");
        QueuePoller poller("sdr_a", m_source.get(), m_router.get(), m_env->settings.get(), &m_env->clock);
        QSignalSpy failed(&poller, &QueuePoller::pollFailed);
        QSignalSpy polled(&poller, &QueuePoller::polled);
        poller.start(0);
        SDR_TRY_COMPARE(failed.size(), 1);
        QCOMPARE(m_outbox->count(OutboxState::Queued), 0);
        m_env->advance(poller.currentIntervalMs());
        SDR_TRY_COMPARE(polled.size(), 1);
        QCOMPARE(m_outbox->count(OutboxState::Queued), 1);
        poller.stop();
    }
};

QTEST_GUILESS_MAIN(TestQueuePoller)
#include "TestQueuePoller.moc"
