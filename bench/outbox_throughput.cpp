// Core routing + outbox throughput (Google Benchmark). Real SQLite files (WAL, synchronous=NORMAL)
// in a temporary directory, as the app uses them. See docs/benchmarks.md.
#include "LeadParser.h"
#include "Outbox.h"
#include "Router.h"
#include "Store.h"
#include "SystemClock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {
QByteArray queueJson(int count, int offset)
{
    QJsonArray leads;
    for (int i = 0; i < count; ++i) {
        const QString id = QStringLiteral("lead_%1").arg(offset + i);
        leads.append(
            QJsonObject{{"id", id},
                        {"assigned_sdr_id", "sdr_a"},
                        {"name", "Ahmet"},
                        {"phone", "+905454031918"},
                        {"message", QStringLiteral("Hi Ahmet, this is John from ACME about %1.").arg(id)},
                        {"created_at", "2026-11-20T10:00:00Z"}});
    }
    return QJsonDocument(QJsonObject{{"sdrId", "sdr_a"}, {"leads", leads}}).toJson(QJsonDocument::Compact);
}

struct Env
{
    QTemporaryDir dir;
    Store store;
    SystemClock clock;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<Router> router;
    Env()
    {
        store.open(dir.filePath("bench.db"));
        outbox = std::make_unique<Outbox>(&store, &clock);
        router = std::make_unique<Router>(outbox.get(), nullptr);
    }
};

QueueFetch fetchOf(const QByteArray& json)
{
    QueueFetch fetch;
    fetch.parsed = LeadParser::parseQueue(json, "sdr_a");
    fetch.ok = fetch.parsed.ok;
    return fetch;
}
} // namespace

// Parsing + validating one queue response of N leads.
static void BM_ParseQueue(benchmark::State& state)
{
    const QByteArray json = queueJson(int(state.range(0)), 0);
    for (auto _ : state)
        benchmark::DoNotOptimize(LeadParser::parseQueue(json, "sdr_a"));
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_ParseQueue)->Arg(20)->Arg(500);

// A poll that brings N new leads: parse, validate, insert each into the outbox once.
static void BM_RouteNewLeads(benchmark::State& state)
{
    Env env;
    int offset = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QByteArray json = queueJson(int(state.range(0)), offset);
        offset += int(state.range(0));
        state.ResumeTiming();
        env.router->route("sdr_a", fetchOf(json), "crm");
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_RouteNewLeads)->Arg(20)->Unit(benchmark::kMicrosecond);

// The common poll: the CRM returns the same N leads again (idempotent, nothing changes).
static void BM_RouteKnownLeads(benchmark::State& state)
{
    Env env;
    const QByteArray json = queueJson(int(state.range(0)), 0);
    env.router->route("sdr_a", fetchOf(json), "crm");
    for (auto _ : state)
        env.router->route("sdr_a", fetchOf(json), "crm");
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_RouteKnownLeads)->Arg(20)->Unit(benchmark::kMicrosecond);

// One lead's whole outbox life: queued -> sending -> sent -> reported (4 committed writes + reads).
static void BM_OutboxLifecycle(benchmark::State& state)
{
    Env env;
    int n = 0;
    for (auto _ : state) {
        Lead lead;
        lead.id = QStringLiteral("life_%1").arg(n++);
        lead.sdrId = "sdr_a";
        lead.phone = "+905454031918";
        lead.message = "hello";
        env.outbox->enqueue(lead);
        const auto next = env.outbox->nextQueued("sdr_a");
        // Not const: Google Benchmark 1.8 (Debian 13) deprecates DoNotOptimize on a const reference.
        bool ok = env.outbox->beginSend(next->leadId) &&
                  env.outbox->markSent(next->leadId, env.clock.now()) &&
                  env.outbox->markReported(next->leadId);
        benchmark::DoNotOptimize(ok);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_OutboxLifecycle)->Unit(benchmark::kMicrosecond);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("sdrsender.*.info=false"));
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
