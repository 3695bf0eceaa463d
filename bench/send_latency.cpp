// Lead -> sent latency through the whole core with pacing off: the CRM (FakeCrm over loopback
// HTTP) gets a lead, the SDR's poller is told to poll now, and the clock stops when the channel
// (an instant FakeMessageChannel) has the message and the outbox says `sent`. The poll interval is
// taken out of the measure by pollNow(); what remains is HTTP + parse + route + outbox commits +
// dispatch. Prints percentiles. See docs/benchmarks.md.
//
// Usage: send_latency [samples] [mode] [poll interval s]
//   pollnow (default)  the poll is asked for right after the lead is added: the core alone;
//   feed               a v1.1 CRM, nothing asks: the queue-changes feed (§2b) has the queue fetched;
//   timer              a v1 CRM, nothing asks: the timer poll at the given interval (default 2 s)
//                      finds the lead (what a lead waited before the feed).
#include "ActivityLog.h"
#include "ConnectionStatusRepository.h"
#include "CrmClient.h"
#include "FakeChannelProvider.h"
#include "FakeCrm.h"
#include "FakeMessageChannel.h"
#include "Outbox.h"
#include "QueueChangeFeed.h"
#include "SdrRepository.h"
#include "SenderEngine.h"
#include "Settings.h"
#include "Store.h"
#include "SystemClock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("sdrsender.*.info=false"));
    const int samples = argc > 1 ? QByteArray(argv[1]).toInt() : 200;
    const QByteArray mode = argc > 2 ? QByteArray(argv[2]) : QByteArray("pollnow");
    const int pollSecs = argc > 3 ? QByteArray(argv[3]).toInt() : 2;
    if (samples <= 0 || (mode != "pollnow" && mode != "feed" && mode != "timer") || pollSecs <= 0) {
        std::fprintf(stderr, "usage: send_latency [samples] [pollnow|feed|timer] [poll interval s]\n");
        return 2;
    }

    QTemporaryDir dir;
    Store store;
    if (!store.open(dir.filePath("bench.db")))
        return 1;
    SystemClock clock;
    Settings settings(&store);
    settings.setGlobal(SettingKeys::SendGapMinSecs, 0);
    settings.setGlobal(SettingKeys::SendGapMaxSecs, 0);
    settings.setGlobal(SettingKeys::HourlyCap, 100000);
    settings.setGlobal(SettingKeys::DailyCap, 1000000);
    settings.setGlobal(SettingKeys::WarmupDays, 0);
    // The unanswered budget (issue 12) would pause the SDR after 150 sends nobody answered.
    settings.setGlobal(SettingKeys::UnansweredBudget, 100000);
    // pollnow and feed: only pollNow() or the feed polls (the safety net is an hour away).
    settings.setGlobal(SettingKeys::PollIntervalSecs, mode == "timer" ? pollSecs : 3600);
    SdrRepository sdrs(&store);
    ConnectionStatusRepository statuses(&store);
    ActivityLog activity(&store, &clock);
    FakeCrm crm;
    crm.start();
    crm.addSdr("sdr_a", "A", true);
    if (mode == "feed")
        crm.setApiVersion("1.1");
    CrmClient client;
    client.setBaseUrl(crm.url());
    client.setToken("t");
    FakeMessageChannel channel("sdr_a", "15550000001");
    FakeChannelProvider provider;
    provider.setChannel("sdr_a", &channel);
    SenderEngine engine(&store, &settings, &clock, &client, &provider, &sdrs, &activity, &statuses);

    QEventLoop loop;
    QString waitingFor;
    QObject::connect(&engine, &SenderEngine::leadSent, &loop, [&](const QString&, const QString& leadId) {
        if (leadId == waitingFor)
            loop.quit();
    });
    QObject::connect(&engine, &SenderEngine::sdrStarted, &loop, &QEventLoop::quit);
    engine.start();
    loop.exec(); // until sdr_a is served
    if (mode == "feed") {
        QTimer check;
        QObject::connect(&check, &QTimer::timeout, &loop, [&] {
            if (engine.changeFeed()->covers("sdr_a"))
                loop.quit();
        });
        check.start(10);
        loop.exec();
    }

    QVector<double> ms;
    QElapsedTimer timer;
    for (int i = 0; i < samples + 10; ++i) {
        waitingFor = QStringLiteral("lead_%1").arg(i);
        crm.addLead("sdr_a", waitingFor, "+905454031918", QStringLiteral("Hello %1").arg(i));
        timer.start();
        if (mode == "pollnow")
            engine.pollNow("sdr_a");
        QTimer::singleShot(mode == "timer" ? 10 * pollSecs * 1000 : 10000, &loop, &QEventLoop::quit);
        loop.exec();
        if (i >= 10) // warm-up excluded
            ms.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    auto pct = [&](double p) {
        return ms.at(std::min<int>(int(ms.size()) - 1, int(p * ms.size())));
    };
    std::printf("send_latency: %d leads, lead -> sent (poll + route + outbox + dispatch), pacing off, %s\n",
                int(ms.size()),
                mode == "pollnow" ? "poll asked for at once"
                : mode == "feed"  ? "fetched on the queue-changes feed (v1.1)"
                                 : qPrintable(QStringLiteral("timer polling every %1 s (v1)").arg(pollSecs)));
    std::printf("  p50 %.2f ms   p90 %.2f ms   p99 %.2f ms   max %.2f ms\n", pct(0.5), pct(0.9), pct(0.99),
                ms.last());
    return 0;
}
