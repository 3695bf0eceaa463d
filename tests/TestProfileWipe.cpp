// Disconnecting an SDR: the logout wait, then the page let go of, then every file of its profile
// removed, looked at again until nothing is left. The waits run on a ManualClock the test moves.
#include "EventLoopWait.h"
#include "ManualClock.h"
#include "ProfileStore.h"
#include "ProfileWipe.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestProfileWipe : public QObject
{
    Q_OBJECT

    static bool writeFile(const QString& path)
    {
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write("cookie") == 6;
    }
    static ProfileWipe::Timing fast(int logoutWaitMs = 4000)
    {
        ProfileWipe::Timing timing;
        timing.logoutWaitMs = logoutWaitMs;
        timing.retryMs = 100;
        timing.attempts = 4;
        return timing;
    }
    // Moves the clock one look (retryMs) at a time until the wipe finished; false when it did not
    // after `looks` looks.
    static bool lookUntilFinished(ManualClock& clock, QSignalSpy& finished, int looks = 4)
    {
        for (int n = 0; n < looks && finished.isEmpty(); ++n) {
            QCoreApplication::processEvents(); // a zero-delay wipe start, a ClockTimer's timeout
            clock.advance(100);
            EventLoopWait::until([&] { return !finished.isEmpty(); }, 50);
        }
        return !finished.isEmpty();
    }

private slots:
    void withoutALogoutThePageGoesFirstThenEveryFile()
    {
        QTemporaryDir dir;
        ManualClock clock;
        ProfileStore profiles(dir.path());
        const QString profileDir = profiles.profileDirFor(QStringLiteral("sdr_john"));
        QVERIFY(writeFile(profileDir + QStringLiteral("/storage/Cookies")));
        QVERIFY(writeFile(profiles.profileDirFor(QStringLiteral("sdr_ann")) +
                          QStringLiteral("/storage/Cookies")));
        ProfileWipe wipe(QStringLiteral("sdr_john"), &profiles, fast(), &clock);
        bool filesThereWhenReleased = false;
        connect(&wipe, &ProfileWipe::releasePage, this, [&] {
            filesThereWhenReleased = QFileInfo::exists(profileDir + QStringLiteral("/storage/Cookies"));
        });
        QSignalSpy finished(&wipe, &ProfileWipe::finished);
        QVERIFY(wipe.start(false));
        QVERIFY(wipe.isRunning());
        QVERIFY(!wipe.isWaitingForLogout());
        QVERIFY(!wipe.start(false)); // one wipe at a time
        QVERIFY(lookUntilFinished(clock, finished));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(filesThereWhenReleased);
        QVERIFY(!QFileInfo::exists(profileDir));
        QVERIFY(QFileInfo::exists(profiles.profileDirFor(QStringLiteral("sdr_ann")))); // only John's
        QVERIFY(!wipe.isRunning());
        QVERIFY(!wipe.logoutConfirmed());
    }

    void whatsAppConfirmingTheLogoutEndsTheWaitAtOnce()
    {
        QTemporaryDir dir;
        ManualClock clock;
        ProfileStore profiles(dir.path());
        QVERIFY(writeFile(profiles.profileDirFor(QStringLiteral("sdr_john")) + QStringLiteral("/x")));
        ProfileWipe wipe(QStringLiteral("sdr_john"), &profiles, fast(60000), &clock);
        QSignalSpy released(&wipe, &ProfileWipe::releasePage);
        QSignalSpy finished(&wipe, &ProfileWipe::finished);
        QVERIFY(wipe.start(true));
        QVERIFY(wipe.isWaitingForLogout());
        wipe.noteState(ConnectionState::Connected); // the page still shows the chats
        wipe.noteState(ConnectionState::Loading);
        QCOMPARE(released.size(), 0);
        wipe.noteState(ConnectionState::LoggedOut); // WhatsApp's post_logout page
        QCOMPARE(released.size(), 1);
        QVERIFY(lookUntilFinished(clock, finished, 1)); // one look after the wipe, not the 60 s wait
        QVERIFY(wipe.logoutConfirmed());
        QCOMPARE(finished.first().first().toBool(), true);
    }

    void aQrAfterTheLogoutEndsTheWaitWithoutConfirmingIt()
    {
        QTemporaryDir dir;
        ManualClock clock;
        ProfileStore profiles(dir.path());
        ProfileWipe wipe(QStringLiteral("sdr_john"), &profiles, fast(60000), &clock);
        QSignalSpy finished(&wipe, &ProfileWipe::finished);
        wipe.start(true);
        wipe.noteState(ConnectionState::QrRequired);
        QVERIFY(lookUntilFinished(clock, finished, 1));
        QVERIFY(!wipe.logoutConfirmed());
    }

    void aLogoutWithoutAnAnswerWipesWhenTheWaitEnds()
    {
        QTemporaryDir dir;
        ManualClock clock;
        ProfileStore profiles(dir.path());
        const QString profileDir = profiles.profileDirFor(QStringLiteral("sdr_john"));
        QVERIFY(writeFile(profileDir + QStringLiteral("/x")));
        ProfileWipe wipe(QStringLiteral("sdr_john"), &profiles, fast(400), &clock);
        QSignalSpy released(&wipe, &ProfileWipe::releasePage);
        QSignalSpy finished(&wipe, &ProfileWipe::finished);
        wipe.start(true);
        clock.advance(399);
        EventLoopWait::until([&] { return !released.isEmpty(); }, 100);
        QVERIFY(released.isEmpty()); // not before the wait ends
        QVERIFY(wipe.isWaitingForLogout());
        clock.advance(1);
        QVERIFY(EventLoopWait::until([&] { return !released.isEmpty(); }, 2000));
        QVERIFY(lookUntilFinished(clock, finished, 1));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!wipe.logoutConfirmed());
        QVERIFY(!QFileInfo::exists(profileDir));
        wipe.noteState(ConnectionState::LoggedOut); // too late to count
        QVERIFY(!wipe.logoutConfirmed());
    }

    void aFileFlushedAfterTheWipeIsRemovedOnALaterLook()
    {
        QTemporaryDir dir;
        ManualClock clock;
        ProfileStore profiles(dir.path());
        const QString file =
            profiles.profileDirFor(QStringLiteral("sdr_john")) + QStringLiteral("/storage/Journal");
        QVERIFY(writeFile(file));
        ProfileWipe wipe(QStringLiteral("sdr_john"), &profiles, fast(), &clock);
        // As Chromium may: one more write on its own thread a moment after the profile went.
        connect(&wipe, &ProfileWipe::releasePage, this,
                [&] { QTimer::singleShot(0, this, [&] { writeFile(file); }); });
        QSignalSpy finished(&wipe, &ProfileWipe::finished);
        wipe.start(false);
        QVERIFY(lookUntilFinished(clock, finished));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!QFileInfo::exists(file));
    }

    void aProfileThatCannotBeRemovedFailsTheWipe()
    {
        QTemporaryDir dir;
        ManualClock clock;
        ProfileStore profiles(dir.path());
        // Not a directory where the profile should be: nothing removes it, every look finds it.
        const QString profileDir = profiles.profileDirFor(QStringLiteral("sdr_john"));
        QVERIFY(writeFile(profileDir));
        ProfileWipe wipe(QStringLiteral("sdr_john"), &profiles, fast(), &clock);
        QSignalSpy finished(&wipe, &ProfileWipe::finished);
        const QDateTime started = clock.now();
        wipe.start(false);
        QVERIFY(!lookUntilFinished(clock, finished, 3)); // it keeps looking
        QVERIFY(lookUntilFinished(clock, finished, 1));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(started.msecsTo(clock.now()), 4 * 100); // every look was made, each a retry apart
        QVERIFY(!wipe.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestProfileWipe)
#include "TestProfileWipe.moc"
