// Output of `dockwarden-cli host`: the inventory with its findings as text, JSON or SARIF.
#pragma once

#include "engine/endpoint.h"
#include "engine/event_watcher.h"
#include "hostcheck/check.h"
#include "engine/inventory.h"
#include "lint/config.h"
#include "lint/finding.h"

#include <optional>
#include <string>

namespace dw::cli {

struct HostArgs {
    engine::EndpointRequest request;
    std::string format = "text";
    lint::Config config; ///< ignored rules, severity overrides, failure threshold, no-fail
    findings::Language language = findings::Language::English;
    int timeoutSeconds = 30;
    bool watch = false; ///< after the report, print one JSON line per change until SIGINT/SIGTERM
    engine::InventoryOptions inventory; ///< caps on what is inspected in detail (--max-inspect)
    bool record = false;               ///< --record: store the scan in the history
    std::optional<std::string> dbPath; ///< --db FILE
};

/// The host facts the checks need, from an inventory.
hostcheck::HostContext hostContextFor(const engine::HostInventory& inventory);

/// Follows the daemon's events from `snapshot` on and prints each change as a JSON line (see cli_host_watch.cpp).
int watchHost(const engine::Endpoint& endpoint, engine::InventorySnapshot snapshot, const HostArgs& args);

/// Runs the host checks over the inventory, prints the report, returns the exit code.
int printHostReport(const engine::HostInventory& inventory, const HostArgs& args);

} // namespace dw::cli
