// Disconnecting an SDR: the logout wait, then the page let go of, then every file of its profile
// removed, looked at again until nothing is left.
#include "ProfileStore.h"
#include "ProfileWipe.h"

#include <QDir>
#include <QElapsedTimer>
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

private slots:
    void withoutALogoutThePageGoesFirstThenEveryFile()
    {
        QTemporaryDir dir;
        ProfileStore profiles(dir.path());
        const QString profileDir = profiles.profileDirFor(QStringLiteral("sdr_john"));
        QVERIFY(writeFile(profileDir + QStringLiteral("/storage/Cookies")));
        QVERIFY(writeFile(profiles.profileDirFor(QStringLiteral("sdr_ann")) +
                          QStringLiteral("/storage/Cookies")));
        ProfileWipe wipe(QStringLiteral("sdr_john"), &profiles, fast());
        bool filesThereWhenReleased = false;
        connect(&wipe, &ProfileWipe::releasePage, this, [&] {
            filesThereWhenReleased = QFileInfo::exists(profileDir + QStringLiteral("/storage/Cookies"));
        });
        QSignalSpy finished(&wipe, &ProfileWipe::finished);
        QVERIFY(wipe.start(false));
        QVERIFY(wipe.isRunning());
        QVERIFY(!wipe.isWaitingForLogout());
        QVERIFY(!wipe.start(false)); // one wipe at a time
        QVERIFY(finished.wait(3000));
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
        ProfileStore profiles(dir.path());
        QVERIFY(writeFile(profiles.profileDirFor(QStringLiteral("sdr_john")) + QStringLiteral("/x")));
        ProfileWipe wipe(QStringLiteral("sdr_john"), &profiles, fast(60000));
        QSignalSpy released(&wipe, &ProfileWipe::releasePage);
        QSignalSpy finished(&wipe, &ProfileWipe::finished);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(wipe.start(true));
        QVERIFY(wipe.isWaitingForLogout());
        wipe.noteState(ConnectionState::Connected); // the page still shows the chats
        wipe.noteState(ConnectionState::Loading);
        QCOMPARE(released.size(), 0);
        wipe.noteState(ConnectionState::LoggedOut); // WhatsApp's post_logout page
        QCOMPARE(released.size(), 1);
        QVERIFY(finished.wait(3000));
        QVERIFY(clock.elapsed() < 5000);
        QVERIFY(wipe.logoutConfirmed());
        QCOMPARE(finished.first().first().toBool(), true);
    }

    void aQrAfterTheLogoutEndsTheWaitWithoutConfirmingIt()
    {
        QTemporaryDir dir;
        ProfileStore profiles(dir.path());
        ProfileWipe wipe(QStringLiteral("sdr_john"), &profiles, fast(60000));
        QSignalSpy finished(&wipe, &ProfileWipe::finished);
        wipe.start(true);
        wipe.noteState(ConnectionState::QrRequired);
        QVERIFY(finished.wait(3000));
        QVERIFY(!wipe.logoutConfirmed());
    }

    void aLogoutWithoutAnAnswerWipesWhenTheWaitEnds()
    {
        QTemporaryDir dir;
        ProfileStore profiles(dir.path());
        const QString profileDir = profiles.profileDirFor(QStringLiteral("sdr_john"));
        QVERIFY(writeFile(profileDir + QStringLiteral("/x")));
        ProfileWipe wipe(QStringLiteral("sdr_john"), &profiles, fast(400));
        QSignalSpy released(&wipe, &ProfileWipe::releasePage);
        QSignalSpy finished(&wipe, &ProfileWipe::finished);
        QElapsedTimer clock;
        clock.start();
        wipe.start(true);
        QVERIFY(released.wait(2000));
        QVERIFY(clock.elapsed() >= 370); // (a coarse timer may fire up to 5 % early)
        QVERIFY(finished.wait(3000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!wipe.logoutConfirmed());
        QVERIFY(!QFileInfo::exists(profileDir));
        wipe.noteState(ConnectionState::LoggedOut); // too late to count
        QVERIFY(!wipe.logoutConfirmed());
    }

    void aFileFlushedAfterTheWipeIsRemovedOnALaterLook()
    {
        QTemporaryDir dir;
        ProfileStore profiles(dir.path());
        const QString file =
            profiles.profileDirFor(QStringLiteral("sdr_john")) + QStringLiteral("/storage/Journal");
        QVERIFY(writeFile(file));
        ProfileWipe wipe(QStringLiteral("sdr_john"), &profiles, fast());
        // As Chromium may: one more write on its own thread a moment after the profile went.
        connect(&wipe, &ProfileWipe::releasePage, this,
                [&] { QTimer::singleShot(30, this, [&] { writeFile(file); }); });
        QSignalSpy finished(&wipe, &ProfileWipe::finished);
        wipe.start(false);
        QVERIFY(finished.wait(3000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!QFileInfo::exists(file));
    }

    void aProfileThatCannotBeRemovedFailsTheWipe()
    {
        QTemporaryDir dir;
        ProfileStore profiles(dir.path());
        // Not a directory where the profile should be: nothing removes it, every look finds it.
        const QString profileDir = profiles.profileDirFor(QStringLiteral("sdr_john"));
        QVERIFY(writeFile(profileDir));
        ProfileWipe wipe(QStringLiteral("sdr_john"), &profiles, fast());
        QSignalSpy finished(&wipe, &ProfileWipe::finished);
        QElapsedTimer clock;
        clock.start();
        wipe.start(false);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(clock.elapsed() >= 4 * 95); // every look was made
        QVERIFY(!wipe.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestProfileWipe)
#include "TestProfileWipe.moc"
