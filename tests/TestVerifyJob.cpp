// VerifyJob's decisions (found, absent, unknown) on a plain, real QWebEnginePage offscreen whose
// findOutgoing.js answers what each case needs, through the narrow PageHost.
#include "WebEngineTestMain.h"

#include "PlainPageHost.h"
#include "SendJob.h"
#include "TryInEventLoop.h"
#include "VerifyJob.h"

#include <QElapsedTimer>
#include <QSignalSpy>

namespace {
// The chat page: findOutgoing.js answers `reply` (a JSON object literal); `step` runs on each call
// first (e.g. a chat still filling in).
QString chatPage(const QString& reply, const QString& step = {})
{
    return QStringLiteral("<html><body><script>window.reply = %1; window.calls = 0;"
                          "window.__probe = (p) => { if (p.name !== 'findOutgoing.js') return null;"
                          " window.calls++; window.lastArgs = p.args; %2 return window.reply; };"
                          "</script></body></html>")
        .arg(reply, step);
}

const QString kPhone = QStringLiteral("447700900123");
const QString kText = QStringLiteral("Hello Ann, about your visit");
} // namespace

class TestVerifyJob : public QObject
{
    Q_OBJECT

    struct Run
    {
        VerifyOutcome outcome = VerifyOutcome::Unknown;
        bool finished = false;
        qint64 elapsedMs = 0;
    };

    static Run verify(PlainPageHost& host, int timeoutMs = 6000, const QDateTime& since = {},
                      const QString& afterId = {})
    {
        VerifyJob job(&host, kPhone, kText, since, afterId, timeoutMs);
        QSignalSpy finished(&job, &VerifyJob::finished);
        QElapsedTimer clock;
        clock.start();
        job.start();
        Run run;
        run.finished = finished.wait(timeoutMs + 3000);
        run.elapsedMs = clock.elapsed();
        if (run.finished)
            run.outcome = finished.first().first().value<VerifyOutcome>();
        return run;
    }

private slots:
    void initTestCase() { qRegisterMetaType<VerifyOutcome>(); }

    void aMessageAmongTheOutgoingOnesIsFound()
    {
        PlainPageHost host;
        host.setHtml(chatPage(QStringLiteral("{found: true, loaded: true, total: 4}")));
        const QDateTime since = QDateTime::fromMSecsSinceEpoch(1764500000000LL).toUTC();
        const Run run = verify(host, 6000, since, QStringLiteral("msg-7"));
        QVERIFY(run.finished);
        QCOMPARE(int(run.outcome), int(VerifyOutcome::Found));
        // The chat opens by deep link without the text (nothing may be prefilled to send).
        QCOMPARE(host.navigated, QList<QUrl>{SendJob::deepLink(host.whatsappUrl(), kPhone)});
        QVERIFY(!host.navigated.first().query().contains(QStringLiteral("text")));
        // The text, the attempt's start and the bubble before the press reach the page as data.
        const QJsonObject args = host.probeArgs.first();
        QCOMPARE(args.value(QStringLiteral("text")).toString(), kText);
        QCOMPARE(qint64(args.value(QStringLiteral("since")).toDouble()), since.toMSecsSinceEpoch());
        QCOMPARE(args.value(QStringLiteral("afterId")).toString(), QStringLiteral("msg-7"));
    }

    void aLoadedChatThatStaysWithoutItIsAbsentWhenTheReaderWorks()
    {
        PlainPageHost host;
        host.setTextReaderWorks(true);
        host.setHtml(chatPage(QStringLiteral("{loaded: true, total: 3}")));
        const Run run = verify(host);
        QVERIFY(run.finished);
        QCOMPARE(int(run.outcome), int(VerifyOutcome::Absent));
        // Not at the first look: the chat must stay the same for ~2 s (8 polls of 250 ms).
        QVERIFY2(run.elapsedMs >= 1800, qPrintable(QString::number(run.elapsedMs)));
        QVERIFY(host.probes.size() >= 8);
    }

    void withoutAReaderShownToWorkAbsentCannotBeTold()
    {
        PlainPageHost host;
        host.setHtml(chatPage(QStringLiteral("{loaded: true, total: 3, readable: 0}")));
        const Run run = verify(host);
        QVERIFY(run.finished);
        QCOMPARE(int(run.outcome), int(VerifyOutcome::Unknown));
        QVERIFY(run.elapsedMs < 5000); // decided, not timed out
        QCOMPARE(host.readerNotes, 0);
    }

    void readableOutgoingMessagesShowTheReaderWorks()
    {
        PlainPageHost host;
        host.setHtml(chatPage(QStringLiteral("{loaded: true, total: 3, readable: 2}")));
        const Run run = verify(host);
        QVERIFY(run.finished);
        QCOMPARE(int(run.outcome), int(VerifyOutcome::Absent));
        QVERIFY(host.readerNotes >= 1);
        QVERIFY(host.textReaderWorks());
    }

    void aChatStillFillingInIsNeverAbsent()
    {
        PlainPageHost host;
        host.setTextReaderWorks(true);
        host.setHtml(
            chatPage(QStringLiteral("{loaded: true, total: 1}"), QStringLiteral("window.reply.total++;")));
        VerifyJob job(&host, kPhone, kText, {}, {}, 3000);
        QSignalSpy finished(&job, &VerifyJob::finished);
        job.start();
        // Far more looks than "absent" needs (8), the chat growing at each: still no verdict.
        SDR_TRY_VERIFY_WITH_TIMEOUT(host.probes.size() >= 12, 8000);
        QVERIFY(finished.isEmpty());
        host.manualClock.advance(2999);
        EventLoopWait::forMs(50);
        QVERIFY(finished.isEmpty());
        host.manualClock.advance(1); // the timeout decides
        SDR_TRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<VerifyOutcome>(), VerifyOutcome::Unknown);
    }

    void whatCannotBeToldIsUnknown_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<bool>("afterLooking"); // only after several looks
        QTest::newRow("refused number") << QStringLiteral("{invalid: true}") << false;
        QTest::newRow("undated message with the text")
            << QStringLiteral("{loaded: true, total: 2, undated: true}") << true;
        QTest::newRow("truncated message like it")
            << QStringLiteral("{loaded: true, total: 2, partial: true}") << true;
    }
    void whatCannotBeToldIsUnknown()
    {
        QFETCH(QString, reply);
        QFETCH(bool, afterLooking);
        PlainPageHost host;
        host.setTextReaderWorks(true);
        host.setHtml(chatPage(reply));
        const Run run = verify(host);
        QVERIFY(run.finished);
        QCOMPARE(int(run.outcome), int(VerifyOutcome::Unknown));
        QVERIFY(run.elapsedMs < 5000);
        QCOMPARE(host.probes.size() >= 8, afterLooking);
    }

    void aSessionNotLinkedIsNotLookedAt()
    {
        PlainPageHost host;
        host.setHtml(chatPage(QStringLiteral("{found: true}")));
        host.setState(ConnectionState::QrRequired, false);
        const Run run = verify(host);
        QVERIFY(run.finished);
        QCOMPARE(int(run.outcome), int(VerifyOutcome::Unknown));
        QVERIFY(host.navigated.isEmpty());
    }

    void aLogoutWhileLookingAnswersUnknown()
    {
        PlainPageHost host;
        host.setTextReaderWorks(true);
        host.setHtml(chatPage(QStringLiteral("{loaded: false}")));
        VerifyJob job(&host, kPhone, kText, {}, {}, 6000);
        QSignalSpy finished(&job, &VerifyJob::finished);
        job.start();
        SDR_TRY_VERIFY_WITH_TIMEOUT(!host.probes.isEmpty(), 5000);
        host.setState(ConnectionState::PhoneOffline, true); // not a reason to stop
        EventLoopWait::forMs(300);
        QVERIFY(finished.isEmpty());
        host.setState(ConnectionState::LoggedOut, false);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<VerifyOutcome>(), VerifyOutcome::Unknown);
    }
};

SDR_WEBENGINE_TEST_MAIN(TestVerifyJob)
#include "TestVerifyJob.moc"
