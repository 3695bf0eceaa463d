#include "InstanceLock.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>
#include <cstring>

// Two processes are needed: QLockFile within one process does not model a second app. This test
// binary doubles as the other process: "TestInstanceLock --hold-lock <dir>" takes the lock, says
// "locked <pid>" on stdout and holds it until stdin closes.
namespace {
int holdLock(const char* dir)
{
    InstanceLock lock(QString::fromLocal8Bit(dir));
    if (!lock.tryLock()) {
        std::printf("refused %s\n", qPrintable(lock.errorString()));
        std::fflush(stdout);
        return 1;
    }
    std::printf("locked %lld\n", static_cast<long long>(QCoreApplication::applicationPid()));
    std::fflush(stdout);
    char buffer[64];
    while (std::fgets(buffer, sizeof buffer, stdin)) {
    }
    lock.unlock();
    return 0;
}
} // namespace

class TestInstanceLock : public QObject
{
    Q_OBJECT

    // Starts the holder process and waits until it holds the lock; returns its pid.
    static qint64 startHolder(QProcess& holder, const QString& dir)
    {
        holder.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--hold-lock"), dir});
        if (!holder.waitForStarted(10000))
            return 0;
        QByteArray line;
        QElapsedTimer timer;
        timer.start();
        while (!line.contains('\n') && timer.elapsed() < 20000) {
            if (holder.waitForReadyRead(1000))
                line += holder.readAll();
        }
        if (!line.startsWith("locked "))
            return 0;
        return line.mid(7).trimmed().toLongLong();
    }

private slots:
    void secondProcessIsRefusedWithTheHoldersName()
    {
        QTemporaryDir dir;
        QProcess holder;
        const qint64 pid = startHolder(holder, dir.path());
        QVERIFY(pid > 0);
        QCOMPARE(pid, holder.processId());
        QVERIFY(QFileInfo::exists(QDir(dir.path()).filePath(InstanceLock::fileName())));

        InstanceLock lock(dir.path());
        QVERIFY(!lock.tryLock());
        QVERIFY(!lock.isLocked());
        QCOMPARE(lock.ownerPid(), pid);
        QCOMPARE(lock.ownerHost(), QSysInfo::machineHostName());
        const QString message = lock.errorString();
        QVERIFY2(message.contains(QStringLiteral("already running")), qPrintable(message));
        QVERIFY2(message.contains(QDir(dir.path()).absolutePath()), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("process %1").arg(pid)), qPrintable(message));
        QVERIFY2(message.contains(QSysInfo::machineHostName()), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("started by")), qPrintable(message));

        // The holder quits cleanly: the lock is free again.
        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(10000));
        QCOMPARE(holder.exitCode(), 0);
        QVERIFY(lock.tryLock());
        QVERIFY(lock.isLocked());
        QVERIFY(lock.errorString().isEmpty());
    }

    void lockOfACrashedProcessIsTakenOver()
    {
        QTemporaryDir dir;
        QProcess holder;
        const qint64 pid = startHolder(holder, dir.path());
        QVERIFY(pid > 0);
        holder.kill(); // SIGKILL: no chance to remove the lock file
        QVERIFY(holder.waitForFinished(10000));
        QVERIFY(QFileInfo::exists(QDir(dir.path()).filePath(InstanceLock::fileName())));

        InstanceLock lock(dir.path());
        QVERIFY2(lock.tryLock(), qPrintable(lock.errorString()));
    }

    void holderRefusesAnotherProcess()
    {
        QTemporaryDir dir;
        InstanceLock lock(dir.path());
        QVERIFY(lock.tryLock());
        QVERIFY(lock.tryLock()); // asking again while holding it is fine

        QProcess other;
        other.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--hold-lock"), dir.path()});
        QVERIFY(other.waitForFinished(20000));
        QCOMPARE(other.exitCode(), 1);
        const QString output = QString::fromLocal8Bit(other.readAllStandardOutput());
        QVERIFY2(output.startsWith(QStringLiteral("refused")), qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("process %1").arg(QCoreApplication::applicationPid())),
                 qPrintable(output));

        // Released when unlocked (and on destruction).
        lock.unlock();
        QVERIFY(!lock.isLocked());
        QVERIFY(!QFileInfo::exists(lock.lockFilePath()));
    }

    void unwritableFolderIsAClearError()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("no/such/folder"));
        InstanceLock lock(missing);
        QVERIFY(!lock.tryLock());
        QVERIFY2(lock.errorString().contains(lock.lockFilePath()), qPrintable(lock.errorString()));
        QCOMPARE(lock.ownerPid(), 0);
    }
};

int main(int argc, char* argv[])
{
    if (argc == 3 && std::strcmp(argv[1], "--hold-lock") == 0) {
        QCoreApplication app(argc, argv);
        return holdLock(argv[2]);
    }
    QCoreApplication app(argc, argv);
    TestInstanceLock test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestInstanceLock.moc"
