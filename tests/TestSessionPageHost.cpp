// What a session's page jobs see of it (SessionPageHost): its state through its MessageChannel
// (a FakeMessageChannel), its page through a real SessionPage on the simulated WhatsApp Web, its
// clock, and the facts one job leaves for the next.
#include "WebEngineTestMain.h"

#include "FakeMessageChannel.h"
#include "SessionPageEnv.h"
#include "SessionPageHost.h"
#include "TryInEventLoop.h"

#include <QSignalSpy>

class TestSessionPageHost : public QObject
{
    Q_OBJECT

    struct Env : SessionPageEnv
    {
        FakeMessageChannel channel{QStringLiteral("sdr_john"), QStringLiteral("905551112233")};
        std::unique_ptr<SessionPageHost> host; // declared last: goes first

        bool init()
        {
            if (!SessionPageEnv::init())
                return false;
            host = std::make_unique<SessionPageHost>(&channel, page.get(), &clock);
            return true;
        }
    };

private slots:
    void initTestCase() { qRegisterMetaType<ConnectionState>(); }

    void theJobsSeeTheSessionThroughItsChannelAndItsPage()
    {
        Env env;
        QVERIFY(env.init());
        SessionPageHost& host = *env.host;
        QCOMPARE(host.sdrId(), QStringLiteral("sdr_john"));
        QCOMPARE(host.state(), ConnectionState::Connected);
        QVERIFY(host.isReadyToSend());
        QCOMPARE(host.whatsappUrl(), env.server.url());
        QCOMPARE(host.clock(), &env.clock);

        QSignalSpy states(&host, &PageHost::stateChanged);
        env.channel.setState(ConnectionState::Hibernated);
        QCOMPARE(states.size(), 1);
        QCOMPARE(states.first().first().value<ConnectionState>(), ConnectionState::Hibernated);
        QVERIFY(!host.isReadyToSend());
        host.wake();
        QCOMPARE(env.channel.wakeRequests(), 1);

        QSignalSpy loads(&host, &PageHost::pageLoadFinished);
        QVERIFY(env.openQrPage());
        QVERIFY(!loads.isEmpty());
        QCOMPARE(loads.first().first().toBool(), true);
        QVERIFY(host.snapshot().qr); // what the page reported
    }

    void aNavigationIsAUseOfTheSessionAndReachesThePage()
    {
        Env env;
        QVERIFY(env.init());
        QVERIFY(env.openQrPage());
        QSignalSpy used(env.host.get(), &SessionPageHost::used);
        QSignalSpy loads(env.host.get(), &PageHost::pageLoadFinished);
        QUrl chat = env.server.url();
        chat.setPath(QStringLiteral("/send"));
        chat.setQuery(QStringLiteral("phone=447700900123"));
        env.host->navigate(chat);
        QCOMPARE(used.size(), 1);
        SDR_TRY_VERIFY_WITH_TIMEOUT(!loads.isEmpty(), 10000);
        // A probe runs in the page and answers.
        QVariant answer;
        bool answered = false;
        env.host->runProbe(QStringLiteral("clickReloadQr.js"), {}, [&](const QVariant& value) {
            answer = value;
            answered = true;
        });
        SDR_TRY_VERIFY(answered);
        QVERIFY(answer.isValid());
    }

    void theFactsAJobLeavesAreThereForTheNext()
    {
        Env env;
        QVERIFY(env.init());
        SessionPageHost& host = *env.host;
        QVERIFY(!host.textReaderWorks());
        host.noteTextReaderWorks();
        QVERIFY(host.textReaderWorks());

        // The bubble before the last press counts only for that chat and that text.
        QVERIFY(host.lastIdBeforePress(QStringLiteral("447700900123"), QStringLiteral("Hi")).isEmpty());
        host.notePress(QStringLiteral("447700900123"), QStringLiteral("Hi"), QStringLiteral("msg-7"));
        QCOMPARE(host.lastIdBeforePress(QStringLiteral("447700900123"), QStringLiteral("Hi")),
                 QStringLiteral("msg-7"));
        QVERIFY(host.lastIdBeforePress(QStringLiteral("447700900999"), QStringLiteral("Hi")).isEmpty());
        QVERIFY(host.lastIdBeforePress(QStringLiteral("447700900123"), QStringLiteral("Hello")).isEmpty());
        host.notePress(QStringLiteral("447700900999"), QStringLiteral("Other"), QStringLiteral("msg-9"));
        QVERIFY(host.lastIdBeforePress(QStringLiteral("447700900123"), QStringLiteral("Hi")).isEmpty());
    }
};

SDR_WEBENGINE_TEST_MAIN(TestSessionPageHost)
#include "TestSessionPageHost.moc"
