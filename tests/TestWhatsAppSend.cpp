// Sending and verification through a linked session against the fake WhatsApp Web.
#include "WebEngineTestMain.h"

#include "SendJob.h"
#include "TryInEventLoop.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QWebEnginePage>

class TestWhatsAppSend : public QObject
{
    Q_OBJECT

    SessionTestEnv* m_env = nullptr;
    WhatsAppSession* m_john = nullptr;
    const QString m_me = QStringLiteral("+905551112233");

    SendOutcome sendAndWait(const QString& to, const QString& text, int timeoutMs = 20000)
    {
        static int counter = 0;
        const QString requestId = QStringLiteral("req-%1").arg(++counter);
        QSignalSpy finished(m_john, &MessageChannel::sendFinished);
        m_john->send(requestId, to, text);
        if (finished.isEmpty() && !finished.wait(timeoutMs))
            return SendOutcome{SendOutcome::Result::NotAttempted, QStringLiteral("test_timeout"), {}, {}};
        if (finished.first().at(0).toString() != requestId)
            return SendOutcome{SendOutcome::Result::NotAttempted, QStringLiteral("wrong_request"), {}, {}};
        return finished.first().at(1).value<SendOutcome>();
    }
    VerifyOutcome verifyAndWait(const QString& to, const QString& text, const QDateTime& since = {})
    {
        QSignalSpy finished(m_john, &MessageChannel::verifyFinished);
        m_john->verifySent(QStringLiteral("verify"), to, text, since);
        if (finished.isEmpty() && !finished.wait(20000))
            return VerifyOutcome::Unknown;
        return finished.first().at(1).value<VerifyOutcome>();
    }
    QVariant evaluate(const QString& script)
    {
        QVariant result;
        bool done = false;
        m_john->page()->runJavaScript(script, [&](const QVariant& value) {
            result = value;
            done = true;
        });
        if (!EventLoopWait::until([&] { return done; }, 5000))
            qWarning() << "script did not answer:" << script;
        return result;
    }
    // `text` as a JavaScript string literal (JSON).
    static QString jsString(const QString& text)
    {
        return QString::fromUtf8(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
    }
    int messagesTo(const QString& to, const QString& text) const
    {
        int count = 0;
        for (const FakeWhatsAppMessage& m : m_env->server.messages())
            count += (m.toPhone == to && m.text == text) ? 1 : 0;
        return count;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<SendOutcome>();
        qRegisterMetaType<VerifyOutcome>();
        m_env = new SessionTestEnv;
        QVERIFY(m_env->init());
        m_env->makeManager();
        m_john = m_env->addSdr(QStringLiteral("sdr_john"), m_me);
        QVERIFY(m_env->link(m_john, m_me));
    }
    void cleanupTestCase() { delete m_env; }
    void init() { QVERIFY(SessionTestEnv::waitForState(m_john, ConnectionState::Connected)); }

    void sendsTextByteForByte_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // empty: exactly `text`
        QTest::newRow("plain") << QStringLiteral("Hi Ahmet, this is John from Acme.") << QString();
        QTest::newRow("newlines") << QStringLiteral("Line one\nLine two\n\nLine four after a blank")
                                  << QString();
        QTest::newRow("emoji") << QStringLiteral("Hello 👋🏽 family 👨‍👩‍👧 ok ✅ 1️⃣")
                               << QString();
        QTest::newRow("quotes and markup")
            << QStringLiteral(
                   "He said \"hi\" & 'bye' <b>bold</b> </script><script>alert(1)</script> ${x} `y`")
            << QString();
        QTest::newRow("rtl") << QStringLiteral("مرحبا أحمد، كيف حالك؟ שלום") << QString();
        QTest::newRow("url reserved") << QStringLiteral("50% off + free: a=b&c=d#e?f / \\ ~") << QString();
        QTest::newRow("spaces nbsp tab")
            << QStringLiteral("two  spaces\u00a0nbsp\ttab *bold* _it_ trailing  ") << QString();
        // Line endings are the one thing WhatsApp itself changes.
        QTest::newRow("crlf") << QStringLiteral("one\r\ntwo\rthree") << QStringLiteral("one\ntwo\nthree");
        // Long enough that the chat shows it truncated with "Read more".
        QTest::newRow("long") << QStringLiteral("Long offer 🚀 line.\n").repeated(60) + QStringLiteral("end")
                              << QString();
    }
    void sendsTextByteForByte()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        if (expected.isEmpty())
            expected = text;
        const QString to = QStringLiteral("+15551234567");
        const int before = m_env->server.messages().size();
        const SendOutcome outcome = sendAndWait(QStringLiteral("15551234567"), text);
        QCOMPARE(int(outcome.result), int(SendOutcome::Result::Sent));
        QVERIFY(outcome.error.isEmpty());
        QVERIFY(outcome.sentAt.isValid());
        const auto messages = m_env->server.messages();
        QCOMPARE(messages.size(), before + 1);    // exactly once
        QCOMPARE(messages.last().text, expected); // byte for byte
        QCOMPARE(messages.last().fromPhone, m_me);
        QCOMPARE(messages.last().toPhone, to);
        QCOMPARE(m_john->state(), ConnectionState::Connected);
        QVERIFY(!m_john->isBusy());
    }

    void editorIgnoresDirectDomWrites()
    {
        // The fake compose box behaves like Lexical: a textContent write is undone, so the driver
        // must rely on the deep link's text and check the box before pressing Send.
        const QUrl link = SendJob::deepLink(m_john->whatsappUrl(), QStringLiteral("15551234567"),
                                            QStringLiteral("prefilled"));
        m_john->navigate(link);
        SDR_TRY_VERIFY_WITH_TIMEOUT(m_john->snapshot().editor, 10000);
        bool done = false;
        m_john->page()->runJavaScript(
            QStringLiteral("document.querySelector('[data-tab=\"10\"]').textContent = 'tampered'"),
            [&](const QVariant&) { done = true; });
        SDR_TRY_VERIFY(done);
        QVariant state;
        SDR_TRY_VERIFY_WITH_TIMEOUT(
            [&] {
                bool answered = false;
                m_john->runProbe(QStringLiteral("composeState.js"), QJsonObject{{"text", "prefilled"}},
                                 [&](const QVariant& value) {
                                     state = value;
                                     answered = true;
                                 });
                return EventLoopWait::until([&] { return answered; }, 2000) &&
                       state.toMap().value(QStringLiteral("matches")).toBool();
            }(),
            5000);
        m_john->reloadPage();
    }

    void invalidNumberIsRejected()
    {
        m_env->server.setNotOnWhatsApp(QStringLiteral("+4915100000000"));
        const int before = m_env->server.messages().size();
        SendOutcome outcome = sendAndWait(QStringLiteral("4915100000000"), QStringLiteral("Hello"));
        QCOMPARE(int(outcome.result), int(SendOutcome::Result::Rejected));
        QCOMPARE(outcome.error, QStringLiteral("not_on_whatsapp"));
        QCOMPARE(m_env->server.messages().size(), before);

        outcome = sendAndWait(QStringLiteral("12345"), QStringLiteral("Hello"));
        QCOMPARE(int(outcome.result), int(SendOutcome::Result::Rejected));
        QCOMPARE(outcome.error, QStringLiteral("invalid_phone"));
        QCOMPARE(m_env->server.messages().size(), before);
    }

    void heldConfirmationIsUnconfirmedAfterTimeout()
    {
        m_env->server.holdConfirmations(true);
        const QString text = QStringLiteral("held message");
        QSignalSpy finished(m_john, &MessageChannel::sendFinished);
        m_john->send(QStringLiteral("held"), QStringLiteral("15551234567"), text);
        SDR_TRY_VERIFY_WITH_TIMEOUT(messagesTo(QStringLiteral("+15551234567"), text) == 1, 15000);
        EventLoopWait::forMs(500); // the press's answer reaches the job, which restarts its timeout
        // Pressed: the confirmation gets the whole send_timeout_s (5 s) of the session's clock.
        m_env->clock.advance(4999);
        EventLoopWait::forMs(300);
        QVERIFY(finished.isEmpty());
        m_env->clock.advance(1);
        SDR_TRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        const SendOutcome outcome = finished.first().at(1).value<SendOutcome>();
        m_env->server.holdConfirmations(false);
        QCOMPARE(int(outcome.result), int(SendOutcome::Result::Unconfirmed));
        QCOMPARE(outcome.error, QStringLiteral("send_timeout"));
        // Send was pressed once: the message did reach WhatsApp, once.
        QCOMPARE(messagesTo(QStringLiteral("+15551234567"), text), 1);
    }

    void notReadySessionsDoNotType()
    {
        const int before = m_env->server.messages().size();
        m_env->server.setConflict(m_me, true);
        QVERIFY(SessionTestEnv::waitForState(m_john, ConnectionState::Conflict, 5000));
        SendOutcome outcome = sendAndWait(QStringLiteral("15551234567"), QStringLiteral("elsewhere"));
        QCOMPARE(int(outcome.result), int(SendOutcome::Result::NotAttempted));
        QCOMPARE(outcome.error, QStringLiteral("session_conflict"));
        m_john->useHere();
        QVERIFY(SessionTestEnv::waitForState(m_john, ConnectionState::Connected, 5000));
        QCOMPARE(m_env->server.messages().size(), before);
    }

    void verifiesSentMessages()
    {
        const QString to = QStringLiteral("+447700900123");
        m_env->server.addExistingMessage(m_me, to, QStringLiteral("Earlier *offer*\nsecond line 😀"));
        QCOMPARE(int(verifyAndWait(QStringLiteral("447700900123"),
                                   QStringLiteral("Earlier *offer*\nsecond line 😀"))),
                 int(VerifyOutcome::Found));
        QCOMPARE(int(verifyAndWait(QStringLiteral("447700900123"), QStringLiteral("never sent"))),
                 int(VerifyOutcome::Absent));
        // A message sent by this session is found too.
        QCOMPARE(int(sendAndWait(QStringLiteral("447700900123"), QStringLiteral("fresh one")).result),
                 int(SendOutcome::Result::Sent));
        QCOMPARE(int(verifyAndWait(QStringLiteral("447700900123"), QStringLiteral("fresh one"))),
                 int(VerifyOutcome::Found));

        // A long message shows truncated ("Read more"): it is expanded and found; one that only
        // starts the same is verifiably absent once expanded.
        const QString longText =
            QStringLiteral("Our long proposal, part ").repeated(40) + QStringLiteral("end.");
        QCOMPARE(int(sendAndWait(QStringLiteral("447700900123"), longText).result),
                 int(SendOutcome::Result::Sent));
        QCOMPARE(int(verifyAndWait(QStringLiteral("447700900123"), longText)), int(VerifyOutcome::Found));
        QCOMPARE(int(verifyAndWait(QStringLiteral("447700900123"), longText + QStringLiteral(" P.S."))),
                 int(VerifyOutcome::Absent));

        // A chat with no messages at all proves nothing: never Absent (a resend could duplicate).
        // Its looks (every 250 ms) go on until the timeout on the session's clock ends it unknown.
        QSignalSpy verified(m_john, &MessageChannel::verifyFinished);
        m_john->verifySent(QStringLiteral("empty"), QStringLiteral("447700900999"),
                           QStringLiteral("anything"), {});
        EventLoopWait::forMs(2500); // more looks than "absent" needs elsewhere
        QVERIFY(verified.isEmpty());
        m_env->clock.advance(5000);
        SDR_TRY_COMPARE_WITH_TIMEOUT(verified.size(), 1, 5000);
        QCOMPARE(int(verified.first().at(1).value<VerifyOutcome>()), int(VerifyOutcome::Unknown));
    }

    // "Found" needs a message no older than the attempt: WhatsApp's data-pre-plain-text time says
    // when each bubble was sent.
    void anOlderMessageWithTheSameTextIsNotFound()
    {
        const QString to = QStringLiteral("+447700900125");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_env->server.addExistingMessage(m_me, to, QStringLiteral("Same template"), now.addSecs(-2 * 3600));
        m_env->server.addExistingMessage(m_me, to, QStringLiteral("Another lead"), now.addSecs(-2 * 3600));
        QCOMPARE(int(verifyAndWait(QStringLiteral("447700900125"), QStringLiteral("Same template"), now)),
                 int(VerifyOutcome::Absent));
        QCOMPARE(int(verifyAndWait(QStringLiteral("447700900125"), QStringLiteral("Same template"),
                                   now.addSecs(-3 * 3600))),
                 int(VerifyOutcome::Found));
    }

    // Deliver 3: a verification asked while a send still runs waits for it (its outcome is what
    // the verification is about) instead of answering "unknown" at once.
    void aVerifyAskedOfABusySessionWaitsForIt()
    {
        m_env->server.holdConfirmations(true); // the send stays unconfirmed until its timeout
        const QDateTime since = QDateTime::currentDateTimeUtc();
        QSignalSpy sent(m_john, &MessageChannel::sendFinished);
        QSignalSpy verified(m_john, &MessageChannel::verifyFinished);
        m_john->send(QStringLiteral("slow"), QStringLiteral("447700900124"), QStringLiteral("slow one"));
        SDR_TRY_VERIFY_WITH_TIMEOUT(
            messagesTo(QStringLiteral("+447700900124"), QStringLiteral("slow one")) == 1, 15000);
        m_john->verifySent(QStringLiteral("check"), QStringLiteral("447700900124"),
                           QStringLiteral("slow one"), since);
        EventLoopWait::forMs(300);
        QVERIFY(verified.isEmpty()); // not "unknown" because the session is busy
        m_env->clock.advance(5000);  // the send's timeout
        SDR_TRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 5000);
        QCOMPARE(int(sent.first().at(1).value<SendOutcome>().result), int(SendOutcome::Result::Unconfirmed));
        SDR_TRY_COMPARE_WITH_TIMEOUT(verified.size(), 1, 20000);
        QCOMPARE(verified.first().at(0).toString(), QStringLiteral("check"));
        QCOMPARE(int(verified.first().at(1).value<VerifyOutcome>()), int(VerifyOutcome::Found));
        m_env->server.holdConfirmations(false);
        QCOMPARE(messagesTo(QStringLiteral("+447700900124"), QStringLiteral("slow one")), 1);
    }

    void logoutBeforeSendIsNotAttempted()
    {
        m_env->server.logoutFromPhone(m_me);
        QVERIFY(SessionTestEnv::waitForState(m_john, ConnectionState::LoggedOut, 5000));
        const SendOutcome outcome =
            sendAndWait(QStringLiteral("15551234567"), QStringLiteral("after logout"));
        QCOMPARE(int(outcome.result), int(SendOutcome::Result::NotAttempted));
        QCOMPARE(outcome.error, QStringLiteral("session_logged_out"));
        QCOMPARE(int(verifyAndWait(QStringLiteral("15551234567"), QStringLiteral("x"))),
                 int(VerifyOutcome::Unknown));
        // Link again for any later test.
        QVERIFY(m_env->link(m_john, m_me));
    }

    // A send opens WhatsApp's deep link with the message's text. A page discarded while it sleeps
    // and woken later must come back at WhatsApp's start: Chromium by itself loads its last URL
    // again, and a send link there would open the chat with the old text in its compose box.
    void aWokenPageComesBackAtTheStartWithoutTheSentText()
    {
        const QString to = QStringLiteral("+447700900126");
        const QString text = QStringLiteral("Sent once, never a draft");
        QCOMPARE(int(sendAndWait(to.mid(1), text).result), int(SendOutcome::Result::Sent));
        // As a WhatsApp Web that leaves the deep link in the address bar after handling it.
        const QUrl link = SendJob::deepLink(m_john->whatsappUrl(), to.mid(1), text);
        evaluate(QStringLiteral("history.replaceState(null, '', %1)").arg(jsString(link.toString())));
        QCOMPARE(m_john->page()->url(), link);
        const int chatOpens = m_env->server.chatOpenCount(m_me, to);

        QVERIFY(m_john->hibernate());
        QVERIFY(m_john->discard());
        m_john->requestWake();
        QVERIFY(SessionTestEnv::waitForState(m_john, ConnectionState::Connected, 15000));
        EventLoopWait::forMs(500); // time for a deep link to open its chat
        QCOMPARE(m_john->page()->url().path(), QStringLiteral("/"));
        QVERIFY(!m_john->page()->url().hasQuery());
        QCOMPARE(m_env->server.chatOpenCount(m_me, to), chatOpens);
        // No compose box holds the old text.
        QCOMPARE(evaluate(QStringLiteral("Array.from(document.querySelectorAll('[contenteditable]'))"
                                         ".some(e => e.textContent.includes(%1))")
                              .arg(jsString(text)))
                     .toBool(),
                 false);
        QCOMPARE(messagesTo(to, text), 1);
    }
};

SDR_WEBENGINE_TEST_MAIN(TestWhatsAppSend)
#include "TestWhatsAppSend.moc"
