// Session memory and idle CPU: the app and all its WebEngine processes with 5, 10 and 20 linked
// WhatsApp sessions on a page as heavy as the real WhatsApp Web (about 150 MB of live JavaScript
// objects per page, bench/heavy/retain.js), each size measured all awake, capped at the default
// number of awake sessions, and hibernating (idle: every session frozen and discarded). One run;
// figures go to docs/benchmarks.md.
//
//   build/bench/session_memory [sizes=5,10,20] [measure seconds=15] [--light]
//
// Memory is the PSS (and RSS) sum over this process and every descendant; CPU is the utime+stime
// of the same tree over the measuring window, as a percentage of one core. --light uses the tiny
// simulated page instead (the figures of issue 9).
#include "ConnectionState.h"
#include "EventLoopWait.h"
#include "HeavyWhatsAppServer.h"
#include "SessionManager.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "Store.h"
#include "SystemClock.h"
#include "WebEngineEnvironment.h"
#include "WhatsAppSession.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <unistd.h>

namespace {
struct Tree
{
    int processes = 0;
    qint64 rssKb = 0;
    qint64 pssKb = 0;
    qint64 cpuTicks = 0;
};

QList<QByteArray> statFields(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = stat.readAll();
    // "pid (comm) state ppid ...": comm may contain spaces, so split after the last ')'.
    return text.mid(text.lastIndexOf(')') + 2).split(' ');
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

// This process and every descendant (QtWebEngineProcess zygotes, renderers, GPU and utilities).
Tree measure()
{
    QList<qint64> tree{::getpid()};
    QHash<qint64, qint64> parents;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString& entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (ok)
            parents.insert(pid, statFields(pid).value(1).toLongLong());
    }
    for (bool grew = true; grew;) {
        grew = false;
        for (auto it = parents.cbegin(); it != parents.cend(); ++it) {
            if (!tree.contains(it.key()) && tree.contains(it.value())) {
                tree.append(it.key());
                grew = true;
            }
        }
    }
    Tree sum;
    for (qint64 pid : std::as_const(tree)) {
        const QList<QByteArray> fields = statFields(pid);
        sum.cpuTicks += fields.value(11).toLongLong() + fields.value(12).toLongLong();
        sum.rssKb += field(QStringLiteral("/proc/%1/status").arg(pid), "VmRSS:");
        sum.pssKb += field(QStringLiteral("/proc/%1/smaps_rollup").arg(pid), "Pss:");
        ++sum.processes;
    }
    return sum;
}

struct Row
{
    QString label;
    int sdrs = 0;
    int awake = 0;
    Tree tree;
    double cpuPercent = 0;
    qint64 rendererMedianKb = -1; // from SessionManager's sampler
};

} // namespace

int main(int argc, char* argv[])
{
    WebEngineEnvironment::prepare();
    QGuiApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("sdrsender.*.info=false\njs.*=false"));
    QStringList args = app.arguments().mid(1);
    const bool light = args.removeAll(QStringLiteral("--light")) > 0;
    QVector<int> sizes;
    for (const QString& size : args.value(0, QStringLiteral("5,10,20")).split(QLatin1Char(',')))
        sizes.append(qMax(1, size.toInt()));
    std::sort(sizes.begin(), sizes.end());
    const int measureSecs = qMax(1, args.value(1, QStringLiteral("15")).toInt());
    QTextStream out(stdout);
    QTextStream err(stderr);
    QElapsedTimer total;
    total.start();

    QTemporaryDir dir;
    HeavyWhatsAppServer server;
    server.setHeavy(!light);
    // Linking is not what is measured: a QR that stays valid while earlier pages load (an expired
    // one is only reloaded for a session on screen).
    server.setQrRotation(60000, 100);
    Store store;
    if (!dir.isValid() || !server.start() || !store.open(dir.filePath(QStringLiteral("bench.db")))) {
        qCritical("cannot set up the benchmark");
        return 1;
    }
    SystemClock clock;
    Settings settings(&store);
    settings.setGlobal(SettingKeys::WhatsAppUrl, server.url().toString());
    const int defaultCap = settings.intValue(SettingKeys::MaxAwakeSessions);
    const long ticksPerSecond = ::sysconf(_SC_CLK_TCK);

    QVector<Row> rows;
    Row baseline;
    baseline.label = QStringLiteral("app only, no session");
    baseline.tree = measure();
    rows.append(baseline);

    SessionManager manager(dir.path(), &settings, &clock);
    manager.setOpenExternalLinks(false);
    QList<WhatsAppSession*> sessions;
    constexpr int kBatch = 5; // pages loaded at once: 2 cores, keep the machine responsive

    auto waitReady = [&](const QList<WhatsAppSession*>& batch) {
        for (WhatsAppSession* session : batch) {
            if (!EventLoopWait::until([&] { return session->state() == ConnectionState::Connected; }, 300000))
                return false;
            if (!light &&
                !EventLoopWait::until([&] { return HeavyWhatsAppServer::retainDone(session); }, 300000))
                return false;
        }
        return true;
    };
    auto measureRow = [&](const QString& label, int sdrs) {
        EventLoopWait::forMs(10000); // renderers finish loading or exiting; the GC settles
        manager.sampleUsage();
        Row row;
        row.label = label;
        row.sdrs = sdrs;
        row.awake = manager.awakeCount();
        const Tree before = measure();
        QElapsedTimer window;
        window.start();
        EventLoopWait::forMs(measureSecs * 1000);
        row.tree = measure();
        row.cpuPercent = 100.0 * double(row.tree.cpuTicks - before.cpuTicks) / double(ticksPerSecond) /
                         (double(window.elapsed()) / 1000.0);
        manager.sampleUsage();
        QVector<qint64> renderers;
        const SessionUsageMap usage = manager.sessionUsage();
        for (const SessionUsage& one : usage) {
            if (one.awake && one.memoryKb >= 0)
                renderers.append(one.memoryKb);
        }
        std::sort(renderers.begin(), renderers.end());
        if (!renderers.isEmpty())
            row.rendererMedianKb = renderers.at(renderers.size() / 2);
        err << QStringLiteral("  %1 s: %2: %3 MiB PSS, %4 % CPU\n")
                   .arg(total.elapsed() / 1000)
                   .arg(label)
                   .arg(row.tree.pssKb / 1024)
                   .arg(row.cpuPercent, 0, 'f', 1);
        err.flush();
        rows.append(row);
    };

    // Linking first, on the light page and a batch at a time, each batch discarded once linked:
    // a QR is not what is measured, and the heavy page's load would only slow the QR down.
    server.setHeavy(false);
    settings.setGlobal(SettingKeys::MaxAwakeSessions, sizes.last());
    settings.setGlobal(SettingKeys::HibernateIdleSecs, 86400);
    settings.setGlobal(SettingKeys::DiscardAfterSecs, 0);
    while (sessions.size() < sizes.last()) {
        QList<WhatsAppSession*> batch;
        for (int i = 0; i < kBatch && sessions.size() < sizes.last(); ++i) {
            SdrRecord sdr;
            sdr.id = QStringLiteral("sdr_%1").arg(sessions.size(), 2, 10, QLatin1Char('0'));
            sessions.append(manager.ensureSession(sdr));
            batch.append(sessions.last());
        }
        for (WhatsAppSession* session : std::as_const(batch)) {
            const QString phone =
                QStringLiteral("+9055500%1").arg(sessions.indexOf(session), 5, 10, QLatin1Char('0'));
            // The ref may rotate between reading and scanning: scan whatever the page shows now.
            if (!EventLoopWait::until(
                    [&] { return !session->qrRef().isEmpty() && server.scan(session->qrRef(), phone); },
                    120000) ||
                !EventLoopWait::until([&] { return session->state() == ConnectionState::Connected; },
                                      300000)) {
                qCritical("a session did not link");
                return 1;
            }
        }
        for (WhatsAppSession* session : std::as_const(batch)) {
            if (!session->discard()) {
                qCritical("a linked session could not be discarded");
                return 1;
            }
        }
    }
    err << QStringLiteral("  %1 s: %2 sessions linked\n").arg(total.elapsed() / 1000).arg(sessions.size());
    err.flush();
    server.setHeavy(!light);

    for (const int size : std::as_const(sizes)) {
        // All awake: no idle hibernation, no cap below the size. The linked sessions wake (WhatsApp
        // Web loads afresh, heavy) a batch at a time.
        settings.setGlobal(SettingKeys::MaxAwakeSessions, size);
        settings.setGlobal(SettingKeys::HibernateIdleSecs, 86400);
        settings.setGlobal(SettingKeys::DiscardAfterSecs, 0);
        for (int first = 0; first < size; first += kBatch) {
            const QList<WhatsAppSession*> batch = sessions.mid(first, qMin(kBatch, size - first));
            for (WhatsAppSession* session : batch)
                session->requestWake();
            if (!waitReady(batch)) {
                qCritical("woken sessions did not come back");
                return 1;
            }
        }
        measureRow(QStringLiteral("all awake"), size);

        settings.setGlobal(SettingKeys::MaxAwakeSessions, defaultCap);
        manager.evaluateHibernation();
        measureRow(QStringLiteral("at most %1 awake (default cap)").arg(defaultCap), size);

        // Nothing to do for longer than hibernate_idle_s (here 1 s): every session sleeps.
        settings.setGlobal(SettingKeys::HibernateIdleSecs, 1);
        EventLoopWait::forMs(2500);
        measureRow(QStringLiteral("hibernating (idle)"), size);
    }

    // Sanity: a discarded session wakes and is connected again without a QR.
    WhatsAppSession* first = sessions.first();
    settings.setGlobal(SettingKeys::HibernateIdleSecs, 86400);
    first->requestWake();
    const bool woke =
        EventLoopWait::until([&] { return first->state() == ConnectionState::Connected; }, 60000);

    out << QStringLiteral("session_memory: %1 page, sizes %2, idle CPU over %3 s, %4 s in all\n\n")
               .arg(light ? QStringLiteral("light simulated")
                          : QStringLiteral("heavy (~150 MB live JS objects)"))
               .arg(args.value(0, QStringLiteral("5,10,20")))
               .arg(measureSecs)
               .arg(total.elapsed() / 1000);
    out << "| linked SDRs | situation | awake | processes | PSS (sum) | RSS (sum) | idle CPU (% of one core) "
           "| renderer PSS, median (sampler) |\n|---|---|---|---|---|---|---|---|\n";
    for (const Row& row : std::as_const(rows)) {
        out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 MiB | %6 MiB | %7 | %8 |\n")
                   .arg(row.sdrs)
                   .arg(row.label)
                   .arg(row.awake)
                   .arg(row.tree.processes)
                   .arg(row.tree.pssKb / 1024)
                   .arg(row.tree.rssKb / 1024)
                   .arg(row.sdrs == 0 ? QStringLiteral("—") : QString::number(row.cpuPercent, 'f', 1))
                   .arg(row.rendererMedianKb < 0 ? QStringLiteral("—")
                                                 : QStringLiteral("%1 MiB").arg(row.rendererMedianKb / 1024));
    }
    out << "\nwoken session connected again without a QR: " << (woke ? "yes" : "NO") << "\n";
    out.flush();
    return woke ? 0 : 1;
}
