// Session memory: resident memory of the app and all its renderer processes for N linked WhatsApp
// sessions (fake WhatsApp Web on 127.0.0.1), first all awake, then with at most 2 awake (the others
// frozen and discarded by SessionManager's awake cap). Figures go to docs/benchmarks.md.
//
//   build/bench/session_memory [N=8] [maxAwake=2]
#include "ConnectionState.h"
#include "FakeWhatsAppServer.h"
#include "SessionManager.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "Store.h"
#include "SystemClock.h"
#include "WebEngineEnvironment.h"
#include "WhatsAppSession.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <unistd.h>

namespace {
struct Memory
{
    int processes = 0;
    qint64 rssKb = 0;
    qint64 pssKb = 0;
};

qint64 parentOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // "pid (comm) state ppid ...": comm may contain spaces, so split after the last ')'.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() : -1;
}

qint64 field(const QString& path, const QByteArray& key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// This process and every descendant (QtWebEngineProcess zygotes, renderers, utilities).
Memory measure()
{
    const qint64 self = ::getpid();
    QList<qint64> tree{self};
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    QHash<qint64, qint64> parents;
    for (const QString& entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (ok)
            parents.insert(pid, parentOf(pid));
    }
    for (bool grew = true; grew;) {
        grew = false;
        for (auto it = parents.begin(); it != parents.end(); ++it) {
            if (!tree.contains(it.key()) && tree.contains(it.value())) {
                tree.append(it.key());
                grew = true;
            }
        }
    }
    Memory memory;
    for (qint64 pid : tree) {
        memory.rssKb += field(QStringLiteral("/proc/%1/status").arg(pid), "VmRSS:");
        memory.pssKb += field(QStringLiteral("/proc/%1/smaps_rollup").arg(pid), "Pss:");
        ++memory.processes;
    }
    return memory;
}

Memory settleAndMeasure()
{
    QTest::qWait(4000); // let renderers finish loading / exiting
    return measure();
}
} // namespace

int main(int argc, char* argv[])
{
    WebEngineEnvironment::prepare();
    QGuiApplication app(argc, argv);
    const int count = qMax(1, app.arguments().value(1, QStringLiteral("8")).toInt());
    const int maxAwake = qMax(1, app.arguments().value(2, QStringLiteral("2")).toInt());
    QTextStream out(stdout);

    QTemporaryDir dir;
    FakeWhatsAppServer server;
    Store store;
    if (!dir.isValid() || !server.start() || !store.open(dir.filePath(QStringLiteral("bench.db")))) {
        qCritical("cannot set up the benchmark");
        return 1;
    }
    SystemClock clock;
    Settings settings(&store);
    settings.setGlobal(SettingKeys::WhatsAppUrl, server.url().toString());
    settings.setGlobal(SettingKeys::MaxAwakeSessions, count);
    settings.setGlobal(SettingKeys::HibernateIdleSecs, 86400);
    settings.setGlobal(SettingKeys::DiscardAfterSecs, 0);

    const Memory baseline = measure();
    SessionManager manager(dir.path(), &settings, &clock);
    manager.setOpenExternalLinks(false);
    QList<WhatsAppSession*> sessions;
    for (int i = 0; i < count; ++i) {
        SdrRecord sdr;
        sdr.id = QStringLiteral("sdr_%1").arg(i);
        sessions.append(manager.ensureSession(sdr));
    }
    for (int i = 0; i < count; ++i) {
        WhatsAppSession* session = sessions.at(i);
        const QString phone = QStringLiteral("+9055500%1").arg(i, 5, 10, QLatin1Char('0'));
        // The ref may rotate between reading and scanning: scan whatever the page shows now.
        if (!QTest::qWaitFor(
                [&] { return !session->qrRef().isEmpty() && server.scan(session->qrRef(), phone); }, 60000) ||
            !QTest::qWaitFor([&] { return session->state() == ConnectionState::Connected; }, 60000)) {
            qCritical("session %d did not link", i);
            return 1;
        }
    }
    const Memory allAwake = settleAndMeasure();
    const int awakeBefore = manager.awakeCount();

    settings.setGlobal(SettingKeys::MaxAwakeSessions, maxAwake);
    manager.evaluateHibernation();
    const Memory capped = settleAndMeasure();
    const int awakeAfter = manager.awakeCount();

    // Sanity: a discarded session wakes and is connected again without a QR.
    sessions.first()->requestWake();
    const bool woke =
        QTest::qWaitFor([&] { return sessions.first()->state() == ConnectionState::Connected; }, 60000);

    auto row = [&](const QString& label, int awake, const Memory& m) {
        out << QStringLiteral("| %1 | %2 | %3 | %4 MiB | %5 MiB |\n")
                   .arg(label)
                   .arg(awake)
                   .arg(m.processes)
                   .arg(m.rssKb / 1024)
                   .arg(m.pssKb / 1024);
    };
    out << QStringLiteral("session_memory: %1 linked sessions, cap %2 awake\n\n").arg(count).arg(maxAwake);
    out << "| situation | awake sessions | processes | RSS (sum) | PSS (sum) |\n|---|---|---|---|---|\n";
    row(QStringLiteral("app only, no session"), 0, baseline);
    row(QStringLiteral("%1 sessions, all awake").arg(count), awakeBefore, allAwake);
    row(QStringLiteral("%1 sessions, at most %2 awake").arg(count).arg(maxAwake), awakeAfter, capped);
    out << "\nwoken session connected again without a QR: " << (woke ? "yes" : "NO") << "\n";
    out.flush();
    return woke ? 0 : 1;
}
