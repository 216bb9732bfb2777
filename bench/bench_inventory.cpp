// Host inventory time against the docker CLI doing the same work (`docker ps -aq` + `docker inspect` of all).
// Needs a daemon: DW_BENCH_DOCKER_HOST=unix:///path/docker.sock (bench/run_inventory_bench.sh starts a private
// dockerd, creates the containers and runs this).
#include "engine/endpoint.h"
#include "engine/inventory.h"

#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

using Clock = std::chrono::steady_clock;

const char* dockerHost() { return std::getenv("DW_BENCH_DOCKER_HOST"); }

double secondsSince(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

void BM_Inventory(benchmark::State& state)
{
    if (!dockerHost()) {
        state.SkipWithError("set DW_BENCH_DOCKER_HOST (see bench/run_inventory_bench.sh)");
        return;
    }
    auto endpoint = dw::engine::parseHostUrl(dockerHost());
    if (!endpoint) {
        state.SkipWithError(endpoint.error().message.c_str());
        return;
    }
    dw::engine::InventoryOptions options;
    options.concurrency = static_cast<int>(state.range(0));
    options.diskUsage = state.range(1) != 0;
    std::size_t containers = 0;
    // When each stage was complete, in seconds from the start (summed over iterations, averaged by the counters).
    double lists = 0, details = 0;
    Clock::time_point start;
    options.onStage = [&](dw::engine::InventoryStage stage, const dw::engine::HostInventory&) {
        (stage == dw::engine::InventoryStage::Lists ? lists : details) += secondsSince(start);
    };
    for (auto _ : state) {
        start = Clock::now();
        dw::engine::Client client(endpoint.value());
        auto inventory = dw::engine::collectInventory(client, options);
        if (!inventory) {
            state.SkipWithError(inventory.error().message.c_str());
            return;
        }
        containers = inventory.value().containers.size();
    }
    state.counters["containers"] = static_cast<double>(containers);
    state.counters["lists_s"] = benchmark::Counter(lists, benchmark::Counter::kAvgIterations);
    state.counters["details_s"] = benchmark::Counter(details, benchmark::Counter::kAvgIterations);
}

std::string runShell(const std::string& command)
{
    std::string output;
    if (FILE* pipe = ::popen(command.c_str(), "r")) {
        char buffer[65536];
        std::size_t n = 0;
        while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) output.append(buffer, n);
        ::pclose(pipe);
    }
    return output;
}

void BM_DockerCli(benchmark::State& state)
{
    if (!dockerHost()) {
        state.SkipWithError("set DW_BENCH_DOCKER_HOST (see bench/run_inventory_bench.sh)");
        return;
    }
    const std::string host = std::string("-H ") + dockerHost();
    for (auto _ : state) {
        std::string ids = runShell("docker " + host + " ps -aq");
        for (char& c : ids) if (c == '\n') c = ' ';
        benchmark::DoNotOptimize(runShell("docker " + host + " inspect " + ids + " > /dev/null"));
    }
}

} // namespace

// Arguments: connections, and whether /system/df is read (the GUI and `host --format json` read it; text does not).
// The counters say when the lists (the Host view's first rows) and the inspect data (every row checked) were in.
BENCHMARK(BM_Inventory)->ArgNames({"connections", "df"})->Args({1, 1})->Args({4, 1})->Args({8, 1})->Args({4, 0})
    ->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_DockerCli)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_MAIN();
