// The host scan: the daemon's inventory through the Engine API (GET requests only), the host checks on the
// daemon, every inspected container and image, the config and waivers applied, the score.
#pragma once

#include "engine/client.h"
#include "engine/inventory.h"
#include "hostcheck/check.h"
#include "lint/config.h"
#include "scan/scan_report.h"

#include <memory>
#include <optional>
#include <string>

namespace dw::scan {

struct HostScanOptions {
    lint::Config config; ///< ignored checks, severity overrides, waivers
    engine::InventoryOptions inventory;
    std::optional<std::string> contentTrustEnv; ///< DOCKER_CONTENT_TRUST as the user has it; nullopt = unset
    std::int64_t nowUnixSeconds = 0;            ///< 0 = now
    std::string toolVersion;
};

/// The host facts the checks need, from an inventory.
hostcheck::HostContext hostContextFor(const engine::HostInventory& inventory,
                                      const std::optional<std::string>& contentTrustEnv, std::int64_t nowUnixSeconds);

/// Checks an inventory that was already collected.
ScanReport scanHostInventory(std::shared_ptr<const engine::HostInventory> inventory, const HostScanOptions& options);

/// Checks one container again (after an event), with the facts of `inventory`; the report's target is the
/// container's name.
ScanReport scanContainer(const engine::ContainerDetails& container, const engine::HostInventory& inventory,
                         const HostScanOptions& options);

/// Collects the inventory through `client` (whose ClientOptions::cancel should be control.cancel, so that requests
/// in flight stop too) and checks it. On failure the report's `error` says what could not be read.
ScanReport scanHost(engine::Client& client, const HostScanOptions& options, const ScanControl& control = {});

} // namespace dw::scan
