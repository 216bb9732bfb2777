// Everything Dockwarden reads from a Docker host in one value: daemon, containers, images, networks, volumes.
// Read-only: only GET requests. Objects are fetched concurrently over a small connection pool.
#pragma once

#include "engine/api_types.h"
#include "engine/client.h"

#include <functional>
#include <string>
#include <vector>

namespace dw::engine {

struct InventoryOptions {
    int concurrency = 4;            ///< parallel connections for per-object requests (4 measured best on 2 cores)
    bool containerProcesses = true; ///< GET /containers/{id}/top for running containers (sshd detection)
    /// Called as the collection moves on: stage ("daemon", "containers", "images", ...), done, total.
    std::function<void(const std::string& stage, std::size_t done, std::size_t total)> progress;
};

struct InventoryContainer {
    ContainerDetails details;
    std::optional<ContainerProcesses> processes; ///< running containers only, when /top answered
};

struct HostInventory {
    Endpoint endpoint;
    std::string apiVersion; ///< negotiated
    VersionInfo version;
    DaemonInfo info;
    std::vector<ContainerSummary> containerSummaries; ///< GET /containers/json?all=1
    std::vector<InventoryContainer> containers;
    std::vector<ImageSummary> imageSummaries;         ///< GET /images/json
    std::vector<ImageDetails> images;
    std::vector<std::vector<ImageHistoryEntry>> imageHistories; ///< GET /images/{id}/history, parallel to images
    std::vector<NetworkInfo> networks;
    VolumeList volumes;
    std::optional<SystemDf> diskUsage; ///< GET /system/df
    /// Objects that could not be read or decoded (vanished between list and inspect, odd JSON ...):
    /// one line each; the rest of the inventory is still complete.
    std::vector<std::string> problems;
};

/// Collects the inventory. Fails only when the daemon itself cannot be reached or its /version or /info
/// cannot be read; per-object failures go to HostInventory::problems.
Expected<HostInventory> collectInventory(Client& client, const InventoryOptions& options = {});

} // namespace dw::engine
