// The UI thread's worst stall under normal use (issue 13 item 2). Builds the window as the app
// composes it (store, repositories, SenderEngine in the CRM-less mode, MainWindow; sessions stay
// unlinked: no WebEngine page) on a real SQLite file seeded with 20 SDRs, 200 000 activity rows and
// 100 000 outbox rows over several days, then drives normal use for a while: a send every second
// across the SDRs (enqueue, sending, sent, activity entry), failures, reports and connection state
// changes, the dashboard refreshing, the activity view on screen with entries arriving, a CSV import
// of a large file (tens of MB) through the import dialog and an activity export.
//
// A 5 ms precise timer is the heartbeat: each gap between two ticks beyond its interval is a stall.
// Prints p50, p99 and worst, overall, outside and during the import and the export.
//
//   build/bench/ui_stall [--seconds 60] [--csv-rows 200000] [--no-engine]
// (offscreen by default; see docs/benchmarks.md)

#include "ActivityLog.h"
#include "ActivityView.h"
#include "ChannelProvider.h"
#include "ConnectionStatusRepository.h"
#include "ImportLeadsDialog.h"
#include "MainWindow.h"
#include "Outbox.h"
#include "SdrRepository.h"
#include "SenderEngine.h"
#include "Settings.h"
#include "Store.h"
#include "SystemClock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <ctime>
#include <memory>

namespace {

constexpr int SdrCount = 20;
constexpr int ActivityRows = 200000;
constexpr int OutboxRows = 100000;
constexpr int HeartbeatMs = 5;
constexpr int TargetMs = 50; // issue 13: the UI thread never stalls longer

// Sessions stay unlinked: no SDR has a channel, as before its WhatsApp is linked.
class NoChannels : public ChannelProvider
{
public:
    MessageChannel* channelFor(const QString&) override { return nullptr; }
    // Sessions stay unlinked here: the engine's dispatchers wait for a channel that never comes.
    bool ensureChannel(const SdrRecord&) override { return true; }
    void releaseChannel(const QString&) override {}
};

QString sdrId(int i)
{
    return QStringLiteral("sdr_%1").arg(i, 2, 10, QLatin1Char('0'));
}

bool exec(QSqlQuery& query)
{
    if (query.exec())
        return true;
    std::fprintf(stderr, "seed failed: %s\n", qPrintable(query.lastError().text()));
    return false;
}

// Straight SQL in one transaction: seeding is not what is measured.
bool seed(Store* store, SdrRepository* sdrs)
{
    for (int i = 0; i < SdrCount; ++i) {
        SdrRecord sdr;
        sdr.id = sdrId(i);
        sdr.name = QStringLiteral("SDR %1").arg(i);
        sdr.source = QStringLiteral("local");
        if (!sdrs->upsert(sdr))
            return false;
    }
    QSqlDatabase db = store->database();
    db.transaction();
    QRandomGenerator random(13);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QStringList kinds{QStringLiteral("send"), QStringLiteral("fail"), QStringLiteral("state"),
                            QStringLiteral("report"), QStringLiteral("poll")};
    QSqlQuery activity(db);
    activity.prepare(QStringLiteral("INSERT INTO activity(at, sdr_id, kind, message) VALUES(?, ?, ?, ?)"));
    for (int i = 0; i < ActivityRows; ++i) {
        // Oldest first, over the last 7 days.
        const QDateTime at = now.addSecs(-7 * 24 * 3600 + qint64(i) * 7 * 24 * 3600 / ActivityRows);
        activity.addBindValue(Store::timestamp(at));
        activity.addBindValue(sdrId(int(random.bounded(SdrCount))));
        activity.addBindValue(kinds.at(int(random.bounded(kinds.size()))));
        activity.addBindValue(QStringLiteral("Seeded entry %1 for lead_%1").arg(i));
        if (!exec(activity))
            return false;
    }
    QSqlQuery outbox(db);
    outbox.prepare(QStringLiteral(
        "INSERT INTO outbox(lead_id, sdr_id, name, phone, message, source, state, attempts, error, "
        "detail, lead_created_at, created_at, updated_at, sent_at, reported_at) "
        "VALUES(?, ?, ?, ?, ?, 'local', ?, 1, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery followup(db);
    followup.prepare(
        QStringLiteral("INSERT INTO lead_followup(lead_id, sdr_id, phone, sent_at, delivered_at, read_at, "
                       "replied_at, updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString body = QStringLiteral("Hello %1, this is a message body of a realistic length: we saw "
                                        "your request and would like to talk about it this week.");
    for (int i = 0; i < OutboxRows; ++i) {
        const QDateTime created = now.addSecs(-6 * 24 * 3600 + qint64(i) * 6 * 24 * 3600 / OutboxRows);
        const QString id = QStringLiteral("seed_%1").arg(i);
        const QString sdr = sdrId(i % SdrCount);
        const QString phone = QStringLiteral("+9055500%1").arg(i, 5, 10, QLatin1Char('0'));
        // Mostly done and reported; the newest are still queued; a few uncertain, failed, held.
        QString state = QStringLiteral("reported");
        const int roll = int(random.bounded(100));
        if (i >= OutboxRows - 400)
            state = QStringLiteral("queued");
        else if (roll < 8)
            state = QStringLiteral("failed");
        else if (roll < 9 && i > OutboxRows - 3000)
            state = QStringLiteral("uncertain");
        const bool failed =
            state == QLatin1String("failed") || (state == QLatin1String("reported") && roll < 12);
        const bool sent = !failed && state != QLatin1String("queued") && state != QLatin1String("uncertain");
        const QDateTime sentAt = created.addSecs(60);
        outbox.addBindValue(id);
        outbox.addBindValue(sdr);
        outbox.addBindValue(QStringLiteral("Lead %1").arg(i));
        outbox.addBindValue(phone);
        outbox.addBindValue(body.arg(i));
        outbox.addBindValue(state);
        outbox.addBindValue(failed ? QStringLiteral("invalid_phone") : QVariant());
        outbox.addBindValue(failed ? QStringLiteral("not on WhatsApp") : QVariant());
        outbox.addBindValue(Store::timestamp(created));
        outbox.addBindValue(Store::timestamp(created));
        outbox.addBindValue(Store::timestamp(sent ? sentAt : created.addSecs(30)));
        outbox.addBindValue(sent ? Store::timestamp(sentAt) : QVariant());
        outbox.addBindValue(state == QLatin1String("reported") ? Store::timestamp(sentAt.addSecs(5))
                                                               : QVariant());
        if (!exec(outbox))
            return false;
        if (sent) {
            followup.addBindValue(id);
            followup.addBindValue(sdr);
            followup.addBindValue(phone);
            followup.addBindValue(Store::timestamp(sentAt));
            followup.addBindValue(Store::timestamp(sentAt.addSecs(10)));
            followup.addBindValue(roll < 70 ? Store::timestamp(sentAt.addSecs(600)) : QVariant());
            followup.addBindValue(roll < 30 ? Store::timestamp(sentAt.addSecs(3600)) : QVariant());
            followup.addBindValue(Store::timestamp(sentAt.addSecs(3600)));
            if (!exec(followup))
                return false;
        }
    }
    return db.commit();
}

// A CSV of new leads for the 20 SDRs, about 150 bytes a row.
bool writeCsv(const QString& path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QTextStream out(&file);
    out << "id,assigned_sdr_id,name,phone,message\n";
    for (int i = 0; i < rows; ++i) {
        out << "csv_" << i << ',' << sdrId(i % SdrCount) << ",\"Imported, Lead " << i << "\",+9055510"
            << QStringLiteral("%1").arg(i, 6, 10, QLatin1Char('0'))
            << ",\"Hi! We met at the fair; here is the offer we spoke about, \"\"valid\"\" until Friday. "
               "Reply STOP to opt out.\"\n";
    }
    return file.error() == QFile::NoError;
}

qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

struct Stalls
{
    QVector<double> all;
    QVector<double> quiet;                  // outside the import and the export
    QVector<double> import;                 // a gap that overlapped the import
    QVector<double> exports;                // a gap that overlapped the export
    QVector<QPair<double, double>> longest; // stall (ms), when it ended (s into the run)
};

void print(const char* label, QVector<double> stalls)
{
    if (stalls.isEmpty()) {
        std::printf("%-22s no samples\n", label);
        return;
    }
    std::sort(stalls.begin(), stalls.end());
    auto at = [&](double q) {
        return stalls.at(qMin(stalls.size() - 1, qsizetype(q * double(stalls.size()))));
    };
    std::printf("%-22s ticks %7lld   p50 %7.2f ms   p99 %8.2f ms   worst %8.2f ms\n", label,
                static_cast<long long>(stalls.size()), at(0.50), at(0.99), stalls.last());
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("sdrsender.*.info=false"));

    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Length of the run."),
                                     QStringLiteral("s"), QStringLiteral("60"));
    QCommandLineOption csvOption(QStringLiteral("csv-rows"), QStringLiteral("Rows of the imported CSV."),
                                 QStringLiteral("n"), QStringLiteral("200000"));
    QCommandLineOption noEngineOption(
        QStringLiteral("no-engine"),
        QStringLiteral("Leave the SenderEngine out (its dispatchers and the routing of imported leads)."));
    QCommandLineOption stallLogOption(
        QStringLiteral("stall-log"),
        QStringLiteral("Write every stall of 20 ms or more to this file (CLOCK_MONOTONIC ns of its start and "
                       "end), to match with a `perf record -k CLOCK_MONOTONIC` profile."),
        QStringLiteral("file"));
    parser.addOptions({secondsOption, csvOption, noEngineOption, stallLogOption});
    parser.process(app);
    const int seconds = qMax(20, parser.value(secondsOption).toInt());
    const int csvRows = qMax(1000, parser.value(csvOption).toInt());
    const bool withEngine = !parser.isSet(noEngineOption);
    std::unique_ptr<QFile> stallLog;
    if (parser.isSet(stallLogOption)) {
        stallLog = std::make_unique<QFile>(parser.value(stallLogOption));
        if (!stallLog->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(stallLog->fileName()));
            return 1;
        }
    }

    QTemporaryDir dir;
    QElapsedTimer setup;
    setup.start();
    SystemClock clock;
    Store store;
    if (!store.open(dir.filePath(QStringLiteral("sender.sqlite")))) {
        std::fprintf(stderr, "cannot open the store: %s\n", qPrintable(store.errorString()));
        return 1;
    }
    Settings settings(&store);
    SdrRepository sdrs(&store);
    ConnectionStatusRepository statuses(&store);
    ActivityLog activity(&store, &clock);
    if (!seed(&store, &sdrs))
        return 1;
    const QString csvPath = dir.filePath(QStringLiteral("leads.csv"));
    if (!writeCsv(csvPath, csvRows))
        return 1;
    std::printf("seeded %d SDRs, %d activity rows, %d outbox rows; CSV of %d rows (%.1f MB) in %.1f s\n",
                SdrCount, ActivityRows, OutboxRows, csvRows, double(QFile(csvPath).size()) / 1e6,
                double(setup.elapsed()) / 1000);

    NoChannels channels;
    std::unique_ptr<SenderEngine> engine;
    std::unique_ptr<Outbox> ownOutbox;
    if (withEngine)
        engine = std::make_unique<SenderEngine>(&store, &settings, &clock, nullptr, &channels, &sdrs,
                                                &activity, &statuses);
    else
        ownOutbox = std::make_unique<Outbox>(&store, &clock);
    MainWindow::Dependencies deps;
    deps.store = &store;
    deps.settings = &settings;
    deps.sdrs = &sdrs;
    deps.statuses = &statuses;
    deps.activity = &activity;
    deps.clock = &clock;
    deps.suppression = engine ? engine->suppressionList() : nullptr;
    MainWindow window(deps);
    window.setConfirmer([](const QString&, const QString&) { return true; });
    window.resize(1280, 800);
    window.show();
    window.showActivity();
    if (engine)
        engine->start();

    QElapsedTimer run;
    // --- the heartbeat ------------------------------------------------------------------------
    Stalls stalls;
    bool importing = false;
    bool exporting = false;
    bool importSeen = false; // since the last tick
    bool exportSeen = false;
    QElapsedTimer clockSinceTick;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(HeartbeatMs);
    QObject::connect(&heartbeat, &QTimer::timeout, &heartbeat, [&] {
        const double gap = double(clockSinceTick.nsecsElapsed()) / 1e6;
        clockSinceTick.restart();
        const double stall = qMax(0.0, gap - HeartbeatMs);
        if (stallLog && stall >= 20) {
            const qint64 end = monotonicNs();
            stallLog->write(QByteArray::number(end - qint64(gap * 1e6)) + ' ' + QByteArray::number(end) +
                            ' ' + QByteArray::number(stall, 'f', 1) + '\n');
        }
        stalls.all.append(stall);
        if (stall >= TargetMs)
            stalls.longest.append({stall, double(run.elapsed()) / 1000});
        if (importSeen)
            stalls.import.append(stall);
        if (exportSeen)
            stalls.exports.append(stall);
        if (!importSeen && !exportSeen)
            stalls.quiet.append(stall);
        importSeen = importing;
        exportSeen = exporting;
    });

    // --- normal use -----------------------------------------------------------------------------
    Outbox* outbox = engine ? engine->outbox() : ownOutbox.get();
    QRandomGenerator random(42);
    int sends = 0;
    QTimer traffic;
    traffic.setInterval(1000);
    QObject::connect(&traffic, &QTimer::timeout, &traffic, [&] {
        const int n = sends++;
        const QString sdr = sdrId(n % SdrCount);
        Lead lead;
        lead.id = QStringLiteral("live_%1").arg(n);
        lead.sdrId = sdr;
        lead.name = QStringLiteral("Live %1").arg(n);
        lead.phone = QStringLiteral("+9055520%1").arg(n, 5, 10, QLatin1Char('0'));
        lead.message = QStringLiteral("Hello from the benchmark, message %1").arg(n);
        lead.createdAt = clock.now();
        outbox->enqueue(lead, QStringLiteral("local"));
        if (outbox->beginSend(lead.id)) {
            // As the dispatcher does: the outcome only after the `sending` row is synced to the disk
            // (off this thread), here at once after that instead of a page's seconds.
            store.whenDurable(&traffic, [&, n, sdr, leadId = lead.id](bool, const QString&) {
                if (n % 7 == 3) {
                    (void)outbox->markFailed(leadId, QStringLiteral("invalid_phone"),
                                             QStringLiteral("not on WhatsApp"));
                    activity.add(sdr, QStringLiteral("fail"),
                                 QStringLiteral("Lead %1 failed: not on WhatsApp").arg(leadId));
                } else {
                    (void)outbox->markSent(leadId, clock.now());
                    activity.add(sdr, QStringLiteral("send"), QStringLiteral("Sent lead %1").arg(leadId));
                }
            });
        }
        if (n > 2 && n % 2 == 0) {
            const QString earlier = QStringLiteral("live_%1").arg(n - 2);
            if (outbox->markReported(earlier))
                activity.add(sdrId((n - 2) % SdrCount), QStringLiteral("report"),
                             QStringLiteral("Reported lead %1").arg(earlier));
        }
        if (n % 5 == 0) {
            ConnectionStatus status;
            status.sdrId = sdrId(int(random.bounded(SdrCount)));
            status.state = n % 10 == 0 ? ConnectionState::Connected : ConnectionState::QrRequired;
            status.whatsappConnected = status.state == ConnectionState::Connected;
            status.updatedAt = clock.now();
            statuses.save(status);
            activity.add(status.sdrId, QStringLiteral("state"), QStringLiteral("Connection state changed"));
        }
    });

    const QString exportPath = dir.filePath(QStringLiteral("activity.csv"));
    double importMs = 0;
    double exportMs = 0;
    int imported = 0;

    // The import through the dialog, a quarter into the run; it runs in the background and reports
    // through finished().
    QElapsedTimer importTimer;
    QTimer::singleShot(seconds * 250, [&] {
        window.openImportDialog();
        ImportLeadsDialog* dialog = window.importDialog();
        QObject::connect(dialog, &ImportLeadsDialog::finished, dialog, [&, dialog] {
            importMs = double(importTimer.elapsed());
            const LeadImportReport report = dialog->lastReport();
            imported = report.imported;
            std::printf("import report: %d imported, %d known, %lld refused%s%s%s\n", report.imported,
                        report.duplicates, static_cast<long long>(report.problems.size()),
                        report.cancelled ? ", cancelled" : "",
                        report.fatalError.isEmpty() ? "" : ", failed: ", qPrintable(report.fatalError));
            if (!report.problems.isEmpty() && report.problems.last().line == 0)
                std::printf("import stopped: %s\n", qPrintable(report.problems.last().reason));
            importing = false;
            dialog->close();
        });
        dialog->setFilePath(csvPath);
        importing = importSeen = true;
        importTimer.start();
        dialog->importFile();
    });
    // The export of the whole activity log, at two thirds.
    QElapsedTimer exportTimer;
    QObject::connect(window.activityView(), &ActivityView::exportFinished, &window, [&] {
        exportMs = double(exportTimer.elapsed());
        exporting = false;
    });
    QTimer::singleShot(seconds * 666, [&] {
        exporting = exportSeen = true;
        exportTimer.start();
        window.activityView()->exportTo(exportPath);
    });
    // exit(), not quit(): since Qt 6 quit() first asks every window to close, and the import dialog
    // answers that by cancelling its import and staying open, so the run would not end.
    QTimer::singleShot(seconds * 1000, &app, [] { QCoreApplication::exit(0); });

    // A watchdog off the UI thread: a loop that never gets to its timers still ends (a posted quit
    // is delivered even when timers starve).
    std::atomic<bool> done{false};
    std::unique_ptr<QThread> watchdog(QThread::create([&] {
        QElapsedTimer wall;
        wall.start();
        while (!done && wall.elapsed() < qint64(seconds + 20) * 1000)
            QThread::msleep(100);
        if (!done) {
            std::printf("watchdog: the loop did not end the run in time\n");
            QMetaObject::invokeMethod(&app, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
        }
    }));
    watchdog->start();
    run.start();
    clockSinceTick.start();
    heartbeat.start();
    traffic.start();
    app.exec();
    done = true;
    watchdog->wait();
    heartbeat.stop();
    traffic.stop();
    if (engine)
        engine->stop();

    std::printf("ran %.1f s: %d sends, import of %d leads took %.0f ms, export (%.1f MB) took %.0f ms\n",
                double(run.elapsed()) / 1000, sends, imported, importMs,
                double(QFile(exportPath).size()) / 1e6, exportMs);
    std::printf("event-loop stalls (gap beyond the %d ms heartbeat):\n", HeartbeatMs);
    print("overall", stalls.all);
    print("normal use", stalls.quiet);
    print("during import", stalls.import);
    print("during export", stalls.exports);
    std::sort(stalls.longest.begin(), stalls.longest.end(),
              [](const auto& a, const auto& b) { return a.first > b.first; });
    std::printf(
        "stalls of %d ms or more (the target is none): %lld (import from %.0f s, export from %.0f s)\n",
        TargetMs, static_cast<long long>(stalls.longest.size()), seconds * 0.25, seconds * 0.666);
    for (qsizetype i = 0; i < qMin<qsizetype>(8, stalls.longest.size()); ++i)
        std::printf("  %8.1f ms ending at %5.1f s\n", stalls.longest.at(i).first,
                    stalls.longest.at(i).second);
    return 0;
}
