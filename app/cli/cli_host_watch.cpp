// dockwarden-cli host --watch: after the report, one JSON line per change of the host (container created,
// started, removed; image tagged; network or volume added ...), with the container's findings re-checked, until
// SIGINT or SIGTERM. Built on engine::InventoryWatcher.
#include "cli_common.h"
#include "host_watch.h"

#include "report/report.h"
#include "scan/host_scan.h"

#include <nlohmann/json.hpp>

#include <csignal>
#include <iostream>
#include <mutex>

#include <unistd.h>

namespace dw::cli {
namespace {

volatile std::sig_atomic_t stopRequested = 0;

extern "C" void onStopSignal(int)
{
    stopRequested = 1;
}

nlohmann::ordered_json changeJson(const engine::InventoryChange& change, const engine::InventoryWatcher& watcher,
                          const HostArgs& args)
{
    nlohmann::ordered_json line = {{"change", engine::changeKindName(change.kind)},
                           {"object", engine::watchedObjectName(change.object)},
                           {"id", change.id}, {"name", change.name}, {"cause", change.cause}};
    if (change.container && change.kind != engine::ChangeKind::Removed) {
        const engine::HostInventory inventory = watcher.snapshot();
        scan::HostScanOptions scanOptions;
        scanOptions.config = args.config;
        if (const char* trust = std::getenv("DOCKER_CONTENT_TRUST")) scanOptions.contentTrustEnv = trust;
        const scan::ScanReport checked = scan::scanContainer(change.container->details, inventory, scanOptions);
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const auto& finding : checked.findings) list.push_back(report::findingJson(finding, args.language));
        line["state"] = change.container->details.state.status;
        line["findings"] = std::move(list);
    }
    return line;
}

} // namespace

int watchHost(const engine::Endpoint& endpoint, engine::InventorySnapshot snapshot, const HostArgs& args)
{
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
    std::mutex outputMutex;
    engine::WatcherOptions options;
    options.client.requestTimeout = std::chrono::seconds(args.timeoutSeconds);
    options.client.idleTimeout = std::chrono::seconds(args.timeoutSeconds);
    options.inventory = args.inventory; // resyncs keep the report's caps
    engine::InventoryWatcher* self = nullptr;
    options.onChange = [&](const engine::InventoryChange& change) {
        if (!self) return;
        const std::string text = changeJson(change, *self, args).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
        std::lock_guard lock(outputMutex);
        std::cout << text << std::endl;
    };
    options.onConnection = [&](const engine::ConnectionStatus& status) {
        std::lock_guard lock(outputMutex);
        std::cerr << "dockwarden-cli: " << engine::connectionStateName(status.state);
        if (!status.lastError.empty()) std::cerr << " (" << status.lastError << ")";
        std::cerr << std::endl;
    };
    engine::InventoryWatcher watcher(endpoint, std::move(snapshot), options);
    self = &watcher;
    watcher.start();
    while (!stopRequested) ::usleep(100 * 1000);
    watcher.stop();
    return Success;
}

} // namespace dw::cli
