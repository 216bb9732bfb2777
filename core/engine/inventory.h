// Everything Dockwarden reads from a Docker host in one value: daemon, containers, images, networks, volumes.
// Read-only: only GET requests. Objects are fetched concurrently over a small connection pool, in stages: the daemon
// and the four lists first (enough for a view's rows), then every container's and image's inspect data with the
// image histories (enough for the checks), last the processes of running containers and the disk usage, the two
// slow calls (the daemon runs `ps` for each /top and walks every layer for /system/df).
#pragma once

#include "engine/api_types.h"
#include "engine/client.h"

#include <functional>
#include <string>
#include <vector>

namespace dw::engine {

struct HostInventory;

enum class InventoryStage {
    Lists,   ///< version, info and the container, image, network and volume lists are in
    Details, ///< and the inspect data of containers and images, and the image histories
};

struct InventoryOptions {
    int concurrency = 4;            ///< parallel connections for per-object requests (4 measured best on 2 cores)
    bool containerProcesses = true; ///< GET /containers/{id}/top for running containers (sshd detection)
    /// At most this many containers (running ones first, then in list order) and images are inspected in
    /// detail; the rest are known from the lists only, counted in HostInventory::containersNotInspected and
    /// imagesNotInspected, and reported in `problems`. Keeps a host with tens of thousands of objects bounded
    /// in time and memory (each inspected container costs one or two requests, each image two).
    std::size_t maxInspectedContainers = 1000;
    std::size_t maxInspectedImages = 1000;
    bool diskUsage = true;          ///< GET /system/df (only the JSON report's layer total reads it; slow on big hosts)
    /// Called as the collection moves on: stage ("daemon", "containers", "images", ...), done, total. May be called
    /// from the collection's worker threads, one call at a time.
    std::function<void(const std::string& stage, std::size_t done, std::size_t total)> progress;
    /// Called on the collecting thread when a stage is complete, with the inventory read so far (what a later stage
    /// adds is still empty): lets a view show the rows before the details arrive.
    std::function<void(InventoryStage stage, const HostInventory& sofar)> onStage;
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
    std::optional<SystemDf> diskUsage; ///< GET /system/df, when InventoryOptions::diskUsage
    /// Listed but not inspected because of the InventoryOptions caps: in containerSummaries / imageSummaries
    /// but not in containers / images.
    std::size_t containersNotInspected = 0;
    std::size_t imagesNotInspected = 0;
    /// Objects that could not be read or decoded (vanished between list and inspect, odd JSON ...), objects
    /// left out by the caps, an unreadable /system/df: one line each; the rest of the inventory is complete.
    std::vector<std::string> problems;
};

/// Collects the inventory. Fails when the daemon cannot be reached, or when /version, /info or one of the
/// lists (containers, images, networks, volumes) cannot be read or decoded: a partial list would look like a
/// host with fewer objects. One object's inspect failing (removed meanwhile, odd JSON) and /system/df go to
/// HostInventory::problems instead.
Expected<HostInventory> collectInventory(Client& client, const InventoryOptions& options = {});

} // namespace dw::engine
