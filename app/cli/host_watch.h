// dockwarden-cli host --watch: after the report, one JSON line per change of the host until SIGINT or SIGTERM.
#pragma once

#include "engine/endpoint.h"
#include "engine/event_watcher.h"
#include "engine/inventory.h"
#include "findings/vocabulary.h"
#include "lint/config.h"

namespace dw::cli {

struct HostArgs {
    engine::EndpointRequest request;
    lint::Config config; ///< ignored rules, severity overrides, waivers
    findings::Language language = findings::Language::English;
    int timeoutSeconds = 30;
    bool watch = false;                 ///< after the report, print one JSON line per change
    engine::InventoryOptions inventory; ///< caps on what is inspected in detail (--max-inspect)
};

/// Follows the daemon's events from `snapshot` on and prints each change as a JSON line (see cli_host_watch.cpp).
int watchHost(const engine::Endpoint& endpoint, engine::InventorySnapshot snapshot, const HostArgs& args);

} // namespace dw::cli
