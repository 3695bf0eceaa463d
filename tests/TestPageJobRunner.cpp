// The page jobs of one session, run one at a time: what a request asked while another runs gets,
// the verification that waits for the running job, a job's timeout, the failure a job lost with its
// session gets, and the page lent to the doctor. A real SessionPage (offscreen) on the simulated
// WhatsApp Web; the probe scripts are overridden in the data directory (as a person could) so
// each test decides what the page answers; the session's state comes from a FakeMessageChannel.
#include "WebEngineTestMain.h"

#include "FakeMessageChannel.h"
#include "PageJobRunner.h"
#include "SendJob.h"
#include "SessionPageEnv.h"
#include "SessionRestriction.h"
#include "TryInEventLoop.h"
#include "VerifyJob.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>

namespace {
const QString kPhone = QStringLiteral("447700900123");
const QString kText = QStringLiteral("Hello Ann, about your visit");

// A probe script override that answers `reply` (a JavaScript expression over SEL, ARGS, H).
QString answering(const QString& reply)
{
    return QStringLiteral("(function (SEL, ARGS, H) { return %1; })").arg(reply);
}

// The compose box shows the message, Send is pressed and WhatsApp confirms it.
QHash<QString, QString> aChatThatSends()
{
    return {
        {QStringLiteral("composeState.js"), answering(QStringLiteral("{editor: true, matches: true}"))},
        {QStringLiteral("pressSend.js"),
         answering(QStringLiteral("{pressed: true, before: 0, rows: 0, lastId: 'msg-7'}"))},
        {QStringLiteral("messageStatus.js"),
         answering(QStringLiteral("{count: 1, sent: true, status: 'msg-check'}"))},
        // Found only when the verification knows the bubble before the press.
        {QStringLiteral("findOutgoing.js"),
         answering(QStringLiteral("ARGS.afterId === 'msg-7' ? {found: true} : {invalid: true}"))},
    };
}

QString outcomeName(VerifyOutcome outcome)
{
    switch (outcome) {
    case VerifyOutcome::Found:
        return QStringLiteral("found");
    case VerifyOutcome::Absent:
        return QStringLiteral("absent");
    case VerifyOutcome::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

// A job of the test's own: it runs until the test ends it (or it is aborted).
class HeldJob : public PageJob
{
public:
    explicit HeldJob(PageHost* host)
        : PageJob(host, 60 * 1000)
    {
    }
    void abort(const QString& reason) override
    {
        abortedWith = reason;
        finishJob();
    }
    QString abortedWith;

protected:
    QUrl targetUrl() const override { return {}; }
    bool navigates() const override { return false; }
    void sessionUnusable(ConnectionState) override {}
    void pageFailed() override {}
    void poll() override {}
    void timedOut() override {}
};
} // namespace

class TestPageJobRunner : public QObject
{
    Q_OBJECT

    struct Env : SessionPageEnv
    {
        Store store;
        std::unique_ptr<Settings> settings;
        FakeMessageChannel channel{QStringLiteral("sdr_john"), QStringLiteral("905551112233")};
        std::unique_ptr<SessionRestriction> restriction;
        std::unique_ptr<PageJobRunner> jobs; // declared last: goes first
        QList<QPair<QString, SendOutcome>> sends;
        QStringList verifications; // "r2 found"
        QStringList events;        // "send r1", "verify r2", "ended", "dialog <text>" in the order they came

        bool init(const QHash<QString, QString>& overrides = {}, int timeoutSecs = 10)
        {
            if (!SessionPageEnv::init(overrides) ||
                !store.open(dir.filePath(QStringLiteral("sdr-sender.db"))))
                return false;
            settings = std::make_unique<Settings>(&store);
            if (!settings->setGlobal(SettingKeys::SendTimeoutSecs, timeoutSecs))
                return false;
            restriction =
                std::make_unique<SessionRestriction>(dir.filePath(QStringLiteral("restricted.txt")));
            jobs = std::make_unique<PageJobRunner>(&channel, page.get(), restriction.get(), settings.get(),
                                                   &clock);
            QObject::connect(jobs.get(), &PageJobRunner::sendFinished, jobs.get(),
                             [this](const QString& id, const SendOutcome& outcome) {
                                 sends.append({id, outcome});
                                 events << QStringLiteral("send ") + id;
                             });
            QObject::connect(jobs.get(), &PageJobRunner::verifyFinished, jobs.get(),
                             [this](const QString& id, VerifyOutcome outcome) {
                                 verifications << id + QLatin1Char(' ') + outcomeName(outcome);
                                 events << QStringLiteral("verify ") + id;
                             });
            QObject::connect(jobs.get(), &PageJobRunner::jobEnded, jobs.get(),
                             [this] { events << QStringLiteral("ended"); });
            QObject::connect(jobs.get(), &PageJobRunner::dialogFound, jobs.get(),
                             [this](const QString& text) { events << QStringLiteral("dialog ") + text; });
            return true;
        }
        bool waitForSends(int count, int timeoutMs = 10000)
        {
            return EventLoopWait::until([&] { return sends.size() >= count; }, timeoutMs);
        }
        bool waitForVerifications(int count, int timeoutMs = 10000)
        {
            return EventLoopWait::until([&] { return verifications.size() >= count; }, timeoutMs);
        }
    };

private slots:
    void initTestCase() { qRegisterMetaType<ConnectionState>(); }

    void theJobsSeeTheSessionThroughItsHost()
    {
        // (What the host shows them: TestSessionPageHost.)
        Env env;
        QVERIFY(env.init());
        PageJobRunner& jobs = *env.jobs;
        QCOMPARE(jobs.sdrId(), QStringLiteral("sdr_john"));
        QCOMPARE(jobs.host()->sdrId(), QStringLiteral("sdr_john"));
        QCOMPARE(jobs.host()->clock(), &env.clock);
        QSignalSpy used(&jobs, &PageJobRunner::used);
        jobs.host()->navigate(env.server.url()); // a job's navigation: the session is in use
        QCOMPARE(used.size(), 1);
        QVERIFY(!jobs.isBusy());
        QVERIFY(!jobs.hasWork());
    }

    void whileAJobRunsEveryOtherRequestIsToldTheSessionIsBusy()
    {
        Env env;
        QVERIFY(env.init());
        QVERIFY(env.openQrPage());
        PageJobRunner& jobs = *env.jobs;
        QSignalSpy used(&jobs, &PageJobRunner::used);
        QSignalSpy looked(&jobs, &PageJobRunner::followUpsChecked);
        QPointer<HeldJob> held = new HeldJob(jobs.host());
        jobs.runJob(held);
        QVERIFY(jobs.isBusy());
        QVERIFY(jobs.hasWork());
        QCOMPARE(jobs.job(), held.data());
        QCOMPARE(used.size(), 1);

        jobs.send(QStringLiteral("r1"), kPhone, kText);
        jobs.checkFollowUps({WatchedLead{QStringLiteral("lead-1"), kPhone, kText, env.clock.now()}});
        QVERIFY(env.sends.isEmpty()); // answered from the event loop, never inside the call
        QVERIFY(looked.isEmpty());
        QVERIFY(env.waitForSends(1));
        QCOMPARE(env.sends.first().first, QStringLiteral("r1"));
        QCOMPARE(env.sends.first().second.result, SendOutcome::Result::NotAttempted);
        QCOMPARE(env.sends.first().second.error, QStringLiteral("session_busy"));
        SDR_TRY_COMPARE(looked.size(), 1);
        QVERIFY(looked.first().first().value<QVector<FollowUpObservation>>().isEmpty());
        QVERIFY(!jobs.isLookingForFollowUps());
        QVERIFY(!jobs.lendPage());
        QCOMPARE(jobs.job(), held.data()); // still the one job

        // Only the running job's end counts.
        HeldJob other(jobs.host());
        jobs.endJob(&other);
        QVERIFY(jobs.isBusy());
        jobs.endJob(held);
        QVERIFY(!jobs.isBusy());
        QVERIFY(!jobs.hasWork());
        QVERIFY(!jobs.job());
        QCOMPARE(env.events, (QStringList{QStringLiteral("send r1"), QStringLiteral("ended")}));
        QCOMPARE(used.size(), 2);
        SDR_TRY_VERIFY(held.isNull());           // deleted once it ended
        QCOMPARE(env.server.pageLoadCount(), 1); // no job touched the page
    }

    void aRequestThatCannotBeSentIsRefusedWithoutThePage_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("too few digits")
            << QStringLiteral("123456") << kText << QStringLiteral("invalid_phone");
        QTest::newRow("not digits") << QStringLiteral("+447700900123") << kText
                                    << QStringLiteral("invalid_phone");
        QTest::newRow("empty text") << kPhone << QStringLiteral(" \n ") << QStringLiteral("malformed_lead");
    }
    void aRequestThatCannotBeSentIsRefusedWithoutThePage()
    {
        QFETCH(QString, phone);
        QFETCH(QString, text);
        QFETCH(QString, error);
        Env env;
        QVERIFY(env.init());
        env.jobs->send(QStringLiteral("r1"), phone, text);
        QVERIFY(!env.jobs->isBusy());
        QVERIFY(env.sends.isEmpty());
        QVERIFY(env.waitForSends(1));
        QCOMPARE(env.sends.first().second.result, SendOutcome::Result::Rejected);
        QCOMPARE(env.sends.first().second.error, error);
        QCOMPARE(env.events, QStringList{QStringLiteral("send r1")}); // no job ended: none ran
    }

    void aSendRunsOnThePageAndItsVerificationLooksAfterThePress()
    {
        Env env;
        QVERIFY(env.init(aChatThatSends()));
        QVERIFY(env.openQrPage());
        PageJobRunner& jobs = *env.jobs;
        jobs.send(QStringLiteral("r1"), kPhone, kText);
        QVERIFY(jobs.isBusy());
        QVERIFY(qobject_cast<SendJob*>(jobs.job()));
        QVERIFY(jobs.unpressedSend());
        QVERIFY(env.waitForSends(1));
        QCOMPARE(env.sends.first().second.result, SendOutcome::Result::Sent);
        QCOMPARE(env.sends.first().second.sentAt, env.clock.now());
        QVERIFY(!jobs.isBusy());
        QVERIFY(!jobs.unpressedSend());
        QVERIFY(jobs.host()->textReaderWorks()); // it read the text of the message it sent
        QCOMPARE(env.page->page()->url().path(), QStringLiteral("/send"));
        QCOMPARE(env.page->page()->url().query().contains(kPhone), true);

        // The same message: the verification knows which bubble came before the press.
        jobs.verifySent(QStringLiteral("r2"), kPhone, kText, env.clock.now());
        QVERIFY(qobject_cast<VerifyJob*>(jobs.job()));
        // Another text to the same chat: it does not.
        QVERIFY(env.waitForVerifications(1));
        jobs.verifySent(QStringLiteral("r3"), kPhone, QStringLiteral("Another text"), env.clock.now());
        QVERIFY(env.waitForVerifications(2));
        QCOMPARE(env.verifications.at(0), QStringLiteral("r2 found"));
        QCOMPARE(env.verifications.at(1), QStringLiteral("r3 unknown"));
        QCOMPARE(env.events, (QStringList{QStringLiteral("send r1"), QStringLiteral("ended"),
                                          QStringLiteral("verify r2"), QStringLiteral("ended"),
                                          QStringLiteral("verify r3"), QStringLiteral("ended")}));
    }

    void aVerificationAskedWhileAJobRunsWaitsAndRunsRightAfterIt()
    {
        Env env;
        QVERIFY(env.init({{QStringLiteral("findOutgoing.js"), answering(QStringLiteral("{found: true}"))}}));
        QVERIFY(env.openQrPage());
        PageJobRunner& jobs = *env.jobs;
        HeldJob* held = new HeldJob(jobs.host());
        jobs.runJob(held);
        jobs.verifySent(QStringLiteral("r1"), kPhone, kText, env.clock.now());
        QVERIFY(jobs.hasWork());
        QCOMPARE(jobs.job(), held);
        // A newer question replaces the waiting one, which cannot be answered any more.
        jobs.verifySent(QStringLiteral("r2"), kPhone, kText, env.clock.now());
        QVERIFY(env.waitForVerifications(1));
        QCOMPARE(env.verifications.first(), QStringLiteral("r1 unknown"));
        QCOMPARE(jobs.job(), held); // nothing else ran meanwhile

        // The running job ends: the verification starts at once, after the job's end.
        jobs.endJob(held);
        QVERIFY(jobs.isBusy());
        QVERIFY(qobject_cast<VerifyJob*>(jobs.job()));
        QVERIFY(env.waitForVerifications(2));
        QCOMPARE(env.verifications.at(1), QStringLiteral("r2 found"));
        QCOMPARE(env.events, (QStringList{QStringLiteral("verify r1"), QStringLiteral("ended"),
                                          QStringLiteral("verify r2"), QStringLiteral("ended")}));
        QVERIFY(!jobs.hasWork());
    }

    void aJobThatGetsNoAnswerEndsAtItsTimeoutEvenWithoutAPage()
    {
        // send_timeout_s is 5 s at the least.
        Env env;
        QVERIFY(
            env.init({{QStringLiteral("findOutgoing.js"), answering(QStringLiteral("{loaded: false}"))}}, 5));
        QVERIFY(env.openQrPage());
        env.jobs->verifySent(QStringLiteral("r1"), kPhone, kText, env.clock.now());
        SDR_TRY_VERIFY(env.page->page()->url().path() == QStringLiteral("/send"));
        // The page goes (released, wiped) and nobody aborts the job: its probes answer nothing from
        // now on, and the timeout (on the session's clock) still answers.
        env.page->destroy();
        env.clock.advance(4999);
        QVERIFY(!env.waitForVerifications(1, 300));
        env.clock.advance(1);
        QVERIFY(env.waitForVerifications(1, 5000));
        QCOMPARE(env.verifications.first(), QStringLiteral("r1 unknown"));
        QVERIFY(!env.jobs->isBusy());
    }

    void aJobLostWithTheSessionGetsItsFailure()
    {
        Env env;
        // The compose box never appears: the send waits.
        QVERIFY(
            env.init({{QStringLiteral("composeState.js"), answering(QStringLiteral("{editor: false}"))},
                      {QStringLiteral("findOutgoing.js"), answering(QStringLiteral("{loaded: false}"))}}));
        QVERIFY(env.openQrPage());
        env.jobs->send(QStringLiteral("r1"), kPhone, kText);
        SDR_TRY_VERIFY(env.page->page()->url().path() == QStringLiteral("/send"));
        // The renderer crashed: the send ends at once, nothing was pressed.
        env.jobs->abortJob(QStringLiteral("renderer_crashed"));
        QCOMPARE(env.sends.size(), 1);
        QCOMPARE(env.sends.first().second.result, SendOutcome::Result::NotAttempted);
        QCOMPARE(env.sends.first().second.error, QStringLiteral("renderer_crashed"));
        QVERIFY(!env.jobs->isBusy());
        env.jobs->abortJob(QStringLiteral("again")); // nothing runs: nothing to answer
        QCOMPARE(env.sends.size(), 1);

        // The session is removed while a verification looks: it is answered, not forgotten.
        env.jobs->verifySent(QStringLiteral("r2"), kPhone, kText, env.clock.now());
        QVERIFY(env.jobs->isBusy());
        env.jobs.reset();
        QCOMPARE(env.verifications.size(), 1);
        QCOMPARE(env.verifications.first(), QStringLiteral("r2 unknown"));
    }

    void aSendStoppedByADialogTellsItsTextBeforeItsAnswer()
    {
        Env env;
        QVERIFY(env.init({
            {QStringLiteral("composeState.js"), answering(QStringLiteral("{editor: true, matches: true}"))},
            {QStringLiteral("pressSend.js"),
             answering(QStringLiteral("{pressed: false, reason: 'dialog_open'}"))},
            {QStringLiteral("dialogText.js"), answering(QStringLiteral("'Your account is restricted'"))},
        }));
        QVERIFY(env.openQrPage());
        env.jobs->send(QStringLiteral("r1"), kPhone, kText);
        QVERIFY(env.waitForSends(1));
        QCOMPARE(env.sends.first().second.result, SendOutcome::Result::NotAttempted);
        QCOMPARE(env.sends.first().second.error, QStringLiteral("dialog_open"));
        QCOMPARE(env.events, (QStringList{QStringLiteral("dialog Your account is restricted"),
                                          QStringLiteral("send r1"), QStringLiteral("ended")}));

        // Paused already (the page said why): the answer comes without asking the page again.
        QVERIFY(env.restriction->restrict(QStringLiteral("Your account is restricted")));
        env.events.clear();
        env.jobs->send(QStringLiteral("r2"), kPhone, kText);
        QVERIFY(env.waitForSends(2));
        QCOMPARE(env.events, (QStringList{QStringLiteral("send r2"), QStringLiteral("ended")}));
    }

    void aLentPageTakesNoRequestsUntilItIsGivenBack()
    {
        Env env;
        QVERIFY(env.init({{QStringLiteral("findOutgoing.js"), answering(QStringLiteral("{found: true}"))}}));
        PageJobRunner& jobs = *env.jobs;
        QVERIFY(!jobs.lendPage()); // no page yet
        QVERIFY(env.openQrPage());
        QVERIFY(env.page->freeze());
        QVERIFY(!jobs.lendPage()); // asleep
        QVERIFY(!env.page->activate());

        QSignalSpy used(&jobs, &PageJobRunner::used);
        QVERIFY(jobs.lendPage());
        QCOMPARE(used.size(), 1);
        QVERIFY(jobs.isBusy());
        QVERIFY(!jobs.job()); // no job of its own: the doctor has the page
        QVERIFY(!jobs.lendPage());
        jobs.send(QStringLiteral("r1"), kPhone, kText);
        QVERIFY(env.waitForSends(1));
        QCOMPARE(env.sends.first().second.error, QStringLiteral("session_busy"));
        jobs.verifySent(QStringLiteral("r2"), kPhone, kText, env.clock.now());
        QVERIFY(jobs.hasWork());
        const int loads = env.server.pageLoadCount();
        QCOMPARE(loads, 1);

        // Given back: away from where the doctor left it, then the waiting verification.
        QSignalSpy loadsSeen(jobs.host(), &PageHost::pageLoadFinished);
        jobs.takePageBack();
        QVERIFY(jobs.isBusy());
        QVERIFY(qobject_cast<VerifyJob*>(jobs.job()));
        QVERIFY(env.waitForVerifications(1));
        QCOMPARE(env.verifications.first(), QStringLiteral("r2 found"));
        QVERIFY(!jobs.isBusy());
        QVERIFY(env.server.pageLoadCount() >= loads + 1);
        jobs.takePageBack(); // not lent: nothing happens
        QVERIFY(!jobs.isBusy());
    }
};

SDR_WEBENGINE_TEST_MAIN(TestPageJobRunner)
#include "TestPageJobRunner.moc"
