// PageJob's own paths (wait, open, poll, result, timeout, page gone, unusable session, failed
// link) on a plain, real QWebEnginePage offscreen through the narrow PageHost, without WhatsApp.
#include "WebEngineTestMain.h"

#include "PageJob.h"
#include "PlainPageHost.h"
#include "TryInEventLoop.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>

namespace {
// Polls the page's "answer" until it is there; says what ended it.
class AnswerJob : public PageJob
{
    Q_OBJECT
public:
    AnswerJob(PageHost* host, const QUrl& target, int timeoutMs, QObject* parent = nullptr)
        : PageJob(host, timeoutMs, parent)
        , m_target(target)
    {
    }
    void abort(const QString& reason) override { end(QStringLiteral("aborted: ") + reason); }
    QStringList statesWhileOpen;
    int polls = 0;
    bool navigating = true;
    bool restartOnFirstPoll = false;

signals:
    void finished(const QString& how);

protected:
    QUrl targetUrl() const override { return m_target; }
    bool navigates() const override { return navigating; }
    void sessionUnusable(ConnectionState state) override
    {
        end(QStringLiteral("unusable: ") + connectionStateName(state));
    }
    void pageFailed() override { end(QStringLiteral("page failed")); }
    void timedOut() override { end(QStringLiteral("timeout")); }
    void stateChangedWhileOpen(ConnectionState state) override
    {
        statesWhileOpen << connectionStateName(state);
    }
    void poll() override
    {
        ++polls;
        if (restartOnFirstPoll && polls == 1)
            restartTimeout();
        probe(QStringLiteral("answer.js"), {{QStringLiteral("question"), QStringLiteral("six times seven")}},
              [this](const QVariant& result) {
                  if (!result.isValid())
                      end(QStringLiteral("page gone"));
                  else if (!result.toString().isEmpty())
                      end(QStringLiteral("answer: ") + result.toString());
              });
    }

private:
    void end(const QString& how)
    {
        if (isDone())
            return;
        finishJob();
        emit finished(how);
    }
    QUrl m_target;
};

const QString kAnswering =
    QStringLiteral("<html><body><script>window.__probe = (p) => p.name === 'answer.js' && p.args.question "
                   "=== 'six times seven'"
                   " ? String(document.baseURI.includes('chat=42') ? 42 : 0) : '';</script></body></html>");
const QString kSilent =
    QStringLiteral("<html><body><script>window.__probe = (p) => { window.asked = (window.asked || 0) + 1;"
                   " return ''; };</script></body></html>");
const QUrl kTarget(QStringLiteral("http://127.0.0.1:9/send?chat=42"));
} // namespace

class TestPageJob : public QObject
{
    Q_OBJECT

    static QString waitFor(QSignalSpy& spy, int timeoutMs = 8000)
    {
        if (spy.isEmpty() && !spy.wait(timeoutMs))
            return QStringLiteral("(no result)");
        return spy.first().first().toString();
    }

private slots:
    void aReadySessionOpensTheLinkAndFinishesWithThePagesAnswer()
    {
        PlainPageHost host;
        host.setHtml(kAnswering);
        AnswerJob job(&host, kTarget, 8000);
        QSignalSpy finished(&job, &AnswerJob::finished);
        job.start();
        QVERIFY(host.navigated.isEmpty()); // never inside start(): from the event loop
        QCOMPARE(waitFor(finished), QStringLiteral("answer: 42"));
        QCOMPARE(host.navigated, QList<QUrl>{kTarget});
        // The arguments reach the page as JSON data.
        QCOMPARE(host.probeArgs.first().value(QStringLiteral("question")).toString(),
                 QStringLiteral("six times seven"));
        QCOMPARE(host.wakes, 0);
        QVERIFY(job.isDone());
        EventLoopWait::forMs(600); // no poll after the result
        QCOMPARE(host.probes.size(), job.polls);
    }

    void aJobThatReadsThePageAsItIsPollsWithoutNavigating()
    {
        PlainPageHost host;
        host.setHtml(kAnswering);
        host.navigate(kTarget); // the page already shows the chat
        QVERIFY(QSignalSpy(&host, &PageHost::pageLoadFinished).wait(5000));
        host.navigated.clear();
        AnswerJob job(&host, QUrl(), 8000);
        job.navigating = false;
        QSignalSpy finished(&job, &AnswerJob::finished);
        job.start();
        QCOMPARE(waitFor(finished), QStringLiteral("answer: 42"));
        QVERIFY(host.navigated.isEmpty());
    }

    void aPageThatNeverAnswersTimesOut()
    {
        PlainPageHost host;
        host.setHtml(kSilent);
        AnswerJob job(&host, kTarget, 700);
        QSignalSpy finished(&job, &AnswerJob::finished);
        job.start();
        SDR_TRY_VERIFY_WITH_TIMEOUT(job.polls >= 1, 5000); // it does look
        host.manualClock.advance(699);
        EventLoopWait::forMs(50);
        QVERIFY(finished.isEmpty()); // not a moment before its deadline on the clock
        host.manualClock.advance(1);
        QCOMPARE(waitFor(finished), QStringLiteral("timeout"));
    }

    void aNewPhaseGetsTheWholeTimeoutAgain()
    {
        PlainPageHost host;
        host.setHtml(kSilent);
        AnswerJob job(&host, kTarget, 1200);
        job.restartOnFirstPoll = true;
        QSignalSpy finished(&job, &AnswerJob::finished);
        job.start();
        host.manualClock.advance(1000); // waking and loading used up most of the timeout
        SDR_TRY_VERIFY_WITH_TIMEOUT(job.polls >= 1, 5000);
        // The first poll started the timeout again: the job lasts longer than the timeout from its
        // start, and the new phase gets all of it.
        host.manualClock.advance(1199);
        EventLoopWait::forMs(50);
        QVERIFY(finished.isEmpty());
        host.manualClock.advance(1);
        QCOMPARE(waitFor(finished), QStringLiteral("timeout"));
    }

    void aSessionThatIsLoadingIsWokenAndWaitedFor()
    {
        PlainPageHost host;
        host.setHtml(kAnswering);
        host.setState(ConnectionState::Hibernated, false);
        AnswerJob job(&host, kTarget, 8000);
        QSignalSpy finished(&job, &AnswerJob::finished);
        job.start();
        SDR_TRY_COMPARE(host.wakes, 1);
        EventLoopWait::forMs(500);
        QVERIFY(host.navigated.isEmpty()); // not before the session is usable
        QVERIFY(finished.isEmpty());
        host.setState(ConnectionState::Loading, false);
        EventLoopWait::forMs(100);
        QVERIFY(host.navigated.isEmpty());
        host.setState(ConnectionState::Connected, true);
        QCOMPARE(waitFor(finished), QStringLiteral("answer: 42"));
        QCOMPARE(host.navigated.size(), 1);
    }

    void aSessionThatNeedsAPersonIsNotUsed_data()
    {
        QTest::addColumn<ConnectionState>("state");
        QTest::newRow("qr") << ConnectionState::QrRequired;
        QTest::newRow("logged out") << ConnectionState::LoggedOut;
        QTest::newRow("conflict") << ConnectionState::Conflict;
        QTest::newRow("wrong number") << ConnectionState::WrongNumber;
        QTest::newRow("restricted") << ConnectionState::Restricted;
    }
    void aSessionThatNeedsAPersonIsNotUsed()
    {
        QFETCH(ConnectionState, state);
        PlainPageHost host;
        host.setHtml(kAnswering);
        host.setState(state, false);
        AnswerJob job(&host, kTarget, 8000);
        QSignalSpy finished(&job, &AnswerJob::finished);
        job.start();
        QVERIFY(finished.isEmpty());
        QCOMPARE(waitFor(finished), QStringLiteral("unusable: ") + connectionStateName(state));
        QVERIFY(host.navigated.isEmpty());
        QCOMPARE(host.wakes, 0);
    }

    void aLinkThatDoesNotLoadFails()
    {
        // A port nothing listens on any more.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const quint16 port = server.serverPort();
        server.close();
        PlainPageHost host;
        host.loadUrls = true;
        AnswerJob job(&host, QUrl(QStringLiteral("http://127.0.0.1:%1/send?chat=42").arg(port)), 8000);
        QSignalSpy finished(&job, &AnswerJob::finished);
        job.start();
        QCOMPARE(waitFor(finished), QStringLiteral("page failed"));
        QCOMPARE(job.polls, 0);
    }

    void aPageGoneWhileTheJobRunsEndsIt()
    {
        PlainPageHost host;
        host.setHtml(kSilent);
        AnswerJob job(&host, kTarget, 8000);
        QSignalSpy finished(&job, &AnswerJob::finished);
        job.start();
        SDR_TRY_VERIFY_WITH_TIMEOUT(job.polls >= 2, 5000);
        QElapsedTimer clock;
        clock.start();
        host.dropPage();
        QCOMPARE(waitFor(finished), QStringLiteral("page gone"));
        QVERIFY(clock.elapsed() < 2000); // not left to the timeout
    }

    void stateChangesAfterOpeningGoToTheJob()
    {
        PlainPageHost host;
        host.setHtml(kSilent);
        AnswerJob job(&host, kTarget, 8000);
        QSignalSpy finished(&job, &AnswerJob::finished);
        job.start();
        SDR_TRY_VERIFY_WITH_TIMEOUT(job.polls >= 1, 5000);
        host.setState(ConnectionState::PhoneOffline, true);
        host.setState(ConnectionState::LoggedOut, false);
        QCOMPARE(job.statesWhileOpen, QStringList({connectionStateName(ConnectionState::PhoneOffline),
                                                   connectionStateName(ConnectionState::LoggedOut)}));
        job.abort(QStringLiteral("session_logged_out"));
        QCOMPARE(waitFor(finished), QStringLiteral("aborted: session_logged_out"));
        const int polls = job.polls;
        EventLoopWait::forMs(600);
        QCOMPARE(job.polls, polls); // a finished job polls no more
    }
};

SDR_WEBENGINE_TEST_MAIN(TestPageJob)
#include "TestPageJob.moc"
