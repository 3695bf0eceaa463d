#include "DispatchTestEnv.h"
#include "FakeMessageChannel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

class TestDispatcher : public QObject
{
    Q_OBJECT

    std::unique_ptr<DispatchTestEnv> m_env;
    std::unique_ptr<FakeMessageChannel> m_channelA;
    std::unique_ptr<FakeMessageChannel> m_channelB;

    std::unique_ptr<Dispatcher> makeDispatcher(const QString& sdrId) { return m_env->makeDispatcher(sdrId); }
    void enqueue(const QString& id, const QString& sdrId = QStringLiteral("sdr_a"),
                 const QString& text = QStringLiteral("Hello"))
    {
        Lead lead;
        lead.id = id;
        lead.sdrId = sdrId;
        lead.phone = QStringLiteral("+905454031918");
        lead.message = text + QLatin1Char(' ') + id;
        QCOMPARE(m_env->outbox->enqueue(lead), Outbox::Insert::Inserted);
    }
    OutboxState stateOf(const QString& id) { return m_env->outbox->find(id)->state; }

private slots:
    void init()
    {
        m_env = std::make_unique<DispatchTestEnv>();
        QVERIFY(m_env->open());
        m_channelA = std::make_unique<FakeMessageChannel>("sdr_a", "15550000001");
        m_channelB = std::make_unique<FakeMessageChannel>("sdr_b", "15550000002");
        m_env->provider.setChannel("sdr_a", m_channelA.get());
        m_env->provider.setChannel("sdr_b", m_channelB.get());
    }
    void cleanup()
    {
        m_channelA.reset();
        m_channelB.reset();
        m_env.reset();
    }

    void sendsThroughItsOwnChannelWithTheExactText()
    {
        const QString text = QString::fromUtf8("Merhaba \"Ahmet\"\n<b>1 & 2</b> \U0001F44B");
        enqueue("l1", "sdr_a", text);
        enqueue("l2", "sdr_b");
        auto dispatcher = makeDispatcher("sdr_a");
        QSignalSpy sent(dispatcher.get(), &Dispatcher::leadSent);
        dispatcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 5000);
        QCOMPARE(stateOf("l1"), OutboxState::Sent);
        QCOMPARE(m_channelA->messages().size(), 1);
        QCOMPARE(m_channelA->messages().first().text, text + " l1");
        QCOMPARE(m_channelA->messages().first().toPhone, QStringLiteral("905454031918"));
        // sdr_b's lead is not this dispatcher's business.
        QCOMPARE(stateOf("l2"), OutboxState::Queued);
        QVERIFY(m_channelB->messages().isEmpty());
        QVERIFY(m_env->outbox->find("l1")->sentAt.isValid());
    }

    void refusesAChannelOfAnotherSdrEvenWhenItsOwnIsDown()
    {
        enqueue("l1", "sdr_a");
        m_env->provider.setChannel("sdr_a", m_channelB.get()); // a wiring bug: sdr_a -> sdr_b's session
        auto dispatcher = makeDispatcher("sdr_a");
        dispatcher->start();
        m_env->advance(60 * 60 * 1000, 10); // an hour passes: nothing polls, nothing is sent
        QVERIFY(m_channelB->sendRequests().isEmpty());
        QCOMPARE(stateOf("l1"), OutboxState::Queued);
        m_env->provider.removeChannel("sdr_a"); // no session at all
        m_env->advance(60 * 60 * 1000, 10);
        QCOMPARE(stateOf("l1"), OutboxState::Queued);
        // The provider announces the right channel: that alone wakes the dispatcher.
        m_env->provider.setChannel("sdr_a", m_channelA.get());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf("l1"), OutboxState::Sent, 5000);
        QVERIFY(m_channelB->sendRequests().isEmpty());
    }

    void wakesAHibernatedSessionAndWaitsUntilReady()
    {
        enqueue("l1");
        m_channelA->setState(ConnectionState::Hibernated);
        m_channelA->setWakeDelayMs(200);
        auto dispatcher = makeDispatcher("sdr_a");
        dispatcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_channelA->wakeRequests(), 1, 5000);
        QCOMPARE(stateOf("l1"), OutboxState::Queued);
        // Its state change (through the provider) lets the lead go; no re-check was needed.
        QTRY_COMPARE_WITH_TIMEOUT(stateOf("l1"), OutboxState::Sent, 5000);
        QCOMPARE(m_channelA->sendRequests().size(), 1);
        QCOMPARE(m_channelA->wakeRequests(), 1);
    }

    void asksASessionThatStaysAsleepAgainAfterAMinute()
    {
        enqueue("l1");
        m_channelA->setState(ConnectionState::Hibernated);
        m_channelA->setWakeDelayMs(-1); // the wake-up does not take
        auto dispatcher = makeDispatcher("sdr_a");
        dispatcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_channelA->wakeRequests(), 1, 5000);
        m_env->advance(Dispatcher::WakeRepeatMs - 1000, 6);
        QCOMPARE(m_channelA->wakeRequests(), 1); // not asked again before its time
        m_env->advance(1000);
        QCOMPARE(m_channelA->wakeRequests(), 2);
        m_env->advance(Dispatcher::WakeRepeatMs);
        QCOMPARE(m_channelA->wakeRequests(), 3);
        m_channelA->setState(ConnectionState::Connected);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf("l1"), OutboxState::Sent, 5000);
    }

    void wrongNumberNeverSends()
    {
        enqueue("l1");
        m_channelA->setExpectedPhone("15559999999"); // linked number differs
        auto dispatcher = makeDispatcher("sdr_a");
        dispatcher->start();
        m_env->advance(10 * 60 * 1000, 10);
        QVERIFY(m_channelA->sendRequests().isEmpty());
        QCOMPARE(stateOf("l1"), OutboxState::Queued);
    }

    void rejectedIsFailedWithItsCode()
    {
        enqueue("l1");
        m_channelA->scriptSend(SendOutcome::Result::Rejected, "not_on_whatsapp");
        auto dispatcher = makeDispatcher("sdr_a");
        QSignalSpy failed(dispatcher.get(), &Dispatcher::leadFailed);
        dispatcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QCOMPARE(m_env->outbox->find("l1")->error, QStringLiteral("not_on_whatsapp"));
        QCOMPARE(stateOf("l1"), OutboxState::Failed);
    }

    void notAttemptedKeepsTheLeadAndPausesUntilReady()
    {
        enqueue("l1");
        m_channelA->scriptSend(SendOutcome::Result::NotAttempted, "session_logged_out");
        auto dispatcher = makeDispatcher("sdr_a");
        dispatcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_channelA->sendRequests().size(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf("l1"), OutboxState::Queued, 5000);
        m_channelA->setState(ConnectionState::LoggedOut);
        m_env->advance(10 * 60 * 1000, 10); // longer than any NotAttempted hold: not ready, not sent
        QCOMPARE(m_channelA->sendRequests().size(), 1); // held
        m_channelA->setState(ConnectionState::Connected);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf("l1"), OutboxState::Sent, 5000);
        QCOMPARE(m_channelA->messages().size(), 1);
        QCOMPARE(m_env->outbox->find("l1")->attempts, 1); // the try that was never pressed does not count
    }

    void unconfirmedIsVerifiedNeverResentBlindly_data()
    {
        QTest::addColumn<bool>("delivered");
        QTest::addColumn<int>("verify"); // -1: the fake looks in its chat
        QTest::addColumn<int>("finalState");
        QTest::addColumn<int>("messages");
        QTest::newRow("went out: found") << true << -1 << int(OutboxState::Sent) << 1;
        QTest::newRow("did not go out: absent, sent again") << false << -1 << int(OutboxState::Sent) << 1;
        QTest::newRow("cannot tell: uncertain")
            << true << int(VerifyOutcome::Unknown) << int(OutboxState::Uncertain) << 1;
    }

    void unconfirmedIsVerifiedNeverResentBlindly()
    {
        QFETCH(bool, delivered);
        QFETCH(int, verify);
        QFETCH(int, finalState);
        QFETCH(int, messages);
        enqueue("l1");
        SendOutcome unconfirmed;
        unconfirmed.result = SendOutcome::Result::Unconfirmed;
        unconfirmed.error = "send_timeout";
        m_channelA->scriptSend(unconfirmed, delivered ? 1 : 0);
        if (verify >= 0)
            m_channelA->scriptVerify(VerifyOutcome(verify));
        auto dispatcher = makeDispatcher("sdr_a");
        dispatcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(int(stateOf("l1")), finalState, 5000);
        m_env->advance(3600 * 1000, 10);
        QCOMPARE(int(stateOf("l1")), finalState);
        QCOMPARE(m_channelA->verifyRequests().size(), 1);
        QCOMPARE(m_channelA->messages().size(), messages);
    }

    void uncertainResendByAPerson()
    {
        enqueue("l1");
        SendOutcome unconfirmed;
        unconfirmed.result = SendOutcome::Result::Unconfirmed;
        m_channelA->scriptSend(unconfirmed, 0);
        m_channelA->scriptVerify(VerifyOutcome::Unknown);
        auto dispatcher = makeDispatcher("sdr_a");
        dispatcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf("l1"), OutboxState::Uncertain, 5000);
        QVERIFY(m_env->outbox->resendUncertain("l1"));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf("l1"), OutboxState::Sent, 5000);
        QCOMPARE(m_channelA->messages().size(), 1);
    }

    void recoveryVerifiesLeadsLeftInSendingBeforeAnythingElse()
    {
        enqueue("found");
        enqueue("absent");
        enqueue("fresh");
        QVERIFY(m_env->outbox->beginSend("found"));
        QVERIFY(m_env->outbox->beginSend("absent"));
        // "found" went out before the crash; "absent" did not.
        m_channelA->addExistingMessage("905454031918", "Hello found");
        auto dispatcher = makeDispatcher("sdr_a");
        dispatcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_env->outbox->count(OutboxState::Sent, "sdr_a"), 3, 5000);
        QCOMPARE(m_channelA->verifyRequests().size(), 2);
        QVERIFY(m_channelA->verifyRequests().at(0).startsWith("verify/"));
        // "found" was never sent again; "absent" and "fresh" were sent once each.
        QStringList sentTexts;
        for (const auto& message : m_channelA->messages())
            sentTexts << message.text;
        QCOMPARE(sentTexts.count("Hello found"), 1);
        QCOMPARE(sentTexts.count("Hello absent"), 1);
        QCOMPARE(sentTexts.count("Hello fresh"), 1);
        QCOMPARE(m_channelA->sendRequests().size(), 2);
    }

    void aChannelThatNeverAnswersIsVerifiedAfterTheWatchdog()
    {
        enqueue("l1");
        m_channelA->setAutoAnswer(false);
        QVERIFY(m_env->settings->setGlobal(SettingKeys::SendTimeoutSecs, 5));
        auto dispatcher = makeDispatcher("sdr_a");
        dispatcher->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_channelA->hasPendingSend(), 5000);
        // The first send stays unanswered; the next ones are answered.
        m_channelA->setAutoAnswer(true);
        m_env->advance(dispatcher->watchdogMs(false) - 1);
        QCOMPARE(m_channelA->verifyRequests().size(), 0); // the watchdog waits its whole time
        m_env->advance(1);
        QTRY_COMPARE_WITH_TIMEOUT(m_channelA->verifyRequests().size(), 1, 5000);
        // Nothing in the chat: verified absent, queued and sent again (once).
        QTRY_COMPARE_WITH_TIMEOUT(m_channelA->sendRequests().size(), 2, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf("l1"), OutboxState::Sent, 5000);
        QCOMPARE(m_channelA->messages().size(), 1);
    }

    void pacingHoldsTheNextSend()
    {
        QVERIFY(m_env->settings->setGlobal(SettingKeys::SendGapMinSecs, 30));
        QVERIFY(m_env->settings->setGlobal(SettingKeys::SendGapMaxSecs, 60));
        enqueue("l1");
        enqueue("l2");
        auto dispatcher = makeDispatcher("sdr_a");
        dispatcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf("l1"), OutboxState::Sent, 5000);
        DispatchTestEnv::settle();
        QCOMPARE(stateOf("l2"), OutboxState::Queued);
        const QDateTime next = m_env->pacer->nextSendAt("sdr_a");
        const qint64 gap = m_env->clock.now().msecsTo(next); // the clock has not moved since l1
        QVERIFY2(gap >= 30000 && gap <= 60000, qPrintable(QString::number(gap)));
        m_env->advance(gap - 1);
        QCOMPARE(stateOf("l2"), OutboxState::Queued); // not a millisecond early
        m_env->clock.set(next); // the dispatcher's timer is due at exactly that time: no wake by hand
        QTRY_COMPARE_WITH_TIMEOUT(stateOf("l2"), OutboxState::Sent, 5000);
    }

    // A lead left in `sending` (a lost answer, a watchdog, a restarted dispatcher) and then found in
    // its chat went out moments ago: the next lead waits a full random gap from then, instead of
    // following it at once.
    void aLeadFoundInItsChatCountsForPacing()
    {
        QVERIFY(m_env->settings->setGlobal(SettingKeys::SendGapMinSecs, 30));
        QVERIFY(m_env->settings->setGlobal(SettingKeys::SendGapMaxSecs, 60));
        enqueue("found");
        enqueue("next");
        // The pacer has been consulted already in this run (it read the history: nothing sent).
        QCOMPARE(m_env->pacer->decide("sdr_a").reason, Pacer::Reason::None);
        QVERIFY(m_env->outbox->beginSend("found"));
        m_channelA->addExistingMessage("905454031918", "Hello found");
        auto dispatcher = makeDispatcher("sdr_a");
        dispatcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf("found"), OutboxState::Sent, 5000);
        m_env->advance(29 * 1000); // within the shortest gap
        QCOMPARE(stateOf("next"), OutboxState::Queued);
        QCOMPARE(m_channelA->sendRequests().size(), 0);
        const auto decision = m_env->pacer->decide("sdr_a");
        QCOMPARE(decision.reason, Pacer::Reason::Gap);
        const qint64 gap = m_env->clock.now().msecsTo(decision.at) + 29 * 1000;
        QVERIFY2(gap >= 30000 && gap <= 60000, qPrintable(QString::number(gap)));
        m_env->clock.set(decision.at);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf("next"), OutboxState::Sent, 5000);
        QCOMPARE(m_channelA->sendRequests().size(), 1);
    }

    // An unconfirmed send found in the chat is counted once, not twice.
    void anUnconfirmedSendFoundIsCountedOnce()
    {
        QVERIFY(m_env->settings->setGlobal(SettingKeys::HourlyCap, 2));
        enqueue("l1");
        enqueue("l2");
        enqueue("l3");
        SendOutcome unconfirmed;
        unconfirmed.result = SendOutcome::Result::Unconfirmed;
        m_channelA->scriptSend(unconfirmed, 1);
        auto dispatcher = makeDispatcher("sdr_a");
        dispatcher->start();
        // l1: unconfirmed, then found (one send); l2 goes too; the cap of 2 per hour holds l3.
        QTRY_COMPARE_WITH_TIMEOUT(stateOf("l2"), OutboxState::Sent, 5000);
        QCOMPARE(stateOf("l1"), OutboxState::Sent);
        m_env->advance(59 * 60 * 1000, 10);
        QCOMPARE(stateOf("l3"), OutboxState::Queued);
        QCOMPARE(m_env->pacer->decide("sdr_a").reason, Pacer::Reason::HourlyCap);
        m_env->clock.advance(60 * 1000); // the hour is over: the dispatcher's timer fires
        QTRY_COMPARE_WITH_TIMEOUT(stateOf("l3"), OutboxState::Sent, 5000);
    }

    // Deliver 6: a store that cannot be written (read-only, disk full) is an error state with a
    // growing delay and a visible message, never an immediate re-wake.
    void aStoreThatCannotBeWrittenWaitsInsteadOfSpinning()
    {
        enqueue("l1");
        QSqlQuery readOnly(m_env->store->database());
        QVERIFY(readOnly.exec("PRAGMA query_only = 1"));
        auto dispatcher = makeDispatcher("sdr_a");
        dispatcher->setStoreRetryMs(200, 400);
        QSignalSpy errors(dispatcher.get(), &Dispatcher::storeError);
        dispatcher->start();
        QTRY_VERIFY_WITH_TIMEOUT(errors.size() >= 1, 5000);
        DispatchTestEnv::settle();
        QCOMPARE(errors.size(), 1); // nothing is tried again before the hold is over
        m_env->advance(1000, 20);
        // A hot loop would have tried thousands of times; a backoff of 200-400 ms a handful.
        QVERIFY2(errors.size() >= 3 && errors.size() <= 6, qPrintable(QString::number(errors.size())));
        QVERIFY(dispatcher->hasStoreError());
        // The activity log lives in the same store: the signal is what the window shows.
        QVERIFY(errors.first().at(1).toString().contains("Cannot write the local store"));
        QVERIFY(m_channelA->sendRequests().isEmpty());
        QVERIFY(readOnly.exec("PRAGMA query_only = 0"));
        m_env->advance(400); // the longest hold
        QTRY_COMPARE_WITH_TIMEOUT(stateOf("l1"), OutboxState::Sent, 5000);
        QVERIFY(!dispatcher->hasStoreError());
        QCOMPARE(m_channelA->messages().size(), 1);
    }

    // Send is pressed only once `sending` is synced to the disk. A sync that fails (here the log's
    // path is taken by a directory, so it cannot be opened) leaves the lead queued and unpressed,
    // and the SDR waits as for a failed write; once the disk can be synced, it goes out once.
    void aSendingRowThatCannotBeSyncedIsNotPressed()
    {
        enqueue("l1");
        const QString log = m_env->store->filePath() + QStringLiteral("-wal");
        QVERIFY(QFileInfo::exists(log));
        QVERIFY(QFile::rename(log, log + QStringLiteral(".aside"))); // SQLite keeps its descriptor
        QVERIFY(QDir().mkdir(log));
        auto dispatcher = makeDispatcher("sdr_a");
        dispatcher->setStoreRetryMs(200, 400);
        QSignalSpy errors(dispatcher.get(), &Dispatcher::storeError);
        dispatcher->start();
        QTRY_VERIFY_WITH_TIMEOUT(errors.size() >= 1, 5000);
        DispatchTestEnv::settle();
        QVERIFY(m_channelA->sendRequests().isEmpty());
        QCOMPARE(stateOf("l1"), OutboxState::Queued);
        QCOMPARE(m_env->outbox->find("l1")->attempts, 0); // nothing was pressed
        QVERIFY(errors.first().at(1).toString().contains("to the disk"));

        QVERIFY(QDir().rmdir(log));
        QVERIFY(QFile::rename(log + QStringLiteral(".aside"), log));
        m_env->advance(400); // the longest hold
        QTRY_COMPARE_WITH_TIMEOUT(stateOf("l1"), OutboxState::Sent, 5000);
        QCOMPARE(m_channelA->messages().size(), 1);
    }

    // The message went out but `sent` cannot be written: the lead stays `sending`, waits, and is
    // verified in its chat (found) instead of being sent again.
    void aSendWhoseResultCannotBeStoredIsVerifiedNotResent()
    {
        enqueue("l1");
        QSqlQuery readOnly(m_env->store->database());
        // Connected before the dispatcher attaches: the store turns read-only just as Sent arrives.
        connect(m_channelA.get(), &MessageChannel::sendFinished, this,
                [&] { QVERIFY(readOnly.exec("PRAGMA query_only = 1")); });
        auto dispatcher = makeDispatcher("sdr_a");
        dispatcher->setStoreRetryMs(300, 600);
        QSignalSpy errors(dispatcher.get(), &Dispatcher::storeError);
        dispatcher->start();
        QTRY_VERIFY_WITH_TIMEOUT(errors.size() >= 1, 5000);
        QCOMPARE(stateOf("l1"), OutboxState::Sending);
        m_env->advance(500, 10);
        QVERIFY2(errors.size() >= 2 && errors.size() <= 4, qPrintable(QString::number(errors.size())));
        QVERIFY(readOnly.exec("PRAGMA query_only = 0"));
        m_env->advance(600); // the longest hold
        QTRY_COMPARE_WITH_TIMEOUT(stateOf("l1"), OutboxState::Sent, 5000);
        QCOMPARE(m_channelA->sendRequests().size(), 1);
        QVERIFY(m_channelA->verifyRequests().size() >= 1); // once per hold while still read-only
        QCOMPARE(m_channelA->messages().size(), 1);
    }

    // Deliver 4 (last part): a lead that keeps failing before the press waits, the ones behind it
    // go first, and it fails with its reason after MaxDeferrals tries.
    void aLeadThatKeepsFailingBeforeThePressDoesNotBlockTheOthers()
    {
        enqueue("stuck");
        enqueue("next");
        for (int i = 0; i < Dispatcher::MaxDeferrals; ++i) {
            SendOutcome mismatch;
            mismatch.result = SendOutcome::Result::NotAttempted;
            mismatch.error = "editor_mismatch";
            mismatch.detail = "the compose box does not hold the message";
            m_channelA->scriptSend(mismatch, 0);
            if (i == 0)
                m_channelA->scriptSend(SendOutcome::Result::Sent); // "next"
        }
        auto dispatcher = makeDispatcher("sdr_a");
        dispatcher->setDeferralBaseMs(1000);
        QSignalSpy failed(dispatcher.get(), &Dispatcher::leadFailed);
        dispatcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf("next"), OutboxState::Sent, 5000);
        QCOMPARE(m_channelA->sendRequests().size(), 2);
        QVERIFY(m_channelA->sendRequests().at(0).startsWith("send/stuck/"));
        QVERIFY(m_channelA->sendRequests().at(1).startsWith("send/next/"));
        QCOMPARE(stateOf("stuck"), OutboxState::Queued);
        QCOMPARE(m_env->outbox->find("stuck")->attempts, 0); // nothing was pressed
        // Not retried before its time: 1 s, then 2 s, 4 s, 8 s.
        m_env->advance(999);
        QCOMPARE(m_channelA->sendRequests().size(), 2);
        for (int tries = 2; tries <= Dispatcher::MaxDeferrals; ++tries) {
            QTRY_COMPARE_WITH_TIMEOUT(m_env->outbox->find("stuck")->deferrals, tries - 1, 5000);
            QCOMPARE(stateOf("stuck"), OutboxState::Queued);
            if (tries > 2) {
                m_env->advance((1000LL << (tries - 2)) - 1);
                QCOMPARE(m_channelA->sendRequests().size(), tries);
            }
            m_env->clock.advance(1); // due: the dispatcher's timer fires, no wake by hand
            QTRY_COMPARE_WITH_TIMEOUT(m_channelA->sendRequests().size(), tries + 1, 5000);
        }
        QTRY_COMPARE_WITH_TIMEOUT(stateOf("stuck"), OutboxState::Failed, 5000);
        const auto stuck = m_env->outbox->find("stuck");
        QCOMPARE(stuck->error, QStringLiteral("editor_mismatch"));
        QVERIFY2(stuck->detail.contains("5 tries"), qPrintable(stuck->detail));
        QCOMPARE(failed.size(), 1);
        QVERIFY(m_channelA->messages().size() == 1); // only "next" ever went out
    }

    // Deliver 2: after a press, one automatic re-send at most (attempts); a second "absent" is
    // uncertain, for a person.
    void absentTwiceIsUncertainNeverASecondResend()
    {
        enqueue("l1");
        SendOutcome unconfirmed;
        unconfirmed.result = SendOutcome::Result::Unconfirmed;
        unconfirmed.error = "send_timeout";
        m_channelA->scriptSend(unconfirmed, 0);
        m_channelA->scriptSend(unconfirmed, 0);
        m_channelA->scriptSend(unconfirmed, 0);
        auto dispatcher = makeDispatcher("sdr_a");
        QSignalSpy uncertain(dispatcher.get(), &Dispatcher::leadUncertain);
        dispatcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf("l1"), OutboxState::Uncertain, 5000);
        m_env->advance(24LL * 3600 * 1000, 24);
        QCOMPARE(stateOf("l1"), OutboxState::Uncertain);
        QCOMPARE(m_channelA->sendRequests().size(), 2);
        QCOMPARE(m_channelA->verifyRequests().size(), 2);
        QCOMPARE(m_env->outbox->find("l1")->attempts, 2);
        QCOMPARE(uncertain.size(), 1);
    }

    // Deliver 3: the watchdog outlasts a job that restarted its timeout at the press (up to two
    // send timeouts), so a slow but real send is not verified and sent again meanwhile.
    void theWatchdogOutlastsAJobThatRestartedItsTimeout()
    {
        enqueue("l1");
        QVERIFY(m_env->settings->setGlobal(SettingKeys::SendTimeoutSecs, 5));
        m_channelA->setAutoAnswer(false);
        auto dispatcher = makeDispatcher("sdr_a");
        dispatcher->setWatchdogGraceMs(-4500);
        QCOMPARE(dispatcher->watchdogMs(false), 2 * 5000 - 4500);
        dispatcher->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_channelA->hasPendingSend(), 5000);
        m_env->advance(5000 + 500 - 1, 5); // past one timeout + grace, within two
        QCOMPARE(m_channelA->verifyRequests().size(), 0);
        SendOutcome sentOutcome;
        sentOutcome.result = SendOutcome::Result::Sent;
        m_channelA->answerPendingSend(sentOutcome, true);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf("l1"), OutboxState::Sent, 5000);
        m_env->advance(60 * 1000, 6); // the stopped watchdog never fires
        QCOMPARE(m_channelA->sendRequests().size(), 1);
        QCOMPARE(m_channelA->verifyRequests().size(), 0);
        QCOMPARE(m_channelA->messages().size(), 1);
    }

    // A Sent that arrives after the watchdog gave up still counts (it is not dropped as stale and
    // the lead does not end uncertain).
    void aLateSentAfterTheWatchdogCounts()
    {
        enqueue("l1");
        QVERIFY(m_env->settings->setGlobal(SettingKeys::SendTimeoutSecs, 5));
        m_channelA->setAutoAnswer(false);
        m_channelA->setResponseDelayMs(300);              // the verification answers after the late Sent
        m_channelA->scriptVerify(VerifyOutcome::Unknown); // the busy session could not have told
        auto dispatcher = makeDispatcher("sdr_a");
        QSignalSpy sent(dispatcher.get(), &Dispatcher::leadSent);
        QSignalSpy uncertain(dispatcher.get(), &Dispatcher::leadUncertain);
        QSignalSpy verified(m_channelA.get(), &MessageChannel::verifyFinished);
        dispatcher->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_channelA->hasPendingSend(), 5000);
        m_env->advance(dispatcher->watchdogMs(false)); // the watchdog gives up on the send
        QTRY_COMPARE_WITH_TIMEOUT(m_channelA->verifyRequests().size(), 1, 5000);
        SendOutcome sentOutcome;
        sentOutcome.result = SendOutcome::Result::Sent;
        m_channelA->answerPendingSend(sentOutcome, true); // late, but it went out
        QTRY_COMPARE_WITH_TIMEOUT(stateOf("l1"), OutboxState::Sent, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(verified.size(), 1, 5000); // the verification's late "unknown"
        DispatchTestEnv::settle();                           // changes nothing
        QCOMPARE(stateOf("l1"), OutboxState::Sent);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(uncertain.size(), 0);
        QCOMPARE(m_channelA->sendRequests().size(), 1);
    }

    // Deliver 3: a person's Resend of an uncertain lead looks in the chat first.
    void resendOfAnUncertainLeadChecksTheChatFirst()
    {
        enqueue("l1");
        SendOutcome unconfirmed;
        unconfirmed.result = SendOutcome::Result::Unconfirmed;
        m_channelA->scriptSend(unconfirmed, 1); // it did go out
        m_channelA->scriptVerify(VerifyOutcome::Unknown);
        auto dispatcher = makeDispatcher("sdr_a");
        dispatcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf("l1"), OutboxState::Uncertain, 5000);
        QVERIFY(m_env->outbox->resendUncertain("l1"));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf("l1"), OutboxState::Sent, 5000);
        QCOMPARE(m_channelA->verifyRequests().size(), 2);
        QCOMPARE(m_channelA->sendRequests().size(), 1); // found: never sent twice
        QCOMPARE(m_channelA->messages().size(), 1);
    }

    // "Found" needs a message no older than the attempt: the same template sent to the same number
    // for an earlier lead is not this lead.
    void anOlderMessageWithTheSameTextIsNotThisLead()
    {
        m_channelA->setClock(&m_env->clock);
        m_channelA->addExistingMessage("905454031918", "Hello l1", m_env->clock.now().addSecs(-3600));
        enqueue("l1");
        const QDateTime started = m_env->clock.now();
        QVERIFY(m_env->outbox->beginSend("l1")); // killed before the press
        m_env->clock.advance(1000);
        auto dispatcher = makeDispatcher("sdr_a");
        dispatcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf("l1"), OutboxState::Sent, 5000);
        QCOMPARE(m_channelA->verifyRequests().size(), 1);
        QCOMPARE(m_channelA->verifySince().first(), started);
        QCOMPARE(m_channelA->sendRequests().size(), 1); // verified absent, then really sent
        QCOMPARE(m_channelA->messages().size(), 2);
    }

    void pausedSendsNothing()
    {
        enqueue("l1");
        auto dispatcher = makeDispatcher("sdr_a");
        dispatcher->setPaused(true);
        dispatcher->start();
        m_env->advance(3600 * 1000, 10);
        QVERIFY(m_channelA->sendRequests().isEmpty());
        dispatcher->setPaused(false);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf("l1"), OutboxState::Sent, 5000);
    }
};

QTEST_GUILESS_MAIN(TestDispatcher)
#include "TestDispatcher.moc"
