// Lead -> sent through a real Qt WebEngine session, pacing off: FakeCrm over loopback HTTP, the real
// SenderEngine, SessionManager's WhatsAppSession on the simulated WhatsApp Web made as heavy as the
// real one (bench/heavy/retain.js, ~150 MB of live JavaScript objects). The clock starts when the
// lead is in the CRM and the poll is asked for (pollNow, as the queue-changes feed would), and stops
// when the engine reports the lead sent (the page confirmed it). Measured from an awake session and
// from a hibernated one (frozen and discarded before each lead: the wake reloads WhatsApp Web).
// See docs/benchmarks.md.
//
//   build/bench/send_latency_webengine [awake samples=30] [hibernated samples=10] [--light]
#include "ActivityLog.h"
#include "ConnectionState.h"
#include "ConnectionStatusRepository.h"
#include "CrmClient.h"
#include "EventLoopWait.h"
#include "FakeCrm.h"
#include "HeavyWhatsAppServer.h"
#include "SdrRepository.h"
#include "SenderEngine.h"
#include "SessionManager.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "Store.h"
#include "SystemClock.h"
#include "WebEngineEnvironment.h"
#include "WhatsAppSession.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

QString percentiles(QVector<double> ms)
{
    if (ms.isEmpty())
        return QStringLiteral("no samples");
    std::sort(ms.begin(), ms.end());
    auto pct = [&](double p) {
        return ms.at(std::min<int>(int(ms.size()) - 1, int(p * ms.size())));
    };
    return QStringLiteral("p50 %1 ms | p95 %2 ms | max %3 ms | n = %4")
        .arg(pct(0.5), 0, 'f', 0)
        .arg(pct(0.95), 0, 'f', 0)
        .arg(ms.last(), 0, 'f', 0)
        .arg(ms.size());
}
} // namespace

int main(int argc, char* argv[])
{
    WebEngineEnvironment::prepare();
    QGuiApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("sdrsender.*.info=false\njs.*=false"));
    QStringList args = app.arguments().mid(1);
    const bool light = args.removeAll(QStringLiteral("--light")) > 0;
    const int awakeSamples = qMax(1, args.value(0, QStringLiteral("30")).toInt());
    const int hibernatedSamples = qMax(1, args.value(1, QStringLiteral("10")).toInt());
    QTextStream out(stdout);
    const QString me = QStringLiteral("+905551112233");

    QTemporaryDir dir;
    HeavyWhatsAppServer server;
    server.setHeavy(!light);
    // Linking is not what is measured: a QR that stays valid while earlier pages load (an expired
    // one is only reloaded for a session on screen).
    server.setQrRotation(60000, 100);
    FakeCrm crm;
    Store store;
    if (!dir.isValid() || !server.start() || !crm.start() ||
        !store.open(dir.filePath(QStringLiteral("bench.db")))) {
        qCritical("cannot set up the benchmark");
        return 1;
    }
    crm.setToken("tok");
    crm.addSdr("sdr_a", "A", true, me);
    SystemClock clock;
    Settings settings(&store);
    settings.setGlobal(SettingKeys::WhatsAppUrl, server.url().toString());
    settings.setGlobal(SettingKeys::SendGapMinSecs, 0);
    settings.setGlobal(SettingKeys::SendGapMaxSecs, 0);
    settings.setGlobal(SettingKeys::HourlyCap, 100000);
    settings.setGlobal(SettingKeys::DailyCap, 1000000);
    settings.setGlobal(SettingKeys::WarmupDays, 0);
    settings.setGlobal(SettingKeys::UnansweredBudget, 100000);
    settings.setGlobal(SettingKeys::RecentContactDays, 0);
    settings.setGlobal(SettingKeys::PollIntervalSecs, 3600); // only pollNow() polls
    settings.setGlobal(SettingKeys::HibernateIdleSecs, 86400);
    settings.setGlobal(SettingKeys::DiscardAfterSecs, 0);
    SdrRepository sdrs(&store);
    ConnectionStatusRepository statuses(&store);
    ActivityLog activity(&store, &clock);
    CrmClient client;
    client.setBaseUrl(crm.url());
    client.setToken("tok");
    SessionManager manager(dir.path(), &settings, &clock);
    manager.setOpenExternalLinks(false);
    SenderEngine engine(&store, &settings, &clock, &client, &manager, &sdrs, &activity, &statuses);
    // The engine starts the served SDRs' sessions through its ChannelProvider (the manager) and hears
    // their state changes from it: no wiring to copy.
    engine.start();
    if (!EventLoopWait::until([&] { return manager.session(QStringLiteral("sdr_a")) != nullptr; }, 30000)) {
        qCritical("the SDR was not served");
        return 1;
    }
    WhatsAppSession* session = manager.session(QStringLiteral("sdr_a"));
    if (!EventLoopWait::until(
            [&] { return !session->qrRef().isEmpty() && server.scan(session->qrRef(), me); }, 60000) ||
        !EventLoopWait::until([&] { return session->state() == ConnectionState::Connected; }, 60000) ||
        (!light && !EventLoopWait::until([&] { return HeavyWhatsAppServer::retainDone(session); }, 120000))) {
        qCritical("the session did not link");
        return 1;
    }

    QString waitingFor;
    bool sent = false;
    QObject::connect(&engine, &SenderEngine::leadSent, &app, [&](const QString&, const QString& leadId) {
        if (leadId == waitingFor)
            sent = true;
    });
    int counter = 0;
    auto one = [&]() -> double {
        waitingFor = QStringLiteral("lead_%1").arg(++counter);
        sent = false;
        crm.addLead("sdr_a", waitingFor, QStringLiteral("+1555123%1").arg(counter, 4, 10, QLatin1Char('0')),
                    QStringLiteral("Hello %1, this is A from the sales team.").arg(counter));
        QElapsedTimer timer;
        timer.start();
        engine.pollNow(QStringLiteral("sdr_a"));
        if (!EventLoopWait::until([&] { return sent; }, 180000))
            return -1;
        return timer.nsecsElapsed() / 1e6;
    };

    QVector<double> awake;
    for (int i = 0; i < awakeSamples + 3; ++i) {
        const double ms = one();
        if (ms < 0) {
            qCritical("an awake send did not finish");
            return 1;
        }
        if (i >= 3) // warm-up: the first chats, caches
            awake.append(ms);
        EventLoopWait::forMs(200);
    }
    QVector<double> hibernated;
    for (int i = 0; i < hibernatedSamples; ++i) {
        if (!EventLoopWait::until([&] { return !session->isBusy() && session->discard(); }, 30000)) {
            qCritical("the session could not be hibernated");
            return 1;
        }
        EventLoopWait::forMs(1000); // the renderer has gone
        const double ms = one();
        if (ms < 0) {
            qCritical("a send from a hibernated session did not finish");
            return 1;
        }
        hibernated.append(ms);
        // The heavy page finishes building its objects before the next round, as it would in use.
        if (!light)
            (void)EventLoopWait::until([&] { return HeavyWhatsAppServer::retainDone(session); }, 120000);
    }
    engine.stop();

    out << QStringLiteral("send_latency_webengine: lead -> sent through a real WebEngine session, %1 page, "
                          "pacing off, poll asked for at once\n")
               .arg(light ? QStringLiteral("light simulated")
                          : QStringLiteral("heavy (~150 MB live JS objects)"));
    out << "  from an awake session:       " << percentiles(awake) << "\n";
    out << "  from a hibernated session:   " << percentiles(hibernated)
        << " (discarded: WhatsApp Web reloads)\n";
    out << "  messages the page sent: " << server.messages().size() << " for " << counter << " leads\n";
    out.flush();
    return server.messages().size() == counter ? 0 : 1;
}
