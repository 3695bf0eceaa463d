#include "ActivityLog.h"
#include "ConnectionStatusRepository.h"
#include "ConnectionTracker.h"
#include "CrmClient.h"
#include "FakeWhatsAppChannel.h"
#include "ManualClock.h"
#include "SdrRepository.h"
#include "Store.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestConnectionTracker : public QObject
{
    Q_OBJECT

    struct Env
    {
        QTemporaryDir dir;
        Store store;
        ManualClock clock;
        std::unique_ptr<SdrRepository> sdrs;
        std::unique_ptr<ConnectionStatusRepository> statuses;
        std::unique_ptr<ActivityLog> activity;

        bool open()
        {
            if (!store.open(dir.filePath(QStringLiteral("t.db"))))
                return false;
            sdrs = std::make_unique<SdrRepository>(&store);
            statuses = std::make_unique<ConnectionStatusRepository>(&store);
            activity = std::make_unique<ActivityLog>(&store, &clock);
            SdrRecord john;
            john.id = QStringLiteral("sdr_john");
            john.name = QStringLiteral("John");
            john.expectedPhone = QStringLiteral("+905551112233");
            SdrRecord ann;
            ann.id = QStringLiteral("sdr_ann");
            ann.name = QStringLiteral("Ann");
            return sdrs->upsert(john) && sdrs->upsert(ann);
        }
        std::unique_ptr<ConnectionTracker> tracker()
        {
            return std::make_unique<ConnectionTracker>(statuses.get(), activity.get(), sdrs.get(), &clock);
        }
    };

private slots:
    void effectiveState_data()
    {
        QTest::addColumn<ConnectionState>("state");
        QTest::addColumn<QString>("linked");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<ConnectionState>("result");
        QTest::newRow("no expectation") << ConnectionState::Connected << "905551112233"
                                        << "" << ConnectionState::Connected;
        QTest::newRow("same digits") << ConnectionState::Connected << "905551112233"
                                     << "+90 555 111 22 33" << ConnectionState::Connected;
        QTest::newRow("other number") << ConnectionState::Connected << "15551234567"
                                      << "+905551112233" << ConnectionState::WrongNumber;
        QTest::newRow("phone unknown yet") << ConnectionState::Connected << ""
                                           << "+905551112233" << ConnectionState::Connected;
        QTest::newRow("not connected") << ConnectionState::PhoneOffline << "15551234567"
                                       << "+905551112233" << ConnectionState::PhoneOffline;
    }
    void effectiveState()
    {
        QFETCH(ConnectionState, state);
        QFETCH(QString, linked);
        QFETCH(QString, expected);
        QFETCH(ConnectionState, result);
        QCOMPARE(ConnectionTracker::effectiveState(state, linked, expected), result);
    }

    // Contract §4 (v1.1): a session linked to somebody else's phone is not this SDR's WhatsApp.
    void aWrongNumberIsNotConnected()
    {
        Env env;
        QVERIFY(env.open());
        auto tracker = env.tracker();
        FakeWhatsAppChannel channel(QStringLiteral("sdr_john"));
        tracker->track(&channel);
        channel.set(ConnectionState::Connected, QStringLiteral("15551234567")); // John expects +90...
        auto stored = env.statuses->find(QStringLiteral("sdr_john"));
        QCOMPARE(stored->state, ConnectionState::WrongNumber);
        QVERIFY(!stored->whatsappConnected);
        QCOMPARE(stored->whatsappPhone, QStringLiteral("+15551234567")); // which phone was scanned
        QVERIFY(!stored->whatsappSessionId.isEmpty());
        const QString link = stored->whatsappSessionId;
        QCOMPARE(CrmClient::statusPayload(*stored).value("whatsapp_connected").toBool(), false);
        // The CRM corrects John's number: the same link is now his, connected, same session id.
        SdrRecord john = *env.sdrs->find(QStringLiteral("sdr_john"));
        john.expectedPhone = QStringLiteral("+15551234567");
        QVERIFY(env.sdrs->upsert(john));
        stored = env.statuses->find(QStringLiteral("sdr_john"));
        QCOMPARE(stored->state, ConnectionState::Connected);
        QVERIFY(stored->whatsappConnected);
        QCOMPARE(stored->whatsappSessionId, link);
    }

    void storesEveryChangeWithANewSessionIdPerLink()
    {
        Env env;
        QVERIFY(env.open());
        auto tracker = env.tracker();
        QSignalSpy changed(tracker.get(), &ConnectionTracker::statusChanged);
        FakeWhatsAppChannel channel(QStringLiteral("sdr_john"));
        tracker->track(&channel);
        QCOMPARE(changed.size(), 1);
        auto stored = env.statuses->find(QStringLiteral("sdr_john"));
        QVERIFY(stored);
        QCOMPARE(stored->state, ConnectionState::Loading);
        QVERIFY(!stored->whatsappConnected);
        QVERIFY(stored->reportPending);

        channel.set(ConnectionState::QrRequired);
        env.clock.advance(60000);
        channel.set(ConnectionState::Connected, QStringLiteral("905551112233"));
        stored = env.statuses->find(QStringLiteral("sdr_john"));
        QCOMPARE(stored->state, ConnectionState::Connected);
        QVERIFY(stored->whatsappConnected);
        QCOMPARE(stored->whatsappPhone, QStringLiteral("+905551112233"));
        QCOMPARE(stored->whatsappConnectedAt, env.clock.now());
        const QString firstLink = stored->whatsappSessionId;
        QVERIFY(!QUuid::fromString(firstLink).isNull());
        QCOMPARE(changed.size(), 3);
        QCOMPARE(changed.last().first().value<ConnectionStatus>().whatsappSessionId, firstLink);

        // Hibernation and phone offline keep the link and its id.
        channel.set(ConnectionState::Hibernated, QStringLiteral("905551112233"));
        stored = env.statuses->find(QStringLiteral("sdr_john"));
        QCOMPARE(stored->state, ConnectionState::Hibernated);
        QVERIFY(stored->whatsappConnected);
        QCOMPARE(stored->whatsappSessionId, firstLink);
        channel.set(ConnectionState::PhoneOffline, QStringLiteral("905551112233"));
        QCOMPARE(env.statuses->find(QStringLiteral("sdr_john"))->whatsappSessionId, firstLink);

        // The app restarts: a new tracker, the page comes back linked -> same id, same since.
        const QDateTime since = stored->whatsappConnectedAt;
        tracker.reset();
        auto again = env.tracker();
        FakeWhatsAppChannel restarted(QStringLiteral("sdr_john"));
        again->track(&restarted);
        QVERIFY(env.statuses->find(QStringLiteral("sdr_john"))->whatsappConnected); // loading keeps the link
        env.clock.advance(1000);
        restarted.set(ConnectionState::Connected, QStringLiteral("905551112233"));
        stored = env.statuses->find(QStringLiteral("sdr_john"));
        QCOMPARE(stored->whatsappSessionId, firstLink);
        QCOMPARE(stored->whatsappConnectedAt, since);

        // Logged out: the link is gone; the next QR link gets a new id.
        restarted.set(ConnectionState::LoggedOut);
        stored = env.statuses->find(QStringLiteral("sdr_john"));
        QVERIFY(!stored->whatsappConnected);
        QVERIFY(stored->whatsappSessionId.isEmpty());
        QVERIFY(stored->whatsappPhone.isEmpty());
        restarted.set(ConnectionState::Connected, QStringLiteral("905551112233"));
        stored = env.statuses->find(QStringLiteral("sdr_john"));
        QVERIFY(stored->whatsappConnected);
        QVERIFY(!stored->whatsappSessionId.isEmpty());
        QVERIFY(stored->whatsappSessionId != firstLink);

        // Every change is in the activity log, newest first, never a message body.
        const auto entries = env.activity->entries(QStringLiteral("sdr_john"));
        QVERIFY(entries.size() >= 8);
        QCOMPARE(entries.first().kind, QStringLiteral("state"));
        QVERIFY(entries.first().message.contains(QStringLiteral("connected")));
        QVERIFY(entries.first().message.contains(QStringLiteral("+905551112233")));
    }

    void wrongNumberAndUnchangedStateIsNotSavedTwice()
    {
        Env env;
        QVERIFY(env.open());
        auto tracker = env.tracker();
        FakeWhatsAppChannel channel(QStringLiteral("sdr_john"));
        tracker->track(&channel);
        channel.set(ConnectionState::Connected, QStringLiteral("15551234567"));
        auto stored = env.statuses->find(QStringLiteral("sdr_john"));
        QCOMPARE(stored->state, ConnectionState::WrongNumber);
        QCOMPARE(stored->whatsappPhone, QStringLiteral("+15551234567"));
        QVERIFY(!stored->whatsappConnected); // contract §4 v1.1: somebody else's phone

        // Reported to the CRM, then nothing changes: the row stays reported.
        QVERIFY(env.statuses->markReported(QStringLiteral("sdr_john"), stored->updatedAt, env.clock.now()));
        QSignalSpy changed(tracker.get(), &ConnectionTracker::statusChanged);
        emit channel.stateChanged(ConnectionState::Connected);
        QCOMPARE(changed.size(), 0);
        QVERIFY(!env.statuses->find(QStringLiteral("sdr_john"))->reportPending);

        // An SDR without an expected number is simply connected; an error is stored with the state.
        FakeWhatsAppChannel ann(QStringLiteral("sdr_ann"));
        tracker->track(&ann);
        ann.set(ConnectionState::Connected, QStringLiteral("15551234567"));
        QCOMPARE(env.statuses->find(QStringLiteral("sdr_ann"))->state, ConnectionState::Connected);
        ann.set(ConnectionState::Unreachable, QStringLiteral("15551234567"),
                QStringLiteral("whatsapp_unreachable"));
        stored = env.statuses->find(QStringLiteral("sdr_ann"));
        QCOMPARE(stored->state, ConnectionState::Unreachable);
        QCOMPARE(stored->lastError, QStringLiteral("whatsapp_unreachable"));
        QVERIFY(stored->whatsappConnected); // unknown now: last known link kept
        QVERIFY(stored->reportPending);

        // A new error without a state change (e.g. the wipe after a logout failed) is stored and
        // reported too.
        QVERIFY(env.statuses->markReported(QStringLiteral("sdr_ann"), stored->updatedAt, env.clock.now()));
        env.clock.advance(1000);
        ann.set(ConnectionState::Unreachable, QStringLiteral("15551234567"),
                QStringLiteral("renderer_crashed"));
        stored = env.statuses->find(QStringLiteral("sdr_ann"));
        QCOMPARE(stored->lastError, QStringLiteral("renderer_crashed"));
        QVERIFY(stored->reportPending);

        // A session that sleeps while waiting for a QR scan still needs the scan.
        SdrRecord bobRecord;
        bobRecord.id = QStringLiteral("sdr_bob");
        QVERIFY(env.sdrs->upsert(bobRecord));
        FakeWhatsAppChannel bob(bobRecord.id);
        tracker->track(&bob);
        bob.set(ConnectionState::QrRequired);
        bob.set(ConnectionState::Hibernated);
        const auto bobStatus = env.statuses->find(QStringLiteral("sdr_bob"));
        QVERIFY(bobStatus);
        QCOMPARE(bobStatus->state, ConnectionState::QrRequired);
        // A linked session that sleeps is hibernated.
        ann.set(ConnectionState::Connected, QStringLiteral("15551234567"));
        ann.set(ConnectionState::Hibernated, QStringLiteral("15551234567"));
        QCOMPARE(env.statuses->find(QStringLiteral("sdr_ann"))->state, ConnectionState::Hibernated);
        QVERIFY(env.statuses->find(QStringLiteral("sdr_ann"))->whatsappConnected);

        // Untracked channels are not written any more.
        tracker->untrack(QStringLiteral("sdr_ann"));
        ann.set(ConnectionState::QrRequired);
        QCOMPARE(env.statuses->find(QStringLiteral("sdr_ann"))->state, ConnectionState::Hibernated);
    }
};

QTEST_GUILESS_MAIN(TestConnectionTracker)
#include "TestConnectionTracker.moc"
