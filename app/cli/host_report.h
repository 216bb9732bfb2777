// Output of `dockwarden-cli host`: the inventory with its findings as text, JSON or SARIF.
#pragma once

#include "engine/endpoint.h"
#include "engine/inventory.h"
#include "lint/config.h"
#include "lint/finding.h"

#include <string>

namespace dw::cli {

struct HostArgs {
    engine::EndpointRequest request;
    std::string format = "text";
    lint::Config config; ///< ignored rules, severity overrides, failure threshold, no-fail
    lint::Language language = lint::Language::English;
    int timeoutSeconds = 30;
};

/// Runs the host checks over the inventory, prints the report, returns the exit code.
int printHostReport(const engine::HostInventory& inventory, const HostArgs& args);

} // namespace dw::cli
