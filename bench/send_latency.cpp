// Lead -> sent latency through the whole core with pacing off: the CRM (FakeCrm over loopback
// HTTP) gets a lead, the SDR's poller is told to poll now, and the clock stops when the channel
// (an instant FakeMessageChannel) has the message and the outbox says `sent`. The poll interval is
// taken out of the measure by pollNow(); what remains is HTTP + parse + route + outbox commits +
// dispatch. Prints percentiles. See docs/benchmarks.md.
#include "ActivityLog.h"
#include "ConnectionStatusRepository.h"
#include "CrmClient.h"
#include "FakeChannelProvider.h"
#include "FakeCrm.h"
#include "FakeMessageChannel.h"
#include "Outbox.h"
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
    settings.setGlobal(SettingKeys::PollIntervalSecs, 3600); // only pollNow() polls
    SdrRepository sdrs(&store);
    ConnectionStatusRepository statuses(&store);
    ActivityLog activity(&store, &clock);
    FakeCrm crm;
    crm.start();
    crm.addSdr("sdr_a", "A", true);
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

    QVector<double> ms;
    QElapsedTimer timer;
    for (int i = 0; i < samples + 10; ++i) {
        waitingFor = QStringLiteral("lead_%1").arg(i);
        crm.addLead("sdr_a", waitingFor, "+905454031918", QStringLiteral("Hello %1").arg(i));
        timer.start();
        engine.pollNow("sdr_a");
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        if (i >= 10) // warm-up excluded
            ms.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    auto pct = [&](double p) {
        return ms.at(std::min<int>(int(ms.size()) - 1, int(p * ms.size())));
    };
    std::printf("send_latency: %d leads, lead -> sent (poll + route + outbox + dispatch), pacing off\n",
                int(ms.size()));
    std::printf("  p50 %.2f ms   p90 %.2f ms   p99 %.2f ms   max %.2f ms\n", pct(0.5), pct(0.9), pct(0.99),
                ms.last());
    return 0;
}
