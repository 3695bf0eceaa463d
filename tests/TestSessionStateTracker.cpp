// A session's connection state from what its page shows: snapshots in, state, linked number,
// last error and QR out, with the pause after a WhatsApp warning winning over the page.
#include "SessionRestriction.h"
#include "SessionStateTracker.h"

#include <QSignalSpy>
#include <QtTest>

namespace {
const QString kWid = QStringLiteral("\"905551112233:3@c.us\"");

PageSnapshot linked(const QString& wid = kWid)
{
    PageSnapshot snapshot;
    snapshot.chatList = true;
    snapshot.wid = wid;
    return snapshot;
}

PageSnapshot loading()
{
    return PageSnapshot();
}

PageSnapshot qr(const QString& ref)
{
    PageSnapshot snapshot;
    snapshot.qr = true;
    snapshot.qrRef = ref;
    return snapshot;
}

// The open chat with its editor, and a dialog over it the app does not know.
PageSnapshot dialogOverChat(const QString& text)
{
    PageSnapshot snapshot = linked();
    snapshot.chatOpen = true;
    snapshot.editor = true;
    snapshot.dialog = text;
    return snapshot;
}
} // namespace

class TestSessionStateTracker : public QObject
{
    Q_OBJECT

    struct Tracked
    {
        SessionRestriction restriction{QString()}; // only in memory
        SessionStateTracker tracker{QStringLiteral("sdr_john"), &restriction};
        void apply(const PageSnapshot& snapshot) { QVERIFY(!tracker.applySnapshot(snapshot, false, false)); }
    };

private slots:
    void initTestCase() { qRegisterMetaType<ConnectionState>(); }

    void aLinkedPageIsConnectedWithItsNumber()
    {
        Tracked t;
        QCOMPARE(t.tracker.state(), ConnectionState::Loading);
        QSignalSpy states(&t.tracker, &SessionStateTracker::stateChanged);
        QSignalSpy details(&t.tracker, &SessionStateTracker::detailsChanged);
        t.apply(linked());
        QCOMPARE(t.tracker.state(), ConnectionState::Connected);
        QCOMPARE(t.tracker.linkedPhone(), QStringLiteral("905551112233"));
        QVERIFY(t.tracker.isReadyToSend());
        QCOMPARE(states.size(), 1);
        QCOMPARE(states.first().first().value<ConnectionState>(), ConnectionState::Connected);
        QCOMPARE(details.size(), 1); // the number
        t.apply(linked());           // the same again: nothing changed, nothing said
        QCOMPARE(states.size(), 1);
        QCOMPARE(details.size(), 1);

        // "Phone not connected" does not stop a linked device from sending.
        PageSnapshot phoneOffline = linked();
        phoneOffline.phoneOffline = true;
        t.apply(phoneOffline);
        QCOMPARE(t.tracker.state(), ConnectionState::PhoneOffline);
        QVERIFY(t.tracker.isReadyToSend());
    }

    void anotherNumberThanTheExpectedOneIsTheWrongNumber()
    {
        Tracked t;
        t.tracker.setExpectedPhone(QStringLiteral("+15550001111"));
        t.apply(linked());
        QCOMPARE(t.tracker.state(), ConnectionState::WrongNumber);
        QVERIFY(!t.tracker.isReadyToSend());
        // The CRM corrects the expected number: the next report counts with it.
        t.tracker.setExpectedPhone(QStringLiteral("+905551112233"));
        QCOMPARE(t.tracker.state(), ConnectionState::WrongNumber); // until the page reports again
        QVERIFY(!t.tracker.isReadyToSend());
        t.apply(linked());
        QCOMPARE(t.tracker.state(), ConnectionState::Connected);
        QVERIFY(t.tracker.isReadyToSend());
    }

    void theQrForgetsTheNumberAndFollowsItsRef()
    {
        Tracked t;
        t.apply(linked());
        t.tracker.fail(ConnectionState::Error, QStringLiteral("renderer_crashed"));
        QSignalSpy refs(&t.tracker, &SessionStateTracker::qrRefChanged);
        t.apply(qr(QStringLiteral("2@first")));
        QCOMPARE(t.tracker.state(), ConnectionState::QrRequired);
        QVERIFY(t.tracker.linkedPhone().isEmpty());
        QVERIFY(!t.tracker.isReadyToSend());
        QVERIFY(t.tracker.lastError().isEmpty()); // a QR is no failure
        t.apply(qr(QStringLiteral("2@second")));
        QCOMPARE(t.tracker.qrRef(), QStringLiteral("2@second"));
        t.apply(linked());
        QVERIFY(t.tracker.qrRef().isEmpty());
        QCOMPARE(refs.size(), 3);
        QCOMPARE(refs.at(0).first().toString(), QStringLiteral("2@first"));
        QCOMPARE(refs.at(2).first().toString(), QString());
    }

    void aJobsDeepLinkReloadIsNoStateChange()
    {
        Tracked t;
        t.apply(linked());
        QSignalSpy states(&t.tracker, &SessionStateTracker::stateChanged);
        PageSnapshot syncing;
        syncing.progress = true;
        syncing.wid = kWid;
        QVERIFY(!t.tracker.applySnapshot(loading(), true, false));
        QVERIFY(!t.tracker.applySnapshot(syncing, true, false));
        QCOMPARE(t.tracker.state(), ConnectionState::Connected);
        QVERIFY(states.isEmpty());
        // Without a job the same screens are what they are.
        t.apply(syncing);
        QCOMPARE(t.tracker.state(), ConnectionState::Syncing);
        t.apply(loading());
        QCOMPARE(t.tracker.state(), ConnectionState::Loading);
        // A job does not hold back a state that was not linked.
        QVERIFY(!t.tracker.applySnapshot(syncing, true, false));
        QCOMPARE(t.tracker.state(), ConnectionState::Syncing);
    }

    void aWarningPausesWhateverThePageShowsUntilAPersonResumes()
    {
        Tracked t;
        t.apply(linked());
        QSignalSpy details(&t.tracker, &SessionStateTracker::detailsChanged);
        PageSnapshot warned = linked();
        warned.restriction = QStringLiteral("Your account is restricted for 24 hours");
        t.apply(warned);
        QCOMPARE(t.tracker.state(), ConnectionState::Restricted);
        QVERIFY(t.tracker.isRestricted());
        QCOMPARE(t.tracker.lastError(), QStringLiteral("Your account is restricted for 24 hours"));
        QVERIFY(!t.tracker.isReadyToSend());
        QCOMPARE(details.size(), 1);
        t.apply(linked()); // the notice is gone from the page: still paused
        QCOMPARE(t.tracker.state(), ConnectionState::Restricted);
        t.tracker.fail(ConnectionState::Error, QStringLiteral("renderer_crashed"));
        QCOMPARE(t.tracker.lastError(), QStringLiteral("Your account is restricted for 24 hours"));

        QSignalSpy states(&t.tracker, &SessionStateTracker::stateChanged);
        QVERIFY(t.tracker.resume());
        QCOMPARE(t.tracker.state(), ConnectionState::Loading); // detected afresh
        QVERIFY(!t.tracker.isRestricted());
        QVERIFY(!t.tracker.resume());
        t.apply(linked());
        QCOMPARE(t.tracker.state(), ConnectionState::Connected);
        QVERIFY(t.tracker.lastError().isEmpty());
        QCOMPARE(states.size(), 2);
    }

    void aDialogOverTheChatStopsASendNotYetPressed()
    {
        Tracked t;
        t.apply(linked());
        // No send waiting: a dialog is no reason to pause.
        QVERIFY(!t.tracker.applySnapshot(dialogOverChat(QStringLiteral("Something happened")), true, false));
        QCOMPARE(t.tracker.state(), ConnectionState::Connected);
        // Before the chat shows, WhatsApp may be busy opening it: no stop either.
        PageSnapshot opening = dialogOverChat(QStringLiteral("Starting chat"));
        opening.chatOpen = false;
        QVERIFY(!t.tracker.applySnapshot(opening, true, true));
        QCOMPARE(t.tracker.state(), ConnectionState::Connected);

        QVERIFY(t.tracker.applySnapshot(dialogOverChat(QStringLiteral("You can't message this account")),
                                        true, true));
        QCOMPARE(t.tracker.state(), ConnectionState::Restricted);
        QCOMPARE(t.tracker.lastError(), QStringLiteral("You can't message this account"));
    }

    void aPauseWithoutTextTakesTheDialogsTextWhenThePageShowsIt()
    {
        Tracked t;
        t.apply(linked());
        t.tracker.restrict(QString()); // Send refused under a dialog before the page reported it
        QCOMPARE(t.tracker.state(), ConnectionState::Restricted);
        const QString generic = t.tracker.lastError();
        QVERIFY(!generic.isEmpty());
        PageSnapshot withDialog = linked();
        withDialog.dialog = QStringLiteral("This message could not be sent");
        t.apply(withDialog);
        QCOMPARE(t.tracker.lastError(), QStringLiteral("This message could not be sent"));
    }

    void aRefusedBrowserStaysRefusedWhileARetryLoads()
    {
        Tracked t;
        QSignalSpy states(&t.tracker, &SessionStateTracker::stateChanged);
        t.tracker.browserRefused(QStringLiteral("108.0.5359.220"), 3600);
        QCOMPARE(t.tracker.state(), ConnectionState::BrowserUnsupported);
        QVERIFY(t.tracker.lastError().contains(QStringLiteral("Chromium 108.0.5359.220")));
        t.tracker.browserRefused(QString(), 3600); // still refused: the first reason stays
        QVERIFY(t.tracker.lastError().contains(QStringLiteral("108.0.5359.220")));
        t.apply(loading());
        QCOMPARE(t.tracker.state(), ConnectionState::BrowserUnsupported);
        QCOMPARE(states.size(), 1);
        // WhatsApp Web shows something else: that counts, and the refusal is no longer the error.
        t.apply(qr(QStringLiteral("2@ref")));
        QCOMPARE(t.tracker.state(), ConnectionState::QrRequired);
        QVERIFY(t.tracker.lastError().isEmpty());
    }

    void hibernatedUnlessAPersonMustSeeWhyItDoesNotSend()
    {
        Tracked idle;
        idle.apply(linked());
        idle.tracker.hibernated();
        QCOMPARE(idle.tracker.state(), ConnectionState::Hibernated);

        Tracked paused;
        paused.apply(linked());
        paused.tracker.restrict(QStringLiteral("Account restricted"));
        paused.tracker.hibernated();
        QCOMPARE(paused.tracker.state(), ConnectionState::Restricted);

        Tracked refused;
        refused.tracker.browserRefused(QStringLiteral("108.0"), 60);
        refused.tracker.hibernated();
        QCOMPARE(refused.tracker.state(), ConnectionState::BrowserUnsupported);
    }

    void aFailureKeepsItsReasonUntilWhatsAppIsBack()
    {
        Tracked t;
        t.apply(linked());
        QSignalSpy details(&t.tracker, &SessionStateTracker::detailsChanged);
        t.tracker.fail(ConnectionState::Unreachable,
                       QStringLiteral("whatsapp_unreachable: Connection refused"));
        QCOMPARE(t.tracker.state(), ConnectionState::Unreachable);
        QCOMPARE(details.size(), 1);
        t.tracker.setState(ConnectionState::Loading); // a retry loads: the reason stays
        QCOMPARE(t.tracker.lastError(), QStringLiteral("whatsapp_unreachable: Connection refused"));
        // WhatsApp Web itself says the computer is offline.
        PageSnapshot offline = linked();
        offline.computerOffline = true;
        t.apply(offline);
        QCOMPARE(t.tracker.state(), ConnectionState::Unreachable);
        QCOMPARE(t.tracker.lastError(), QStringLiteral("whatsapp_unreachable"));
        t.apply(linked());
        QCOMPARE(t.tracker.state(), ConnectionState::Connected);
        QVERIFY(t.tracker.lastError().isEmpty());
    }

    void aReleasedPageIsLoggedOutWithoutNumberOrQr()
    {
        Tracked wasLinked;
        wasLinked.apply(linked());
        QSignalSpy details(&wasLinked.tracker, &SessionStateTracker::detailsChanged);
        wasLinked.tracker.pageReleased();
        QCOMPARE(wasLinked.tracker.state(), ConnectionState::LoggedOut);
        QVERIFY(wasLinked.tracker.linkedPhone().isEmpty());
        QCOMPARE(details.size(), 1);

        Tracked showedQr;
        showedQr.apply(qr(QStringLiteral("2@ref")));
        QSignalSpy refs(&showedQr.tracker, &SessionStateTracker::qrRefChanged);
        showedQr.tracker.pageReleased();
        QCOMPARE(showedQr.tracker.state(), ConnectionState::LoggedOut);
        QVERIFY(showedQr.tracker.qrRef().isEmpty());
        QCOMPARE(refs.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSessionStateTracker)
#include "TestSessionStateTracker.moc"
