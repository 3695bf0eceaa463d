// SessionManager: hibernation (freeze, discard, wake), the awake cap, disconnect and remove.
#include "WebEngineTestMain.h"

#include "ProfileStore.h"
#include "TryInEventLoop.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSignalSpy>
#include <QWebEnginePage>

class TestSessionManager : public QObject
{
    Q_OBJECT

    static bool processAlive(qint64 pid)
    {
        return pid > 0 && QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid));
    }
    static int fileCount(const QString& dir)
    {
        int count = 0;
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            ++count;
        }
        return count;
    }

private slots:
    void aLinkedSessionAsleepForDaysIsWokenBrieflySoWhatsAppKeepsTheDevice()
    {
        SessionTestEnv env;
        QVERIFY(env.init());
        QVERIFY(env.settings->setGlobal(SettingKeys::HibernateIdleSecs, 60));
        QVERIFY(env.settings->setGlobal(SettingKeys::DiscardAfterSecs, 30));
        SessionManager* manager = env.makeManager();
        WhatsAppSession* john = env.addSdr(QStringLiteral("sdr_john"));
        WhatsAppSession* ann = env.addSdr(QStringLiteral("sdr_ann")); // never linked
        QVERIFY(env.link(john, QStringLiteral("+905551112233")));
        QVERIFY(SessionTestEnv::waitForState(ann, ConnectionState::QrRequired));
        env.clock.advance(61 * 1000);
        manager->evaluateHibernation();
        env.clock.advance(31 * 1000);
        manager->evaluateHibernation();
        QVERIFY(john->isDiscarded());
        QVERIFY(!ann->isAwake());

        // Four days asleep: left alone.
        env.clock.advance(4LL * 86400 * 1000);
        manager->evaluateHibernation();
        QVERIFY(john->isDiscarded());
        QCOMPARE(manager->keepAliveWakes(), 0);

        // Five days (the default): woken so WhatsApp sees the device; a session with no link is not.
        env.clock.advance(1LL * 86400 * 1000);
        manager->evaluateHibernation();
        QCOMPARE(manager->keepAliveWakes(), 1);
        QVERIFY(john->isAwake());
        QVERIFY(!ann->isAwake());
        QVERIFY(SessionTestEnv::waitForState(john, ConnectionState::Connected));

        // Then back to sleep like any idle session.
        env.clock.advance(61 * 1000);
        manager->evaluateHibernation();
        QVERIFY(!john->isAwake());
        QCOMPARE(manager->keepAliveWakes(), 1);
    }

    void hibernatesIdleSessionsAndWakesThemOnDemand()
    {
        SessionTestEnv env;
        QVERIFY(env.init());
        QVERIFY(env.settings->setGlobal(SettingKeys::HibernateIdleSecs, 60));
        QVERIFY(env.settings->setGlobal(SettingKeys::DiscardAfterSecs, 30));
        SessionManager* manager = env.makeManager();
        WhatsAppSession* john = env.addSdr(QStringLiteral("sdr_john"));
        WhatsAppSession* ann = env.addSdr(QStringLiteral("sdr_ann"));
        QVERIFY(env.link(john, QStringLiteral("+905551112233")));
        QVERIFY(SessionTestEnv::waitForState(ann, ConnectionState::QrRequired));
        ann->setVisibleToUser(true); // on screen: never hibernated

        env.clock.advance(30 * 1000);
        manager->evaluateHibernation();
        QVERIFY(john->isAwake()); // not idle long enough
        QCOMPARE(john->state(), ConnectionState::Connected);

        env.clock.advance(31 * 1000);
        manager->evaluateHibernation();
        QVERIFY(!john->isAwake());
        QVERIFY(!john->isDiscarded());
        QCOMPARE(john->state(), ConnectionState::Hibernated);
        QVERIFY(ann->isAwake());
        QCOMPARE(manager->awakeCount(), 1);
        // The stored link stays while hibernated.
        const auto status = env.statuses->find(QStringLiteral("sdr_john"));
        QCOMPARE(status->state, ConnectionState::Hibernated);
        QVERIFY(status->whatsappConnected);

        // Then discarded: the renderer process goes away, the profile stays.
        const qint64 pid = john->renderProcessPid();
        QVERIFY(processAlive(pid));
        env.clock.advance(31 * 1000);
        manager->evaluateHibernation();
        QVERIFY(john->isDiscarded());
        SDR_TRY_VERIFY_WITH_TIMEOUT(!processAlive(pid) || john->renderProcessPid() == 0, 10000);
        QVERIFY(QFileInfo::exists(manager->profileStore()->profileDirFor(QStringLiteral("sdr_john"))));

        // The queue has work: it wakes, reloads and is connected again without a QR.
        QVector<ConnectionState> seen;
        connect(john, &MessageChannel::stateChanged, this, [&](ConnectionState s) { seen.append(s); });
        john->requestWake();
        QVERIFY(john->isAwake());
        QVERIFY(SessionTestEnv::waitForState(john, ConnectionState::Connected));
        QVERIFY(!seen.contains(ConnectionState::QrRequired));
        QVERIFY(john->renderProcessPid() > 0);

        // A person opening a hibernated session wakes it too.
        env.clock.advance(61 * 1000);
        manager->evaluateHibernation();
        QCOMPARE(john->state(), ConnectionState::Hibernated);
        john->setVisibleToUser(true);
        QVERIFY(SessionTestEnv::waitForState(john, ConnectionState::Connected, 5000));
    }

    void capsAwakeSessionsAndNeverHibernatesASender()
    {
        SessionTestEnv env;
        QVERIFY(env.init());
        QVERIFY(env.settings->setGlobal(SettingKeys::MaxAwakeSessions, 2));
        QVERIFY(env.settings->setGlobal(SettingKeys::DiscardAfterSecs, 0));
        QVERIFY(env.settings->setGlobal(SettingKeys::SendTimeoutSecs, 120));
        env.server.holdConfirmations(true);
        SessionManager* manager = env.makeManager();
        WhatsAppSession* a = env.addSdr(QStringLiteral("sdr_a"));
        QVERIFY(env.link(a, QStringLiteral("+905551110001")));
        // a is sending (its confirmation is held back) while others come and go.
        QSignalSpy sent(a, &MessageChannel::sendFinished);
        a->send(QStringLiteral("r1"), QStringLiteral("15551234567"), QStringLiteral("held"));
        SDR_TRY_VERIFY(a->isBusy());

        env.clock.advance(1000);
        WhatsAppSession* b = env.addSdr(QStringLiteral("sdr_b"));
        QVERIFY(SessionTestEnv::waitForState(b, ConnectionState::QrRequired));
        env.clock.advance(1000);
        WhatsAppSession* c = env.addSdr(QStringLiteral("sdr_c"));
        // Cap 2: the least recently used idle session (b) goes; a is busy and stays awake.
        QCOMPARE(manager->awakeCount(), 2);
        QVERIFY(a->isAwake());
        QVERIFY(!b->isAwake());
        QVERIFY(b->isDiscarded()); // DiscardAfterSecs 0: released at once
        QVERIFY(c->isAwake());
        QCOMPARE(b->state(), ConnectionState::Hibernated);

        // Waking b pushes out the least recently used idle one (c), not the busy a.
        env.clock.advance(1000);
        b->requestWake();
        QCOMPARE(manager->awakeCount(), 2);
        QVERIFY(a->isAwake());
        QVERIFY(b->isAwake());
        QVERIFY(!c->isAwake());
        QVERIFY(SessionTestEnv::waitForState(b, ConnectionState::QrRequired));

        env.server.holdConfirmations(false);
        SDR_TRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 20000);
        QCOMPARE(int(sent.first().at(1).value<SendOutcome>().result), int(SendOutcome::Result::Sent));
    }

    void disconnectWipesOnlyThatProfile()
    {
        SessionTestEnv env;
        QVERIFY(env.init());
        SessionManager* manager = env.makeManager();
        WhatsAppSession* john = env.addSdr(QStringLiteral("sdr_john"));
        WhatsAppSession* ann = env.addSdr(QStringLiteral("sdr_ann"));
        QVERIFY(env.link(john, QStringLiteral("+905551112233")));
        QVERIFY(env.link(ann, QStringLiteral("+15551234567")));
        const QString johnDir = manager->profileStore()->profileDirFor(QStringLiteral("sdr_john"));
        const QString annDir = manager->profileStore()->profileDirFor(QStringLiteral("sdr_ann"));
        SDR_TRY_VERIFY_WITH_TIMEOUT(fileCount(johnDir) > 0, 5000);
        const int annFiles = fileCount(annDir);
        QVERIFY(annFiles > 0);

        QSignalSpy disconnected(manager, &SessionManager::disconnected);
        QSignalSpy pageGone(john, &WhatsAppSession::pageAboutToBeDeleted);
        QSignalSpy pageNew(john, &WhatsAppSession::pageChanged);
        manager->disconnectSession(QStringLiteral("sdr_john"));
        // The logout's wait and the wipe's looks run on the clock.
        QVERIFY(env.untilMovingClock([&] { return disconnected.size() == 1; }));
        QCOMPARE(disconnected.first().at(1).toBool(), true);
        QCOMPARE(pageGone.size(), 1);
        QCOMPARE(pageNew.size(), 1);
        QVERIFY(john->page() != nullptr);
        // John starts again from a QR; his stored link is gone; Ann is untouched.
        QVERIFY(SessionTestEnv::waitForState(john, ConnectionState::QrRequired));
        QVERIFY(john->linkedPhone().isEmpty());
        QVERIFY(!env.statuses->find(QStringLiteral("sdr_john"))->whatsappConnected);
        QCOMPARE(ann->state(), ConnectionState::Connected);
        QVERIFY(fileCount(annDir) >= annFiles);

        // Remove: the session, its profile directory and the SDR record go.
        QSignalSpy removed(manager, &SessionManager::sdrRemoved);
        manager->removeSdr(QStringLiteral("sdr_john"));
        QVERIFY(env.untilMovingClock([&] { return removed.size() == 1; }));
        QCOMPARE(removed.first().at(1).toBool(), true);
        QVERIFY(manager->session(QStringLiteral("sdr_john")) == nullptr);
        QVERIFY(!QFileInfo::exists(johnDir));
        QVERIFY(!env.sdrs->find(QStringLiteral("sdr_john")));
        QVERIFY(QFileInfo::exists(annDir));
        QCOMPARE(manager->sessions().size(), 1);
    }

    // Deliver 5: a corrected expected number reaches the running session at once: no lead goes out
    // from the wrong account until a restart.
    void anExpectedNumberChangeReachesTheRunningSession()
    {
        SessionTestEnv env;
        QVERIFY(env.init());
        env.makeManager();
        WhatsAppSession* john = env.addSdr(QStringLiteral("sdr_john"), QStringLiteral("+905551112233"));
        QVERIFY(env.link(john, QStringLiteral("+905551112233")));
        QVERIFY(john->isReadyToSend());
        SdrRecord corrected = *env.sdrs->find(QStringLiteral("sdr_john"));
        corrected.expectedPhone = QStringLiteral("+905559998877"); // the CRM fixed a wrong number
        QVERIFY(env.sdrs->upsert(corrected));
        QVERIFY(!john->isReadyToSend());
        QCOMPARE(john->state(), ConnectionState::WrongNumber);
        corrected.expectedPhone = QStringLiteral("+905551112233");
        QVERIFY(env.sdrs->upsert(corrected));
        QVERIFY(john->isReadyToSend());
    }

    // Issue 10: the core drives the lifecycle through ChannelProvider and hears of every change of
    // a channel from it, with no wiring in between.
    void theCoreDrivesTheSessionLifecycleThroughTheChannelProvider()
    {
        SessionTestEnv env;
        QVERIFY(env.init());
        SessionManager* manager = env.makeManager();
        struct Recorder : ChannelProvider::Listener
        {
            QStringList changes;
            void channelChanged(const QString& sdrId) override { changes << sdrId; }
        } recorder;
        ChannelProvider* provider = manager;
        provider->addListener(&recorder);
        QSignalSpy added(manager, &SessionManager::sessionAdded);
        SdrRecord sdr;
        sdr.id = QStringLiteral("sdr_john");
        sdr.name = QStringLiteral("John");

        QVERIFY(provider->ensureChannel(sdr));
        QCOMPARE(added.size(), 1); // the UI still learns of it
        MessageChannel* channel = provider->channelFor(sdr.id);
        QVERIFY(channel);
        QCOMPARE(channel->sdrId(), sdr.id);
        QVERIFY(recorder.changes.contains(sdr.id)); // told it appeared
        // Its state changes reach the listener.
        recorder.changes.clear();
        QVERIFY(SessionTestEnv::waitForState(manager->session(sdr.id), ConnectionState::QrRequired));
        QVERIFY(recorder.changes.contains(sdr.id));
        // Ensured again: the same session, with the record.
        QVERIFY(provider->ensureChannel(sdr));
        QCOMPARE(added.size(), 1);
        QCOMPARE(provider->channelFor(sdr.id), channel);

        // Released: the session goes, its profile stays, the listener is told.
        const QString dir = manager->profileStore()->profileDirFor(sdr.id);
        QVERIFY(QFileInfo::exists(dir));
        recorder.changes.clear();
        provider->releaseChannel(sdr.id);
        QVERIFY(!provider->channelFor(sdr.id));
        QVERIFY(!manager->session(sdr.id));
        QVERIFY(QFileInfo::exists(dir));
        QCOMPARE(recorder.changes, QStringList{sdr.id});

        SdrRecord bad; // an empty id names no profile
        QVERIFY(!provider->ensureChannel(bad));
        provider->removeListener(&recorder);
    }

    void refusesIdsThatCannotBeProfiles()
    {
        SessionTestEnv env;
        QVERIFY(env.init());
        SessionManager* manager = env.makeManager();
        SdrRecord empty;
        QVERIFY(manager->ensureSession(empty) == nullptr);
        SdrRecord traversal;
        traversal.id = QStringLiteral("../../escape");
        WhatsAppSession* session = manager->ensureSession(traversal);
        QVERIFY(session);
        const QString dir = manager->profileStore()->profileDirFor(traversal.id);
        QVERIFY(dir.startsWith(env.dir.filePath(QStringLiteral("profiles/"))));
        SDR_TRY_VERIFY(QFileInfo(dir).isDir());
        QVERIFY(!QFileInfo::exists(env.dir.filePath(QStringLiteral("escape"))));
        QVERIFY(SessionTestEnv::waitForState(session, ConnectionState::QrRequired));
    }
};

SDR_WEBENGINE_TEST_MAIN(TestSessionManager)
#include "TestSessionManager.moc"
