// The whole core sending path against the fake CRM over real HTTP and fake channels:
// SdrDirectory -> QueuePoller -> Router -> Outbox -> Pacer/Dispatcher -> channel -> ResultReporter.
#include "CrmClient.h"
#include "CsvLeadImporter.h"
#include "Dispatcher.h"
#include "FakeChannelProvider.h"
#include "FakeCrm.h"
#include "FakeMessageChannel.h"
#include "Outbox.h"
#include "Pacer.h"
#include "QueuePoller.h"
#include "QueueTestEnv.h"
#include "ResultReporter.h"
#include "SenderEngine.h"
#include "StatusReporter.h"
#include "SystemClock.h"
#include "TryInEventLoop.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

namespace {
const QStringList kSdrs{"sdr_ana", "sdr_ben", "sdr_cem"};
QString linkedOf(const QString& sdrId)
{
    return QStringLiteral("1555000000") + QString::number(kSdrs.indexOf(sdrId) + 1);
}
QString textFor(const QString& leadId)
{
    // The nasty text every lead carries, plus its id so each is unique.
    return QString::fromUtf8(
               "Olá %1 — \"quotes\" & <b>tags</b> </script>\nline two\r\n\u05e9\u05dc\u05d5\u05dd "
               "\U0001F44B 100%% ?a=b#c")
        .arg(leadId);
}
} // namespace

class TestSenderEndToEnd : public QObject
{
    Q_OBJECT

    std::unique_ptr<QueueTestEnv> m_env;
    std::unique_ptr<FakeCrm> m_crm;
    std::unique_ptr<CrmClient> m_client;
    QHash<QString, FakeMessageChannel*> m_channels;
    std::unique_ptr<FakeChannelProvider> m_provider;
    SystemClock m_systemClock;
    std::unique_ptr<SenderEngine> m_engine;
    QStringList m_validLeads;

    void makeEngine(CrmClient* client, const Clock* clock)
    {
        m_engine = std::make_unique<SenderEngine>(m_env->store.get(), m_env->settings.get(), clock, client,
                                                  m_provider.get(), m_env->sdrs.get(), m_env->activity.get(),
                                                  m_env->statuses.get());
        m_engine->setRandomSeed(1234);
        m_engine->resultReporter()->setBackoff(100, 800);
        if (m_engine->statusReporter())
            m_engine->statusReporter()->setBackoff(100, 800);
    }

    int acceptedCount() const { return int(m_crm->acceptedResults().size()); }

private slots:
    void init()
    {
        m_env = std::make_unique<QueueTestEnv>();
        QVERIFY(m_env->open());
        m_env->disablePacing();
        QVERIFY(m_env->settings->setGlobal(SettingKeys::PollIntervalSecs, 1));
        QVERIFY(m_env->settings->setGlobal(SettingKeys::QueueLimit, 5)); // several pages per SDR
        m_crm = std::make_unique<FakeCrm>();
        QVERIFY(m_crm->start());
        m_crm->setToken("token-e2e");
        m_client = std::make_unique<CrmClient>();
        m_client->setBaseUrl(m_crm->url());
        m_client->setToken("token-e2e");
        m_client->setTimeoutMs(800);
        m_provider = std::make_unique<FakeChannelProvider>();
        for (const QString& sdrId : kSdrs) {
            auto* channel = new FakeMessageChannel(sdrId, linkedOf(sdrId), m_crm.get());
            m_channels.insert(sdrId, channel);
            m_provider->setChannel(sdrId, channel);
            m_crm->addSdr(sdrId, sdrId.toUpper(), true, "+" + linkedOf(sdrId));
        }
        m_validLeads.clear();
        int phone = 100;
        for (const QString& sdrId : kSdrs) {
            for (int i = 0; i < 7; ++i) {
                const QString id = QStringLiteral("%1_lead_%2").arg(sdrId).arg(i);
                m_crm->addLead(sdrId, id, QStringLiteral("+90 545 403 %1").arg(phone++), textFor(id));
                m_validLeads << id;
            }
        }
    }
    void cleanup()
    {
        m_engine.reset();
        m_channels.clear();
        m_provider.reset();
        m_client.reset();
        m_crm.reset();
        m_env.reset();
    }

    void everyLeadOnceFromTheRightAccountDespiteFaults()
    {
        // Bad leads: routed to the wrong queue, unusable phone, malformed.
        m_crm->addLead("sdr_ana", "mismatched", "+905454031918", "not yours", "X", "sdr_ben");
        m_crm->addLead("sdr_ben", "bad_phone", "+90 545 ABC", "hello");
        m_crm->addRawLead("sdr_cem", QJsonObject{{"id", "no_message"},
                                                 {"assigned_sdr_id", "sdr_cem"},
                                                 {"phone", "+905454031918"},
                                                 {"message", 42}});
        // Every kind of CRM fault, on every endpoint.
        using E = FakeCrm::Endpoint;
        m_crm->injectFault(E::Sdrs, FakeCrmFault::serverError(503));
        m_crm->injectFault(E::Sdrs, FakeCrmFault::rateLimited("1"));
        m_crm->injectFault(E::Queue, FakeCrmFault::serverError(500), 2);
        m_crm->injectFault(E::Queue, FakeCrmFault::hanging());
        m_crm->injectFault(E::Queue, FakeCrmFault::malformedJson());
        m_crm->injectFault(E::Queue, FakeCrmFault::notJson());
        m_crm->injectFault(E::Queue, FakeCrmFault::huge());
        m_crm->injectFault(E::Queue, FakeCrmFault::rateLimited("1"));
        m_crm->injectFault(E::Result, FakeCrmFault::serverError(502), 2);
        m_crm->injectFault(E::Result, FakeCrmFault::hanging());
        m_crm->injectFault(E::Result, FakeCrmFault::closed(), 3);
        m_crm->injectFault(E::Result, FakeCrmFault::rateLimited("1"));
        m_crm->injectFault(E::Status, FakeCrmFault::serverError(503));

        makeEngine(m_client.get(), &m_systemClock);
        ConnectionStatus status;
        status.sdrId = "sdr_ana";
        status.whatsappConnected = true;
        status.whatsappPhone = "+" + linkedOf("sdr_ana");
        status.state = ConnectionState::Connected;
        status.reportPending = true;
        m_engine->start();
        // The status row needs its SDR, which comes with the CRM's list (after its faults).
        QTRY_VERIFY_WITH_TIMEOUT(m_env->sdrs->find("sdr_ana").has_value(), 20000);
        QVERIFY(m_env->statuses->save(status));

        const int expected = int(m_validLeads.size()) + 3;
        QTRY_VERIFY_WITH_TIMEOUT(acceptedCount() == expected, 90000);

        const auto results = m_crm->acceptedResults();
        for (const QString& sdrId : kSdrs) {
            FakeMessageChannel* channel = m_channels.value(sdrId);
            QCOMPARE(channel->messages().size(), 7);
            for (const FakeChannelMessage& message : channel->messages()) {
                const QString leadId = message.text.section(' ', 1, 1);
                QVERIFY2(leadId.startsWith(sdrId + "_lead_"), qPrintable(leadId)); // its own account only
                QCOMPARE(message.text, textFor(leadId));                           // byte for byte
                QCOMPARE(message.fromPhone, linkedOf(sdrId));
            }
        }
        for (const QString& leadId : m_validLeads) {
            QCOMPARE(results.value(leadId).value("status").toString(), QStringLiteral("sent"));
            // Every retry of a report carried the same attempt id.
            QSet<QString> attempts;
            for (const QJsonObject& post : m_crm->resultPosts(leadId))
                attempts.insert(post.value("attempt_id").toString());
            QCOMPARE(attempts.size(), 1);
        }
        QCOMPARE(results.value("mismatched").value("error").toString(), QStringLiteral("routing_mismatch"));
        QCOMPARE(results.value("mismatched").value("sdrId").toString(), QStringLiteral("sdr_ana"));
        QCOMPARE(results.value("bad_phone").value("error").toString(), QStringLiteral("invalid_phone"));
        QCOMPARE(results.value("no_message").value("error").toString(), QStringLiteral("malformed_lead"));
        for (const QString& sdrId : kSdrs)
            QCOMPARE(m_crm->queueSize(sdrId), 0);
        // The CRM kept returning leads until their results were accepted; still nothing twice.
        int sends = 0;
        for (FakeMessageChannel* channel : std::as_const(m_channels))
            sends += channel->sendRequests().size();
        QCOMPARE(sends, int(m_validLeads.size()));
        QVERIFY2(m_crm->violations().isEmpty(), qPrintable(m_crm->violations().join('\n')));
        QTRY_VERIFY_WITH_TIMEOUT(!m_crm->statusPuts("sdr_ana").isEmpty() &&
                                     !m_env->statuses->find("sdr_ana")->reportPending,
                                 10000);
        for (const auto& request : m_crm->requests())
            if (!request.path.startsWith("/fake-whatsapp"))
                QCOMPARE(request.header("authorization"), QByteArray("Bearer token-e2e"));
    }

    void aDownSessionHoldsOnlyItsOwnLeads()
    {
        m_channels.value("sdr_ben")->setState(ConnectionState::PhoneOffline);
        makeEngine(m_client.get(), &m_systemClock);
        m_engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(acceptedCount() == 14, 30000);
        SDR_TRY_COMPARE(m_engine->outbox()->count(OutboxState::Queued, "sdr_ben"), 5); // one page, waiting
        QVERIFY(!m_engine->dispatcher("sdr_ben")->isBusy());
        QVERIFY(m_channels.value("sdr_ben")->messages().isEmpty());
        QCOMPARE(m_channels.value("sdr_ana")->messages().size(), 7);
        m_channels.value("sdr_ben")->setState(ConnectionState::Connected);
        QTRY_VERIFY_WITH_TIMEOUT(acceptedCount() == 21, 30000);
        QCOMPARE(m_channels.value("sdr_ben")->messages().size(), 7);
    }

    void unauthorizedStopsEverythingUntilANewToken()
    {
        makeEngine(m_client.get(), &m_systemClock);
        QSignalSpy unauthorized(m_engine.get(), &SenderEngine::unauthorized);
        m_crm->setToken("rotated");
        m_engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(unauthorized.size(), 1, 10000);
        const int requests = int(m_crm->requests().size());
        // No polling anywhere: every poller stopped, every dispatcher paused, and the client holds
        // whatever is still asked of it until a new token comes (nothing reaches the CRM).
        QVERIFY(m_engine->isSuspended());
        QVERIFY(m_client->isSuspended());
        for (const QString& sdrId : m_engine->servedSdrs()) {
            QVERIFY(!m_engine->poller(sdrId)->isRunning());
            QVERIFY(!m_engine->poller(sdrId)->isInFlight());
            QVERIFY(m_engine->dispatcher(sdrId)->isPaused());
        }
        QueueTestEnv::settle();
        QCOMPARE(int(m_crm->requests().size()), requests);
        for (FakeMessageChannel* channel : std::as_const(m_channels))
            QVERIFY(channel->sendRequests().isEmpty());
        m_client->setToken("rotated");
        QTRY_VERIFY_WITH_TIMEOUT(acceptedCount() == 21, 60000);
    }

    void leadsTakenAwayAreNotSent()
    {
        // sdr_cem is offline; while its leads wait, the CRM reassigns two of them. Only a complete
        // answer (fewer entries than the limit) proves a lead was taken away.
        QVERIFY(m_env->settings->setGlobal(SettingKeys::QueueLimit, 20));
        m_channels.value("sdr_cem")->setState(ConnectionState::LoggedOut);
        makeEngine(m_client.get(), &m_systemClock);
        m_engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->outbox()->count(OutboxState::Queued, "sdr_cem"), 7, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(acceptedCount() == 14, 30000);
        m_crm->unassignLead("sdr_cem_lead_0");
        m_crm->unassignLead("sdr_cem_lead_1");
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->outbox()->count(OutboxState::Cancelled, "sdr_cem"), 2, 20000);
        m_channels.value("sdr_cem")->setState(ConnectionState::Connected);
        QTRY_VERIFY_WITH_TIMEOUT(acceptedCount() == 19, 30000);
        // Nothing of sdr_cem is left to send: what it sent is all it will send.
        SDR_TRY_VERIFY(m_engine->outbox()->count(OutboxState::Queued, "sdr_cem") == 0 &&
                       !m_engine->dispatcher("sdr_cem")->isBusy());
        QCOMPARE(m_channels.value("sdr_cem")->messages().size(), 5);
        QVERIFY(!m_crm->acceptedResults().contains("sdr_cem_lead_0")); // nothing reported for them
        for (const auto& message : m_channels.value("sdr_cem")->messages())
            QVERIFY(!message.text.contains("sdr_cem_lead_0 ") && !message.text.contains("sdr_cem_lead_1 "));
    }

    void pacingWithAnInjectedClock()
    {
        QVERIFY(m_env->settings->setGlobal(SettingKeys::SendGapMinSecs, 30));
        QVERIFY(m_env->settings->setGlobal(SettingKeys::SendGapMaxSecs, 60));
        QVERIFY(m_env->settings->setGlobal(SettingKeys::HourlyCap, 4));
        for (FakeMessageChannel* channel : std::as_const(m_channels))
            channel->setClock(&m_env->clock);
        makeEngine(m_client.get(), &m_env->clock);
        QSignalSpy nextSend(m_engine.get(), &SenderEngine::nextSendChanged);
        m_engine->start();
        // Drive time by hand: whenever nothing is under way (no poll, send or report waiting for an
        // answer), jump to the next allowed send, or by one poll interval when no send is waiting.
        // Every timer of the engine (polls, pacing, report retries) is on this clock: no wake by hand.
        const auto quiet = [this] {
            if (!m_engine->resultReporter()->isIdle())
                return false;
            for (const QString& sdrId : m_engine->servedSdrs()) {
                if (m_engine->poller(sdrId)->isInFlight() || m_engine->dispatcher(sdrId)->isBusy())
                    return false;
            }
            return true;
        };
        for (int step = 0; step < 1000 && acceptedCount() < 21; ++step) {
            EventLoopWait::until(quiet, 2000);
            QueueTestEnv::settle();
            QDateTime earliest;
            for (const QString& sdrId : kSdrs) {
                const QDateTime at = m_engine->nextSendAt(sdrId);
                if (at.isValid() && at > m_env->clock.now() && (!earliest.isValid() || at < earliest))
                    earliest = at;
            }
            if (earliest.isValid())
                m_env->clock.set(earliest);
            else
                m_env->clock.advance(1000);
        }
        QCOMPARE(acceptedCount(), 21);
        QVERIFY(!nextSend.isEmpty());
        for (const QString& sdrId : kSdrs) {
            QVector<QDateTime> times;
            for (const auto& message : m_channels.value(sdrId)->messages())
                times << message.at;
            QCOMPARE(times.size(), 7);
            QSet<qint64> gaps;
            for (int i = 1; i < times.size(); ++i) {
                const qint64 gap = times.at(i - 1).msecsTo(times.at(i));
                QVERIFY2(gap >= 30000, qPrintable(QString::number(gap)));
                gaps.insert(gap);
            }
            for (int i = 4; i < times.size(); ++i)
                QVERIFY(times.at(i - 4).msecsTo(times.at(i)) >= 3600 * 1000); // hourly cap of 4
            QVERIFY(gaps.size() >= 3);                                        // not a fixed gap
        }
    }

    void crmLessModeSendsImportedLeads()
    {
        QueueTestEnv* env = m_env.get();
        env->addSdr("sdr_ana");
        env->addSdr("sdr_ben");
        CsvLeadImporter importer(env->store.get(), env->sdrs.get());
        const CsvImportResult imported =
            importer.importData("name,phone,message,assigned_sdr_id\n"
                                "A,+905454031918,\"Hello A,\nsecond line\",sdr_ana\n"
                                "B,+905454031919,Hello B,sdr_ben\n"
                                "C,+905454031920,Hello C,sdr_ana\n");
        QVERIFY(imported.ok);
        QCOMPARE(imported.imported, 3);
        makeEngine(nullptr, &m_systemClock);
        QVERIFY(!m_engine->statusReporter());
        m_engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->outbox()->count(OutboxState::Reported), 3, 20000);
        QCOMPARE(m_channels.value("sdr_ana")->messages().size(), 2);
        QCOMPARE(m_channels.value("sdr_ana")->messages().first().text,
                 QStringLiteral("Hello A,\nsecond line"));
        QCOMPARE(m_channels.value("sdr_ben")->messages().size(), 1);
        QVERIFY(m_crm->requests().isEmpty());
        // Nothing is sent twice on the next polls (on the system clock: waited for, not slept).
        QSignalSpy polled(m_engine->poller("sdr_ana"), &QueuePoller::polled);
        SDR_TRY_VERIFY_WITH_TIMEOUT(polled.size() >= 1, 10000);
        QueueTestEnv::settle();
        QCOMPARE(m_channels.value("sdr_ana")->sendRequests().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSenderEndToEnd)
#include "TestSenderEndToEnd.moc"
