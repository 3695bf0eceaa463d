// What an SDR's WhatsApp Web shows after a send (delivered, read, a reply), read through a linked
// session against the simulated WhatsApp Web in both of its markup generations: cheap from the
// chat list, from the chat only when the list cannot tell.
#include "TryInEventLoop.h"
#include "WebEngineTestMain.h"

#include <QSignalSpy>

class TestFollowUpLook : public QObject
{
    Q_OBJECT

    SessionTestEnv* m_env = nullptr;
    WhatsAppSession* m_john = nullptr;
    const QString m_me = QStringLiteral("+905551112233");
    int m_leadCounter = 0;

    bool send(const QString& toDigits, const QString& text)
    {
        QSignalSpy finished(m_john, &MessageChannel::sendFinished);
        m_john->send(QStringLiteral("req"), toDigits, text);
        if (finished.isEmpty() && !finished.wait(20000))
            return false;
        return finished.first().at(1).value<SendOutcome>().result == SendOutcome::Result::Sent;
    }
    // One look; the observations it made (none when it could not look).
    QVector<FollowUpObservation> look(const QVector<WatchedLead>& leads)
    {
        QSignalSpy checked(m_john, &MessageChannel::followUpsChecked);
        m_john->checkFollowUps(leads);
        if (checked.isEmpty() && !checked.wait(30000))
            return {};
        return checked.first().at(0).value<QVector<FollowUpObservation>>();
    }
    // Looks until `wanted` holds for the lead's observation (the page shows changes on its next
    // poll), at most ~10 s.
    std::optional<FollowUpObservation>
    lookUntil(const WatchedLead& lead, const std::function<bool(const FollowUpObservation&)>& wanted)
    {
        for (int i = 0; i < 20; ++i) {
            for (const FollowUpObservation& seen : look({lead})) {
                if (seen.leadId == lead.leadId && wanted(seen))
                    return seen;
            }
            EventLoopWait::forMs(500);
        }
        return std::nullopt;
    }
    WatchedLead sentLead(const QString& text)
    {
        WatchedLead lead;
        lead.leadId = QStringLiteral("lead_%1").arg(++m_leadCounter);
        lead.phoneDigits = QStringLiteral("1555000%1").arg(1000 + m_leadCounter);
        lead.text = text;
        lead.sentAt = QDateTime::currentDateTimeUtc().addSecs(-1);
        return lead;
    }
    void useMarkup(int markup)
    {
        m_env->server.setMarkup(FakeWhatsAppServer::Markup(markup));
        m_john->reloadPage();
        QVERIFY(SessionTestEnv::waitForState(m_john, ConnectionState::Connected, 20000));
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<SendOutcome>();
        qRegisterMetaType<QVector<FollowUpObservation>>();
        m_env = new SessionTestEnv;
        QVERIFY(m_env->init());
        m_env->makeManager();
        m_john = m_env->addSdr(QStringLiteral("sdr_john"), m_me);
        QVERIFY(m_env->link(m_john, m_me));
    }
    void cleanupTestCase() { delete m_env; }

    void deliveredAndReadComeFromTheChatListWithoutOpeningTheChat_data()
    {
        QTest::addColumn<int>("markup");
        QTest::newRow("classic") << int(FakeWhatsAppServer::Markup::Classic);
        QTest::newRow("current") << int(FakeWhatsAppServer::Markup::Current);
    }
    void deliveredAndReadComeFromTheChatListWithoutOpeningTheChat()
    {
        QFETCH(int, markup);
        useMarkup(markup);
        WatchedLead lead = sentLead(QStringLiteral("Hi Ana, 10 minutes this week?"));
        QVERIFY(send(lead.phoneDigits, lead.text));
        const int opens = m_env->server.chatOpenCount(m_me, lead.phoneDigits);

        // Sent but not on the lead's phone yet: nothing to tell.
        for (const FollowUpObservation& seen : look({lead}))
            QVERIFY2(!seen.delivered && !seen.read && !seen.replied, qPrintable(seen.leadId));

        m_env->server.deliver(m_me, lead.phoneDigits);
        auto delivered = lookUntil(lead, [](const FollowUpObservation& seen) { return seen.delivered; });
        QVERIFY(delivered);
        QVERIFY(!delivered->read);
        QVERIFY(!delivered->replied);
        QVERIFY(delivered->seenAt.isValid());
        lead.delivered = true;

        m_env->server.markReadByPeer(m_me, lead.phoneDigits);
        auto read = lookUntil(lead, [](const FollowUpObservation& seen) { return seen.read; });
        QVERIFY(read);
        QVERIFY(read->delivered);
        QVERIFY(!read->replied);
        // All of it from the list: the chat was not opened again.
        QCOMPARE(m_env->server.chatOpenCount(m_me, lead.phoneDigits), opens);
    }

    void aReplyIsReadFromTheChatExactly_data()
    {
        QTest::addColumn<int>("markup");
        QTest::addColumn<QString>("reply");
        const QString hostile = QStringLiteral("Yes! 🙂 </script><script>alert(1)</script> <b>Monday</b>\n"
                                               "مرحبا — שלום ${x} `y` \"q\" 'a'");
        QTest::newRow("classic") << int(FakeWhatsAppServer::Markup::Classic) << hostile;
        QTest::newRow("current") << int(FakeWhatsAppServer::Markup::Current) << hostile;
        QTest::newRow("long") << int(FakeWhatsAppServer::Markup::Current)
                              << QStringLiteral("Tell me more about the pricing 💶. ").repeated(30);
    }
    void aReplyIsReadFromTheChatExactly()
    {
        QFETCH(int, markup);
        QFETCH(QString, reply);
        useMarkup(markup);
        const WatchedLead lead = sentLead(QStringLiteral("Hello from Acme, do you have a minute?"));
        QVERIFY(send(lead.phoneDigits, lead.text));
        // The SDR moves on to the start page: the reply arrives in a chat that is not open.
        m_john->reloadPage();
        QVERIFY(SessionTestEnv::waitForState(m_john, ConnectionState::Connected, 20000));
        m_env->server.receive(QLatin1Char('+') + lead.phoneDigits, m_me, reply);
        QCOMPARE(m_env->server.chatUnread(m_me, lead.phoneDigits), 1);

        auto replied = lookUntil(lead, [](const FollowUpObservation& seen) { return seen.replied; });
        QVERIFY(replied);
        QCOMPARE(replied->replyText, reply);
        QVERIFY(replied->replyAt.isValid());
        QVERIFY(replied->read); // an answer means the message was read
        // Opening the chat read it, as WhatsApp Web does when the SDR opens it; nothing more.
        QCOMPARE(m_env->server.chatUnread(m_me, lead.phoneDigits), 0);
    }

    void aLeadWhoseMessageIsNotInTheChatGivesNothing()
    {
        const WatchedLead lead = sentLead(QStringLiteral("This message was never sent"));
        m_env->server.receive(QLatin1Char('+') + lead.phoneDigits, m_me, QStringLiteral("Who is this?"));
        EventLoopWait::forMs(1000);
        const auto seen = look({lead});
        for (const FollowUpObservation& observation : seen)
            QVERIFY2(observation.leadId != lead.leadId, "an observation for a message that is not there");
    }

    void aBusySessionLooksAtNothing()
    {
        const WatchedLead lead = sentLead(QStringLiteral("Busy test"));
        QSignalSpy sendDone(m_john, &MessageChannel::sendFinished);
        m_john->send(QStringLiteral("busy"), lead.phoneDigits, lead.text);
        QVERIFY(m_john->isBusy());
        QSignalSpy checked(m_john, &MessageChannel::followUpsChecked);
        m_john->checkFollowUps({lead});
        QVERIFY(checked.wait(5000));
        QVERIFY(checked.first().at(0).value<QVector<FollowUpObservation>>().isEmpty());
        QVERIFY(sendDone.wait(20000));
    }
};

SDR_WEBENGINE_TEST_MAIN(TestFollowUpLook)
#include "TestFollowUpLook.moc"
