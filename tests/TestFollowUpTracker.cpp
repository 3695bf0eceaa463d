// What happened after the send (issue 12, contract §6): observations from the page side become
// follow-up facts and lead events in one transaction; the events reach a CRM once each, in order,
// across restarts and a SIGKILL between observation and report.
#include "CrmClient.h"
#include "FakeChannelProvider.h"
#include "FakeMessageChannel.h"
#include "FollowUpScheduler.h"
#include "FollowUpTracker.h"
#include "LeadEventReporter.h"
#include "ManualClock.h"
#include "Outbox.h"
#include "QueueTestEnv.h"
#include "SenderEngine.h"
#include "Settings.h"
#include "Store.h"
#include "SuppressionList.h"
#include "SystemClock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <csignal>
#include <unistd.h>

namespace {
const char* const kChildEnv = "SDR_TEST_FOLLOWUP_KILLED_CHILD_DB";
const QString kPhone = QStringLiteral("+905454031918");
QString nastyReply()
{
    return QString::fromUtf8("Evet \"Pazartesi\" <script>alert(1)</script> & \u05e9\u05dc\u05d5\u05dd "
                             "\U0001F44D\nsecond line");
}

// A minimal CRM for §6 on 127.0.0.1: records every request and answers with scripted statuses
// (200 when the script is empty). Each answer closes its connection.
class EventCrm : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QString path;
        QJsonObject body;
    };

    EventCrm()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    bool start() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    void script(std::initializer_list<int> statuses) { m_script.append(statuses); }
    QVector<Request> requests;

private:
    void read(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const int headerEnd = int(buffer.indexOf("\r\n\r\n"));
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        qsizetype length = 0;
        for (const QByteArray& line : lines) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + length)
            return;
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        Request request;
        request.method = requestLine.value(0);
        request.path = QUrl::fromPercentEncoding(requestLine.value(1));
        request.body = QJsonDocument::fromJson(buffer.mid(headerEnd + 4, length)).object();
        requests.append(request);
        m_buffers.remove(socket);
        const int status = m_script.isEmpty() ? 200 : m_script.takeFirst();
        socket->write(QByteArray("HTTP/1.1 ") + QByteArray::number(status) +
                      " X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QList<int> m_script;
};
} // namespace

class TestFollowUpTracker : public QObject
{
    Q_OBJECT

    std::unique_ptr<QueueTestEnv> m_env;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<SuppressionList> m_suppression;
    std::unique_ptr<FollowUpTracker> m_tracker;

    // A lead sent by sdrId to phone at the current test time; returns its attempt id.
    QString sendLead(const QString& leadId, const QString& sdrId = QStringLiteral("sdr_a"),
                     const QString& phone = kPhone)
    {
        Lead lead;
        lead.id = leadId;
        lead.sdrId = sdrId;
        lead.phone = phone;
        lead.message = "Hello " + leadId;
        if (m_outbox->enqueue(lead) != Outbox::Insert::Inserted)
            return {};
        const auto entry = m_outbox->beginSend(leadId);
        if (!entry || !m_outbox->markSent(leadId, m_env->clock.now()))
            return {};
        return entry->attemptId;
    }
    QStringList eventNames(const QString& leadId) const
    {
        QStringList names;
        for (const LeadEvent& event : m_tracker->events(leadId))
            names << event.event;
        return names;
    }
    FollowUpTracker::Result observe(FollowUpTracker::Observed kind, const QString& text = {},
                                    const QDateTime& at = {}, const QString& sdrId = QStringLiteral("sdr_a"))
    {
        return m_tracker->recordObservation(sdrId, kPhone, kind, at, text);
    }

private slots:
    void init()
    {
        m_env = std::make_unique<QueueTestEnv>();
        QVERIFY(m_env->open());
        m_outbox = std::make_unique<Outbox>(m_env->store.get(), &m_env->clock);
        m_suppression =
            std::make_unique<SuppressionList>(m_env->store.get(), &m_env->clock, m_env->activity.get());
        m_tracker =
            std::make_unique<FollowUpTracker>(m_env->store.get(), m_env->settings.get(), &m_env->clock,
                                              m_suppression.get(), m_env->activity.get());
    }
    void cleanup()
    {
        m_tracker.reset();
        m_suppression.reset();
        m_outbox.reset();
        m_env.reset();
    }

    void watchedLeadsSayWhatIsStillUnknownWithinTheWindow()
    {
        QVERIFY(!sendLead("old").isEmpty());
        m_env->clock.advance(10LL * 86400 * 1000);
        QVERIFY(!sendLead("l1").isEmpty());
        m_env->clock.advance(60 * 1000);
        QVERIFY(!sendLead("l2", "sdr_a", "+15551234567").isEmpty());
        QVERIFY(!sendLead("other_sdr", "sdr_b").isEmpty());
        const QDateTime l2SentAt = m_env->clock.now();
        QVERIFY(observe(FollowUpTracker::Observed::Delivered).ok);

        m_env->clock.advance(5LL * 86400 * 1000); // "old" is 15 days old now: no longer watched
        auto watched = m_tracker->followUpLeads("sdr_a");
        QCOMPARE(watched.size(), 2);
        QCOMPARE(watched.at(0).leadId, "l2"); // newest first
        QCOMPARE(watched.at(0).phone, "+15551234567");
        QCOMPARE(watched.at(0).sentAt, l2SentAt);
        QCOMPARE(watched.at(0).watchUntil, l2SentAt.addDays(14));
        QVERIFY(!watched.at(0).deliveredKnown());
        QCOMPARE(watched.at(1).leadId, "l1");
        QVERIFY(watched.at(1).deliveredKnown());
        QVERIFY(!watched.at(1).readKnown());
        QVERIFY(!watched.at(1).repliedKnown());

        QVERIFY(m_env->settings->setGlobal(SettingKeys::FollowUpWatchDays, 30));
        QCOMPARE(m_tracker->watchedLeads("sdr_a").size(), 3);
        QCOMPARE(m_tracker->watchedLeads("sdr_b").size(), 1);
    }

    void eachEventIsStoredOnceAtTheFirstTimeItWasSeen()
    {
        const QString attempt = sendLead("l1");
        QVERIFY(!attempt.isEmpty());
        const QDateTime t1 = m_env->clock.now().addSecs(30);
        auto first = observe(FollowUpTracker::Observed::Delivered, {}, t1);
        QVERIFY(first.ok);
        QCOMPARE(first.leads, 1);
        QCOMPARE(first.queued.size(), 1);
        QCOMPARE(first.queued.first().attemptId, attempt);
        auto again = observe(FollowUpTracker::Observed::Delivered, {}, t1.addSecs(600));
        QVERIFY(again.ok);
        QVERIFY(again.queued.isEmpty());
        QVERIFY(observe(FollowUpTracker::Observed::Read, {}, t1.addSecs(900)).ok);
        QVERIFY(observe(FollowUpTracker::Observed::Read, {}, t1.addSecs(999)).ok);
        const auto row = m_tracker->followUp("l1");
        QVERIFY(row);
        QCOMPARE(row->deliveredAt, t1);
        QCOMPARE(row->readAt, t1.addSecs(900));
        QCOMPARE(row->attemptId, attempt);
        QCOMPARE(row->sdrId, "sdr_a");
        QCOMPARE(row->phone, kPhone);
        QCOMPARE(eventNames("l1"), (QStringList{"delivered", "read"}));
    }

    void readSeenFirstStoresDeliveredAtTheSameTimeBeforeIt()
    {
        QVERIFY(!sendLead("l1").isEmpty());
        const QDateTime at = m_env->clock.now().addSecs(120);
        const auto result = observe(FollowUpTracker::Observed::Read, {}, at);
        QVERIFY(result.ok);
        QCOMPARE(result.queued.size(), 2);
        QCOMPARE(eventNames("l1"), (QStringList{"delivered", "read"}));
        const auto events = m_tracker->events("l1");
        QCOMPARE(events.at(0).at, at);
        QCOMPARE(events.at(1).at, at);
        QVERIFY(events.at(0).id < events.at(1).id);
        // Delivered seen later changes nothing.
        QVERIFY(observe(FollowUpTracker::Observed::Delivered, {}, at.addSecs(60)).queued.isEmpty());
        QCOMPARE(m_tracker->followUp("l1")->deliveredAt, at);
    }

    void aReplyIsStoredExactlyAndImpliesNothingElse()
    {
        QVERIFY(!sendLead("l1").isEmpty());
        QSignalSpy replied(m_tracker.get(), &FollowUpTracker::replied);
        const auto result = observe(FollowUpTracker::Observed::Replied, nastyReply());
        QVERIFY(result.ok);
        QVERIFY(!result.optedOut);
        QCOMPARE(eventNames("l1"), QStringList{"replied"});
        const auto row = m_tracker->followUp("l1");
        QCOMPARE(row->replyText, nastyReply());
        QVERIFY(!row->deliveredAt.isValid());
        QVERIFY(!row->readAt.isValid());
        QCOMPARE(m_tracker->events("l1").first().text, nastyReply());
        QCOMPARE(replied.size(), 1);
        // Only the first reply is the lead's reply.
        QVERIFY(observe(FollowUpTracker::Observed::Replied, "and another thing").queued.isEmpty());
        QCOMPARE(m_tracker->followUp("l1")->replyText, nastyReply());
    }

    void aLongReplyIsCutAt4096WithoutSplittingAnEmoji()
    {
        QVERIFY(!sendLead("l1").isEmpty());
        const QString text = QString(4095, QLatin1Char('a')) + QString::fromUtf8("\U0001F44D") + "tail";
        QVERIFY(observe(FollowUpTracker::Observed::Replied, text).ok);
        QCOMPARE(m_tracker->followUp("l1")->replyText, QString(4095, QLatin1Char('a')));
    }

    void aMessageFromBeforeTheSendIsNotItsReply()
    {
        QVERIFY(!sendLead("l1").isEmpty());
        const QDateTime sentAt = m_env->clock.now();
        auto early = observe(FollowUpTracker::Observed::Replied, "old chat", sentAt.addSecs(-3600));
        QVERIFY(early.ok);
        QCOMPARE(early.leads, 0);
        QVERIFY(!m_tracker->followUp("l1"));
        // Chat times have minute resolution: 30 s "before" the send is this minute, so it counts,
        // stored no earlier than the send.
        QCOMPARE(observe(FollowUpTracker::Observed::Replied, "hi", sentAt.addSecs(-30)).leads, 1);
        QCOMPARE(m_tracker->followUp("l1")->repliedAt, sentAt);
    }

    void anOptOutInALaterReplySuppressesThePhoneAndEndsTheWatch()
    {
        QVERIFY(!sendLead("l1").isEmpty());
        QVERIFY(!sendLead("l1_other_sdr", "sdr_b").isEmpty());
        QVERIFY(observe(FollowUpTracker::Observed::Replied, "who is this?").ok);
        QVERIFY(!m_suppression->isSuppressed(kPhone));
        QSignalSpy optedOut(m_tracker.get(), &FollowUpTracker::optedOut);
        m_env->clock.advance(60 * 1000);
        const auto result = observe(FollowUpTracker::Observed::Replied, QString::fromUtf8("İPTAL"));
        QVERIFY(result.ok);
        QVERIFY(result.optedOut);
        QVERIFY(result.newlySuppressed);
        QCOMPARE(eventNames("l1"), (QStringList{"replied", "opted_out"}));
        QCOMPARE(m_tracker->events("l1").last().text, QString::fromUtf8("İPTAL"));
        const auto row = m_tracker->followUp("l1");
        QVERIFY(row->optedOut);
        QCOMPARE(row->replyText, "who is this?");
        const auto listed = m_suppression->find(kPhone);
        QVERIFY(listed);
        QCOMPARE(listed->source, "opt_out");
        QCOMPARE(listed->leadId, "l1");
        QCOMPARE(listed->sdrId, "sdr_a");
        QCOMPARE(optedOut.size(), 1);
        QVERIFY(m_tracker->watchedLeads("sdr_a").isEmpty());
        // The other SDR's lead to that phone is untouched: its chat is another chat.
        QCOMPARE(m_tracker->watchedLeads("sdr_b").size(), 1);
        QVERIFY(eventNames("l1_other_sdr").isEmpty());
    }

    void theObservationAndItsEventAreOneTransaction()
    {
        QVERIFY(!sendLead("l1").isEmpty());
        QSqlQuery query(m_env->store->database());
        QVERIFY(query.exec("CREATE TEMP TRIGGER refuse_events BEFORE INSERT ON lead_events "
                           "BEGIN SELECT RAISE(ABORT, 'disk full'); END"));
        const auto failed = observe(FollowUpTracker::Observed::Read);
        QVERIFY(!failed.ok);
        QVERIFY(failed.queued.isEmpty());
        QVERIFY(!m_tracker->followUp("l1")); // nothing half-written
        QCOMPARE(m_tracker->followUpLeads("sdr_a").first().deliveredKnown(), false);

        QVERIFY(query.exec("DROP TRIGGER refuse_events"));
        QVERIFY(observe(FollowUpTracker::Observed::Read).ok);
        QCOMPARE(eventNames("l1"), (QStringList{"delivered", "read"}));
    }

    void eventsReachTheCrmOnceEachInObservedOrderPerLead()
    {
        const QString attempt1 = sendLead("l1");
        const QString attempt2 = sendLead("l2", "sdr_a", "+15551234567");
        QVERIFY(observe(FollowUpTracker::Observed::Read).ok);
        QVERIFY(
            m_tracker->recordObservation("sdr_a", "+15551234567", FollowUpTracker::Observed::Delivered).ok);
        QVERIFY(observe(FollowUpTracker::Observed::Replied, nastyReply()).ok);

        EventCrm crm;
        QVERIFY(crm.start());
        // l1 delivered: 503, then 429; l2 delivered: 404 (unknown lead: dropped); the rest 200.
        crm.script({503, 404, 429});
        CrmClient client;
        client.setBaseUrl(crm.url());
        client.setToken("t");
        // Retries are scheduled on the reporter's clock: a real one, so they come due.
        SystemClock wallClock;
        LeadEventReporter reporter(m_tracker->repository(), &client, &wallClock);
        reporter.setBackoff(50, 200);
        QSignalSpy reported(&reporter, &LeadEventReporter::reported);
        reporter.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_tracker->repository()->pendingEventCount(), 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(reported.size(), 4, 5000);

        // Every post of l1 in order, its first event retried (same body) before the next one went.
        QStringList l1Posts;
        for (const auto& request : std::as_const(crm.requests)) {
            QCOMPARE(request.method, "POST");
            if (request.path == "/api/sender/leads/l1/events")
                l1Posts << request.body.value("event").toString();
        }
        QCOMPARE(l1Posts, (QStringList{"delivered", "delivered", "delivered", "read", "replied"}));
        QCOMPARE(crm.requests.size(), 6);
        const auto replied = std::find_if(crm.requests.cbegin(), crm.requests.cend(), [](const auto& r) {
            return r.body.value("event").toString() == "replied";
        });
        QCOMPARE(replied->body.value("sdrId").toString(), "sdr_a");
        QCOMPARE(replied->body.value("attempt_id").toString(), attempt1);
        QCOMPARE(replied->body.value("text").toString(), nastyReply());
        QCOMPARE(Store::parseTimestamp(replied->body.value("at").toString()), m_env->clock.now());
        QVERIFY(!crm.requests.first().body.contains("text")); // delivered carries no text
        const auto l2 = m_tracker->events("l2");
        QCOMPARE(l2.size(), 1);
        QCOMPARE(l2.first().state, "dropped");
        QCOMPARE(l2.first().attemptId, attempt2);

        // Nothing is posted twice.
        reporter.kick();
        QTest::qWait(300);
        QCOMPARE(crm.requests.size(), 6);
    }

    void thePageSideSeesWatchedLeadsAndRecordsWhatItSaw()
    {
        const QDateTime sentAt = m_env->clock.now();
        QVERIFY(!sendLead("l1").isEmpty());
        QVERIFY(!sendLead("l2", "sdr_a", "+15551234567").isEmpty());
        QVERIFY(!sendLead("b1", "sdr_b", "+15557654321").isEmpty());
        QCOMPARE(m_tracker->watchedSdrs(), (QStringList{"sdr_a", "sdr_b"}));
        auto watched = m_tracker->watchedLeads("sdr_a");
        QCOMPARE(watched.size(), 2);
        const WatchedLead l1 = watched.at(1);
        QCOMPARE(l1.leadId, "l1");
        QCOMPARE(l1.phoneDigits, "905454031918");
        QCOMPARE(l1.text, "Hello l1");
        QCOMPARE(l1.sentAt, sentAt);
        QVERIFY(!l1.delivered && !l1.read && !l1.replied);

        FollowUpObservation seen;
        seen.leadId = "l1";
        seen.phoneDigits = l1.phoneDigits;
        seen.read = true;
        seen.replied = true;
        seen.replyText = nastyReply();
        seen.replyAt = sentAt.addSecs(300);
        seen.seenAt = sentAt.addSecs(600);
        const auto result = m_tracker->record("sdr_a", seen);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(eventNames("l1"), (QStringList{"delivered", "read", "replied"}));
        QVERIFY(eventNames("l2").isEmpty()); // an observation is about its own lead only
        const auto row = m_tracker->followUp("l1");
        QCOMPARE(row->deliveredAt, seen.seenAt);
        QCOMPARE(row->readAt, seen.seenAt);
        QCOMPARE(row->repliedAt, seen.replyAt);
        QCOMPARE(row->replyText, nastyReply());
        watched = m_tracker->watchedLeads("sdr_a");
        QVERIFY(watched.at(1).delivered && watched.at(1).read && watched.at(1).replied);
        QVERIFY(!watched.at(0).delivered);

        // The same look again, and a lead that is not this SDR's: nothing new.
        QVERIFY(m_tracker->record("sdr_a", seen).queued.isEmpty());
        seen.leadId = "b1";
        const auto foreign = m_tracker->record("sdr_a", seen);
        QVERIFY(foreign.ok);
        QCOMPARE(foreign.leads, 0);
        QVERIFY(eventNames("b1").isEmpty());

        // A later message that opts out, seen by the list only (delivered, then the reply).
        FollowUpObservation stop;
        stop.leadId = "l2";
        stop.delivered = true;
        stop.replied = true;
        stop.replyText = "UNSUBSCRIBE";
        stop.seenAt = sentAt.addSecs(900);
        QVERIFY(m_tracker->record("sdr_a", stop).optedOut);
        QCOMPARE(eventNames("l2"), (QStringList{"delivered", "replied", "opted_out"}));
        QVERIFY(m_suppression->isSuppressed("+15551234567"));
        QCOMPARE(m_tracker->watchedLeads("sdr_a").size(), 1);
    }

    void theEngineLooksAtServedSdrsWhenTheyHaveNothingToSend()
    {
        m_env->addSdr("sdr_a");
        m_env->disablePacing();
        FakeMessageChannel channel("sdr_a", "15550000001");
        channel.setClock(&m_env->clock);
        FakeChannelProvider provider;
        provider.setChannel("sdr_a", &channel);
        SenderEngine engine(m_env->store.get(), m_env->settings.get(), &m_env->clock, nullptr, &provider,
                            m_env->sdrs.get(), m_env->activity.get(), m_env->statuses.get());
        engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(engine.servedSdrs().contains("sdr_a"), 5000);
        Outbox* outbox = engine.outbox();
        Lead lead;
        lead.id = "l1";
        lead.sdrId = "sdr_a";
        lead.phone = kPhone;
        lead.message = "Hello l1";
        QCOMPARE(outbox->enqueue(lead), Outbox::Insert::Inserted);
        // Queued work goes first: no look while there is something to send.
        engine.followUpScheduler()->tick();
        QVERIFY(channel.followUpLooks().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(outbox->find("l1")->state, OutboxState::Reported, 5000);

        FollowUpObservation seen;
        seen.leadId = "l1";
        seen.delivered = true;
        seen.seenAt = m_env->clock.now();
        channel.scriptFollowUp({seen});
        engine.followUpScheduler()->tick();
        QCOMPARE(channel.followUpLooks().size(), 1);
        QCOMPARE(channel.followUpLooks().first().first().leadId, "l1");
        QCOMPARE(channel.followUpLooks().first().first().text, "Hello l1");
        QTRY_VERIFY_WITH_TIMEOUT(engine.followUps()->followUp("l1").has_value(), 5000);
        QVERIFY(engine.followUps()->followUp("l1")->deliveredAt.isValid());
        // Without a CRM the event is final at once.
        QTRY_COMPARE_WITH_TIMEOUT(engine.followUps()->events("l1").first().state, "reported", 5000);
        engine.stop();
    }

    // The child half of the SIGKILL test: records the observations, then dies without a chance to
    // report them (or to close anything).
    void eventsSurviveASigkillBetweenObservationAndReport()
    {
        const QString attempt = sendLead("l1");
        QVERIFY(!attempt.isEmpty());
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(kChildEnv, m_env->store->filePath());
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QVERIFY2(child.readAllStandardError().contains("observed"), "the child did not get to observe");

        // A new start on the same file: the events are there, pending, and reach the CRM.
        m_tracker.reset();
        m_suppression.reset();
        m_outbox.reset();
        const QString path = m_env->store->filePath();
        m_env->store->close();
        Store store;
        QVERIFY(store.open(path));
        Settings settings(&store);
        SuppressionList suppression(&store, &m_env->clock);
        FollowUpTracker tracker(&store, &settings, &m_env->clock, &suppression);
        QCOMPARE(tracker.repository()->pendingEventCount(), 4);
        QVERIFY(suppression.isSuppressed(kPhone));
        EventCrm crm;
        QVERIFY(crm.start());
        CrmClient client;
        client.setBaseUrl(crm.url());
        client.setToken("t");
        SystemClock wallClock;
        LeadEventReporter reporter(tracker.repository(), &client, &wallClock);
        reporter.start();
        QTRY_COMPARE_WITH_TIMEOUT(crm.requests.size(), 4, 10000);
        QStringList posted;
        for (const auto& request : std::as_const(crm.requests)) {
            posted << request.body.value("event").toString();
            QCOMPARE(request.body.value("attempt_id").toString(), attempt);
        }
        QCOMPARE(posted, (QStringList{"delivered", "read", "replied", "opted_out"}));
        QCOMPARE(crm.requests.last().body.value("text").toString(), "Stop messaging me");
        QTRY_COMPARE_WITH_TIMEOUT(tracker.repository()->pendingEventCount(), 0, 5000);
    }
};

// Run as the killed child: the observations, then SIGKILL (no destructor, no close, no flush).
static int runKilledChild(const QString& databasePath)
{
    Store store;
    if (!store.open(databasePath))
        return 2;
    ManualClock clock;
    Settings settings(&store);
    SuppressionList suppression(&store, &clock);
    FollowUpTracker tracker(&store, &settings, &clock, &suppression);
    if (!tracker.recordObservation("sdr_a", kPhone, FollowUpTracker::Observed::Read).ok ||
        !tracker
             .recordObservation("sdr_a", kPhone, FollowUpTracker::Observed::Replied, {}, "Stop messaging me")
             .ok)
        return 3;
    fprintf(stderr, "observed\n");
    fflush(stderr);
    ::kill(::getpid(), SIGKILL);
    return 4;
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kChildEnv))
        return runKilledChild(qEnvironmentVariable(kChildEnv));
    TestFollowUpTracker test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestFollowUpTracker.moc"
