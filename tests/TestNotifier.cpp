#include "ActivityLog.h"
#include "ConnectionStatusRepository.h"
#include "FollowUpTracker.h"
#include "Notifier.h"
#include "Outbox.h"
#include "SdrRepository.h"
#include "Settings.h"
#include "Store.h"
#include "SuppressionList.h"
#include "TrayController.h"
#include "UserPreferences.h"
#include "fixtures/ManualClock.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWidget>
#include <QtTest>

class TestNotifier : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Store* m_store = nullptr;
    SdrRepository* m_sdrs = nullptr;
    ConnectionStatusRepository* m_statuses = nullptr;
    ManualClock m_clock;
    int m_count = 0;
    const QString m_id = QStringLiteral("sdr_a");

    void save(ConnectionState state, const QString& id = {})
    {
        ConnectionStatus status;
        status.sdrId = id.isEmpty() ? m_id : id;
        status.state = state;
        status.updatedAt = m_clock.now();
        QVERIFY(m_statuses->save(status));
        m_clock.advance(1000);
    }
    Notifier::Kind kindAt(const QSignalSpy& spy, int i) { return spy.at(i).at(0).value<Notifier::Kind>(); }

    // A lead of sdr_a sent now to phone, named name.
    static bool sendLead(Outbox& outbox, const QString& leadId, const QString& name, const QString& phone,
                         const QDateTime& now)
    {
        Lead lead;
        lead.id = leadId;
        lead.sdrId = QStringLiteral("sdr_a");
        lead.name = name;
        lead.phone = phone;
        lead.message = QStringLiteral("Hello");
        if (outbox.enqueue(lead) != Outbox::Insert::Inserted)
            return false;
        return outbox.beginSend(leadId) && outbox.markSent(leadId, now);
    }

private slots:
    void init()
    {
        m_store = new Store(this);
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("n%1.db").arg(++m_count))));
        m_sdrs = new SdrRepository(m_store, this);
        m_statuses = new ConnectionStatusRepository(m_store, this);
        SdrRecord sdr;
        sdr.id = m_id;
        sdr.name = QStringLiteral("Ahmet Yılmaz");
        QVERIFY(m_sdrs->upsert(sdr));
        sdr.id = QStringLiteral("sdr_b");
        sdr.name = QStringLiteral("Bruna");
        QVERIFY(m_sdrs->upsert(sdr));
    }
    void cleanup()
    {
        delete m_statuses;
        delete m_sdrs;
        delete m_store;
    }

    void dropOutFromConnected_data()
    {
        QTest::addColumn<int>("next");
        QTest::addColumn<bool>("notified");
        QTest::newRow("phone offline") << int(ConnectionState::PhoneOffline) << true;
        QTest::newRow("conflict") << int(ConnectionState::Conflict) << true;
        QTest::newRow("logged out") << int(ConnectionState::LoggedOut) << true;
        QTest::newRow("unreachable") << int(ConnectionState::Unreachable) << true;
        QTest::newRow("wrong number") << int(ConnectionState::WrongNumber) << true;
        QTest::newRow("error") << int(ConnectionState::Error) << true;
        QTest::newRow("restricted") << int(ConnectionState::Restricted) << true;
        QTest::newRow("browser unsupported") << int(ConnectionState::BrowserUnsupported) << true;
        QTest::newRow("hibernated") << int(ConnectionState::Hibernated) << false;
        QTest::newRow("connected again") << int(ConnectionState::Connected) << false;
        QTest::newRow("loading (passing)") << int(ConnectionState::Loading) << false;
        QTest::newRow("syncing (passing)") << int(ConnectionState::Syncing) << false;
    }
    void dropOutFromConnected()
    {
        QFETCH(int, next);
        QFETCH(bool, notified);
        Notifier notifier(m_sdrs, &m_clock);
        notifier.watch(m_statuses);
        QSignalSpy spy(&notifier, &Notifier::notify);
        save(ConnectionState::Connected);
        QCOMPARE(spy.count(), 0);
        save(ConnectionState(next));
        QCOMPARE(spy.count(), notified ? 1 : 0);
        if (notified) {
            // A state that needs a person says so; the others are drop-outs.
            const bool needsPerson = needsPersonWithDetail(ConnectionState(next));
            QCOMPARE(kindAt(spy, 0), needsPerson ? Notifier::Kind::NeedsPerson : Notifier::Kind::DroppedOut);
            QCOMPARE(spy.at(0).at(1).toString(), m_id);
            QVERIFY(spy.at(0).at(2).toString().contains(QStringLiteral("Ahmet Yılmaz")));
        }
    }

    void aPauseIsNotifiedWhateverCameBefore()
    {
        Notifier notifier(m_sdrs, &m_clock);
        notifier.watch(m_statuses);
        QSignalSpy spy(&notifier, &Notifier::notify);
        save(ConnectionState::Loading);
        save(ConnectionState::Restricted); // e.g. paused again right after a restart
        QCOMPARE(spy.count(), 1);
        QCOMPARE(kindAt(spy, 0), Notifier::Kind::NeedsPerson);
        QVERIFY(spy.at(0).at(3).toString().contains(QStringLiteral("Resume sending")));
    }

    void reloadInBetweenStillCounts()
    {
        Notifier notifier(m_sdrs, &m_clock);
        notifier.watch(m_statuses);
        QSignalSpy spy(&notifier, &Notifier::notify);
        save(ConnectionState::Connected);
        save(ConnectionState::Loading);
        save(ConnectionState::Connected); // a page reload: nothing to say
        QCOMPARE(spy.count(), 0);
        save(ConnectionState::Loading);
        save(ConnectionState::PhoneOffline);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(kindAt(spy, 0), Notifier::Kind::DroppedOut);
    }

    void qrScanNeeded()
    {
        Notifier notifier(m_sdrs, &m_clock);
        notifier.watch(m_statuses);
        QSignalSpy spy(&notifier, &Notifier::notify);
        save(ConnectionState::Loading);
        save(ConnectionState::QrRequired);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(kindAt(spy, 0), Notifier::Kind::QrRequired);
        save(ConnectionState::QrRequired); // the QR rotated: same state, no new notice
        QCOMPARE(spy.count(), 1);
        // Connected, then logged out from the phone and back to the QR: one "needs a QR scan".
        save(ConnectionState::Connected);
        m_clock.advance(3600 * 1000);
        save(ConnectionState::QrRequired);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(kindAt(spy, 1), Notifier::Kind::QrRequired);
    }

    void storedStateIsNotNews()
    {
        save(ConnectionState::Connected);
        Notifier notifier(m_sdrs, &m_clock);
        notifier.watch(m_statuses);
        QSignalSpy spy(&notifier, &Notifier::notify);
        save(ConnectionState::PhoneOffline); // still a drop-out from the stored "connected"
        QCOMPARE(spy.count(), 1);
        save(ConnectionState::Loading, QStringLiteral("sdr_b"));
        save(ConnectionState::PhoneOffline, QStringLiteral("sdr_b")); // never was connected
        QCOMPARE(spy.count(), 1);
    }

    void cooldownHoldsBackRepeats()
    {
        Notifier notifier(m_sdrs, &m_clock);
        notifier.setCooldownSecs(600);
        notifier.watch(m_statuses);
        QSignalSpy spy(&notifier, &Notifier::notify);
        save(ConnectionState::Connected);
        save(ConnectionState::PhoneOffline);
        save(ConnectionState::Connected);
        save(ConnectionState::PhoneOffline); // flapping within ten minutes
        QCOMPARE(spy.count(), 1);
        m_clock.advance(601 * 1000);
        save(ConnectionState::Connected);
        save(ConnectionState::PhoneOffline);
        QCOMPARE(spy.count(), 2);
    }

    void repeatedSendFailures()
    {
        Notifier notifier(m_sdrs, &m_clock);
        notifier.setFailureThreshold(3);
        notifier.setCooldownSecs(0);
        QSignalSpy spy(&notifier, &Notifier::notify);
        notifier.recordSendResult(m_id, false, QStringLiteral("send_timeout"));
        notifier.recordSendResult(m_id, false, QStringLiteral("send_timeout"));
        notifier.recordSendResult(QStringLiteral("sdr_b"), false); // another SDR's streak
        QCOMPARE(spy.count(), 0);
        notifier.recordSendResult(m_id, false, QStringLiteral("send_timeout"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(kindAt(spy, 0), Notifier::Kind::RepeatedFailures);
        QVERIFY(spy.at(0).at(3).toString().contains(QStringLiteral("send_timeout")));
        notifier.recordSendResult(m_id, false); // the streak goes on: said once already
        QCOMPARE(spy.count(), 1);
        QCOMPARE(notifier.consecutiveFailures(m_id), 4);
        notifier.recordSendResult(m_id, true);
        QCOMPARE(notifier.consecutiveFailures(m_id), 0);
        for (int i = 0; i < 3; ++i)
            notifier.recordSendResult(m_id, false);
        QCOMPARE(spy.count(), 2);
    }

    void replyNotificationsAreOffByDefaultForEachUser()
    {
        // A fresh user's preferences: off. The choice is kept in their own settings file.
        const QString file = m_dir.filePath(QStringLiteral("prefs%1.ini").arg(++m_count));
        {
            UserPreferences preferences(file);
            QVERIFY(!preferences.replyNotifications());
            QSignalSpy changed(&preferences, &UserPreferences::replyNotificationsChanged);
            preferences.setReplyNotifications(true);
            QCOMPARE(changed.count(), 1);
        }
        QVERIFY(UserPreferences(file).replyNotifications());
        QVERIFY(!UserPreferences(m_dir.filePath(QStringLiteral("other-user.ini"))).replyNotifications());

        Notifier notifier(m_sdrs, &m_clock);
        QVERIFY(!notifier.replyNotificationsEnabled());
        QSignalSpy spy(&notifier, &Notifier::notify);
        notifier.recordReply(m_id, QStringLiteral("Eve"), QStringLiteral("Yes"));
        QCOMPARE(spy.count(), 0);
    }

    void oneNotificationPerReplyWithTheMarkupShownLiterally()
    {
        Settings settings(m_store);
        ActivityLog activity(m_store, &m_clock);
        SuppressionList suppression(m_store, &m_clock, &activity);
        FollowUpTracker tracker(m_store, &settings, &m_clock, &suppression, &activity);
        Outbox outbox(m_store, &m_clock);
        const QString evePhone = QStringLiteral("+15551230001");
        const QString bobPhone = QStringLiteral("+15551230002");
        const QString oldPhone = QStringLiteral("+15551230003");
        QVERIFY(sendLead(outbox, QStringLiteral("lead_eve"), QStringLiteral("<script>alert(1)</script> Eve"),
                         evePhone, m_clock.now()));
        QVERIFY(sendLead(outbox, QStringLiteral("lead_bob"), QStringLiteral("Bob"), bobPhone, m_clock.now()));
        QVERIFY(
            sendLead(outbox, QStringLiteral("lead_old"), QStringLiteral("Olga"), oldPhone, m_clock.now()));
        m_clock.advance(60 * 1000);

        Notifier notifier(m_sdrs, &m_clock);
        notifier.watchReplies(&tracker, m_store);
        QWidget window;
        TrayController tray(&window);
        tray.attach(&notifier);
        QSignalSpy spy(&notifier, &Notifier::notify);

        // While off, a reply tells nobody, and turning it on later does not bring it back.
        QVERIFY(tracker
                    .recordObservation(m_id, oldPhone, FollowUpTracker::Observed::Replied, {},
                                       QStringLiteral("old news"))
                    .ok);
        QCOMPARE(spy.count(), 0);
        notifier.setReplyNotificationsEnabled(true);
        QCOMPARE(spy.count(), 0);

        const QString reply = QStringLiteral("<b>Yes</b> & <a href=\"https://x.example\">call</a> me 'now'");
        QVERIFY(tracker.recordObservation(m_id, evePhone, FollowUpTracker::Observed::Replied, {}, reply).ok);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(kindAt(spy, 0), Notifier::Kind::LeadReplied);
        QCOMPARE(spy.at(0).at(1).toString(), m_id);
        const QString title = spy.at(0).at(2).toString();
        QVERIFY2(title.contains(QStringLiteral("<script>alert(1)</script> Eve")), qPrintable(title));
        QVERIFY2(title.contains(QStringLiteral("Ahmet Yılmaz")), qPrintable(title));
        QCOMPARE(spy.at(0).at(3).toString(), reply); // plain text; the tray escapes it
        QCOMPARE(tray.shownCount(), 1);
        QCOMPARE(tray.lastMessage(), reply);
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
        // The freedesktop server reads the body as markup: every tag arrives escaped.
        QCOMPARE(tray.lastBody(),
                 QStringLiteral("&lt;b&gt;Yes&lt;/b&gt; &amp; &lt;a href=&quot;https://x.example&quot;"
                                "&gt;call&lt;/a&gt; me &#39;now&#39;"));
        QVERIFY(!tray.lastBody().contains(QLatin1Char('<')));
#endif

        // The same reply seen again (the next look at the chat), and a later message: no repeat.
        QVERIFY(tracker.recordObservation(m_id, evePhone, FollowUpTracker::Observed::Replied, {}, reply).ok);
        QVERIFY(tracker
                    .recordObservation(m_id, evePhone, FollowUpTracker::Observed::Replied, {},
                                       QStringLiteral("still there?"))
                    .ok);
        QCOMPARE(spy.count(), 1);
        // Another lead's reply is its own notification.
        QVERIFY(tracker
                    .recordObservation(m_id, bobPhone, FollowUpTracker::Observed::Replied, {},
                                       QStringLiteral("Hi"))
                    .ok);
        QCOMPARE(spy.count(), 2);
        QVERIFY(spy.at(1).at(2).toString().contains(QStringLiteral("Bob")));
        QCOMPARE(tray.shownCount(), 2);

        // Two leads to one phone (sent twice): its one reply is one notification.
        QVERIFY(sendLead(outbox, QStringLiteral("lead_twice_1"), QStringLiteral("Tess"),
                         QStringLiteral("+15551230005"), m_clock.now()));
        QVERIFY(sendLead(outbox, QStringLiteral("lead_twice_2"), QStringLiteral("Tess"),
                         QStringLiteral("+15551230005"), m_clock.now()));
        m_clock.advance(60 * 1000);
        const auto twice =
            tracker.recordObservation(m_id, QStringLiteral("+15551230005"),
                                      FollowUpTracker::Observed::Replied, {}, QStringLiteral("Hello!"));
        QVERIFY(twice.ok);
        QCOMPARE(twice.leads, 2);
        QCOMPARE(spy.count(), 3);

        // Turned off again: nothing.
        notifier.setReplyNotificationsEnabled(false);
        QVERIFY(sendLead(outbox, QStringLiteral("lead_new"), QStringLiteral("Nia"),
                         QStringLiteral("+15551230004"), m_clock.now()));
        m_clock.advance(60 * 1000);
        QVERIFY(tracker
                    .recordObservation(m_id, QStringLiteral("+15551230004"),
                                       FollowUpTracker::Observed::Replied, {}, QStringLiteral("Hi"))
                    .ok);
        QCOMPARE(spy.count(), 3);
    }

    void removedSdrIsForgotten()
    {
        Notifier notifier(m_sdrs, &m_clock);
        notifier.watch(m_statuses);
        notifier.recordSendResult(m_id, false);
        QCOMPARE(notifier.consecutiveFailures(m_id), 1);
        QVERIFY(m_sdrs->remove(m_id));
        QCOMPARE(notifier.consecutiveFailures(m_id), 0);
    }
};

QTEST_MAIN(TestNotifier)
#include "TestNotifier.moc"
