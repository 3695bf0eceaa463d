// Start-up to a shown window with 20 SDRs: a data directory seeded with 20 active SDRs whose last
// known state is "connected" (linked), then the app (app/main/Application, built as
// app/main/main.cpp builds it) is started in a fresh process several times. Each child reports how
// long after its process started (and after main()'s first line) the main window was first exposed,
// and how many sessions had already created a page (started loading WhatsApp Web) by then: the
// target is <= 1 s and none.
// See docs/benchmarks.md.
//
//   build/bench/startup [runs=5] [sdrs=20]
#include "Application.h"
#include "CommandLine.h"
#include "ConnectionStatusRepository.h"
#include "DataDirectory.h"
#include "InstanceLock.h"
#include "MainWindow.h"
#include "SdrRepository.h"
#include "SessionManager.h"
#include "Store.h"
#include "WebEngineEnvironment.h"
#include "WhatsAppSession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <ctime>
#include <functional>
#include <unistd.h>

namespace {
// How long this process has existed, from the kernel's start time of it (clock-tick precision).
double processAgeMs()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // starttime is field 22; after the last ')' state is field 3, so it is at index 19.
    const qint64 startTicks = text.mid(text.lastIndexOf(')') + 2).split(' ').value(19).toLongLong();
    timespec now{};
    ::clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    return nowMs - double(startTicks) * 1000.0 / double(::sysconf(_SC_CLK_TCK));
}

int pagesStarted(const Application& application)
{
    int count = 0;
    if (application.sessions()) {
        for (const WhatsAppSession* session : application.sessions()->sessions())
            count += session->page() ? 1 : 0;
    }
    return count;
}

// The child: app/main/main.cpp's window path, plus a watch on the main window's first expose.
int runChild(int argc, char* argv[], QElapsedTimer& sinceMain)
{
    QCoreApplication::setApplicationName(QStringLiteral("sdr-sender"));
    CommandLine commandLine;
    QStringList arguments{QStringLiteral("sdr-sender"), QStringLiteral("--data-dir"),
                          QString::fromLocal8Bit(argv[2]), QStringLiteral("--whatsapp-url"),
                          QStringLiteral("http://127.0.0.1:9/")};
    if (commandLine.parse(arguments) != CommandLine::Action::Run)
        return 2;
    WebEngineEnvironment::prepare();
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("sdrsender.*.info=false\njs.*=false"));
    const CommandLineOptions& options = commandLine.options();
    DataDirectory dataDirectory(options.dataDir);
    InstanceLock lock(dataDirectory.path());
    if (!dataDirectory.ensureExists() || !lock.tryLock())
        return 3;
    Application application(dataDirectory.path(), options);

    struct ExposeWatch : QObject
    {
        std::function<void()> onExpose;
        bool eventFilter(QObject* watched, QEvent* event) override
        {
            if (event->type() == QEvent::Expose && onExpose && qobject_cast<QWindow*>(watched))
                onExpose();
            return false;
        }
    } watch;
    double ageAtExpose = -1;
    double mainAtExpose = -1;
    int pagesAtExpose = -1;
    double allPagesMs = -1;
    const int sdrs = QByteArray(argv[3]).toInt();
    watch.onExpose = [&] {
        MainWindow* window = application.window();
        if (pagesAtExpose >= 0 || !window || !window->windowHandle() || !window->windowHandle()->isExposed())
            return;
        ageAtExpose = processAgeMs();
        mainAtExpose = sinceMain.nsecsElapsed() / 1e6;
        pagesAtExpose = pagesStarted(application);
    };
    app.installEventFilter(&watch);
    if (!application.start())
        return 4;
    // After the window: every SDR's session starts (its page loads) within a few seconds.
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (pagesAtExpose >= 0 && pagesStarted(application) >= sdrs) {
            allPagesMs = sinceMain.nsecsElapsed() / 1e6;
            app.quit();
        }
    });
    poll.start(5);
    QTimer::singleShot(20000, &app, &QCoreApplication::quit);
    app.exec();
    QTextStream(stdout) << "expose_from_process_start_ms " << ageAtExpose << " expose_from_main_ms "
                        << mainAtExpose << " pages_at_expose " << pagesAtExpose << " all_pages_started_ms "
                        << allPagesMs << '\n';
    return 0;
}

double median(QVector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}
} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    if (argc >= 4 && QByteArray(argv[1]) == "--child")
        return runChild(argc, argv, sinceMain);

    QCoreApplication app(argc, argv);
    const int runs = qMax(1, argc > 1 ? QByteArray(argv[1]).toInt() : 5);
    const int sdrs = qMax(1, argc > 2 ? QByteArray(argv[2]).toInt() : 20);
    QTextStream out(stdout);
    QTemporaryDir dir;
    {
        Store store;
        if (!dir.isValid() || !store.open(DataDirectory(dir.path()).databasePath()))
            return 1;
        SdrRepository repository(&store);
        ConnectionStatusRepository statuses(&store);
        for (int i = 0; i < sdrs; ++i) {
            SdrRecord sdr;
            sdr.id = QStringLiteral("sdr_%1").arg(i, 2, 10, QLatin1Char('0'));
            sdr.name = QStringLiteral("SDR %1").arg(i + 1);
            sdr.expectedPhone = QStringLiteral("+9055500%1").arg(i, 5, 10, QLatin1Char('0'));
            ConnectionStatus status;
            status.sdrId = sdr.id;
            status.whatsappConnected = true;
            status.whatsappPhone = sdr.expectedPhone;
            status.whatsappConnectedAt = QDateTime::currentDateTimeUtc().addDays(-3);
            status.state = ConnectionState::Connected;
            status.updatedAt = QDateTime::currentDateTimeUtc();
            if (!repository.upsert(sdr) || !statuses.save(status))
                return 1;
        }
    }

    QVector<double> fromStart;
    QVector<double> fromSpawn;
    QVector<double> fromMain;
    QVector<double> allPages;
    int pagesBefore = 0;
    for (int run = 0; run < runs; ++run) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer spawn;
        spawn.start();
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--child"), dir.path(), QString::number(sdrs)});
        if (!child.waitForFinished(60000) || child.exitCode() != 0) {
            qCritical("run %d failed (exit code %d)", run, child.exitCode());
            return 1;
        }
        const QList<QByteArray> fields = child.readAllStandardOutput().trimmed().split(' ');
        if (fields.size() < 8) {
            qCritical("run %d printed nothing", run);
            return 1;
        }
        const double start = fields.at(1).toDouble();
        const double main = fields.at(3).toDouble();
        const int pages = fields.at(5).toInt();
        // The first run warms the page cache (libraries, ICU data): it is reported but not counted.
        out << QStringLiteral("  run %1: window exposed %2 ms after process start (%3 ms after main()), "
                              "%4 pages started before it; all %5 pages started by %6 ms\n")
                   .arg(run + 1)
                   .arg(start, 0, 'f', 0)
                   .arg(main, 0, 'f', 0)
                   .arg(pages)
                   .arg(sdrs)
                   .arg(fields.at(7).toDouble(), 0, 'f', 0);
        out.flush();
        if (run == 0 && runs > 1)
            continue;
        fromStart.append(start);
        fromMain.append(main);
        allPages.append(fields.at(7).toDouble());
        fromSpawn.append(double(spawn.elapsed()));
        pagesBefore = qMax(pagesBefore, pages);
    }
    const double medianStart = median(fromStart);
    out << QStringLiteral("startup: %1 SDRs, %2 runs counted (platform %3): window exposed after %4 ms "
                          "(median from process start; max %5 ms), %6 ms from main(); pages started "
                          "before the window: %7 (max); all pages started by %8 ms (median)\n")
               .arg(sdrs)
               .arg(fromStart.size())
               .arg(qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("default")))
               .arg(medianStart, 0, 'f', 0)
               .arg(*std::max_element(fromStart.begin(), fromStart.end()), 0, 'f', 0)
               .arg(median(fromMain), 0, 'f', 0)
               .arg(pagesBefore)
               .arg(median(allPages), 0, 'f', 0);
    const bool ok = pagesBefore == 0 && medianStart <= 1000;
    out << (ok ? "target met: <= 1 s and no page load before the window\n"
               : "TARGET MISSED: see the figures above\n");
    return ok ? 0 : 1;
}
