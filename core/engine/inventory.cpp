#include "engine/inventory.h"

#include "engine/api_decode.h"

#include <algorithm>

namespace dw::engine {
namespace {

template <typename T>
using Decoder = std::optional<T> (*)(std::string_view, DecodeError&);

/// GET `path` and decode it; an error names the request, the endpoint and `what` was being read.
template <typename T>
Expected<T> fetch(Client& client, const std::string& path, Decoder<T> decode, const std::string& what)
{
    auto response = client.get(path);
    if (!response) {
        EngineError error = response.error();
        error.message = "cannot read " + what + ": " + error.message;
        return error;
    }
    DecodeError error;
    auto value = decode(response.value().body, error);
    if (!value)
        return EngineError{ErrorId::BadResponse, client.endpoint().url,
                           "cannot read " + what + ": GET " + client.versionedPath(path) + " on " +
                               client.endpoint().url + ": unreadable answer: " + error.message,
                           0};
    return std::move(*value);
}

void report(const InventoryOptions& options, const std::string& stage, std::size_t done, std::size_t total)
{
    if (options.progress) options.progress(stage, done, total);
}

// Fetches /<kind>/{id}/json for every id in parallel and decodes what came back.
template <typename T>
std::vector<T> inspectAll(Client& client, const std::vector<std::string>& ids, const std::string& kind,
                          Decoder<T> decode, const InventoryOptions& options, std::vector<std::string>& problems)
{
    std::vector<std::string> paths;
    paths.reserve(ids.size());
    for (const auto& id : ids) paths.push_back("/" + kind + "/" + id + "/json");
    auto responses = client.getMany(paths, options.concurrency);
    std::vector<T> objects;
    objects.reserve(ids.size());
    for (std::size_t i = 0; i < responses.size(); ++i) {
        if (!responses[i]) {
            // A container or image removed between the list and the inspect is not an error of the host.
            if (responses[i].error().httpStatus != 404) problems.push_back(responses[i].error().message);
            continue;
        }
        DecodeError error;
        if (auto value = decode(responses[i].value().body, error)) objects.push_back(std::move(*value));
        else problems.push_back(kind + " " + ids[i] + ": " + error.message);
        responses[i].value().body = std::string(); // release each body once decoded
    }
    report(options, kind, objects.size(), ids.size());
    return objects;
}

/// The containers to inspect: all when they fit the cap, else the running ones first, then the others, in
/// list order either way.
std::vector<std::string> containersToInspect(const std::vector<ContainerSummary>& list, std::size_t cap)
{
    std::vector<std::size_t> chosen;
    if (list.size() <= cap) {
        for (std::size_t i = 0; i < list.size(); ++i)
            chosen.push_back(i);
    } else {
        for (std::size_t i = 0; i < list.size() && chosen.size() < cap; ++i)
            if (list[i].state == "running") chosen.push_back(i);
        for (std::size_t i = 0; i < list.size() && chosen.size() < cap; ++i)
            if (list[i].state != "running") chosen.push_back(i);
        std::sort(chosen.begin(), chosen.end());
    }
    std::vector<std::string> ids;
    ids.reserve(chosen.size());
    for (std::size_t i : chosen)
        ids.push_back(list[i].id);
    return ids;
}

std::string notInspectedProblem(std::size_t listed, std::size_t inspected, const char* kind, const char* order)
{
    return std::to_string(listed) + " " + kind + " listed, more than the " + std::to_string(inspected) +
           " inspected in detail (" + order + "): the other " + std::to_string(listed - inspected) +
           " are reported from the list only, without checks";
}

void readContainers(Client& client, const InventoryOptions& options, HostInventory& inventory)
{
    const std::vector<std::string> ids =
        containersToInspect(inventory.containerSummaries, options.maxInspectedContainers);
    if (ids.size() < inventory.containerSummaries.size()) {
        inventory.containersNotInspected = inventory.containerSummaries.size() - ids.size();
        inventory.problems.push_back(
            notInspectedProblem(inventory.containerSummaries.size(), ids.size(), "containers", "running ones first"));
    }
    auto details = inspectAll(client, ids, "containers", &decodeContainerDetails, options, inventory.problems);
    inventory.containers.reserve(details.size());
    for (auto& container : details)
        inventory.containers.push_back({std::move(container), std::nullopt});
    if (!options.containerProcesses) return;

    std::vector<std::string> paths;
    std::vector<std::size_t> running;
    for (std::size_t i = 0; i < inventory.containers.size(); ++i) {
        if (inventory.containers[i].details.state.status != "running") continue;
        paths.push_back("/containers/" + inventory.containers[i].details.id + "/top");
        running.push_back(i);
    }
    auto responses = client.getMany(paths, options.concurrency);
    for (std::size_t i = 0; i < responses.size(); ++i) {
        DecodeError error;
        if (responses[i])
            inventory.containers[running[i]].processes = decodeContainerTop(responses[i].value().body, error);
    }
}

void readImages(Client& client, const InventoryOptions& options, HostInventory& inventory)
{
    std::vector<std::string> ids;
    for (const auto& image : inventory.imageSummaries) {
        if (ids.size() == options.maxInspectedImages) break;
        ids.push_back(image.id);
    }
    if (ids.size() < inventory.imageSummaries.size()) {
        inventory.imagesNotInspected = inventory.imageSummaries.size() - ids.size();
        inventory.problems.push_back(
            notInspectedProblem(inventory.imageSummaries.size(), ids.size(), "images", "in the daemon's order"));
    }
    inventory.images = inspectAll(client, ids, "images", &decodeImageDetails, options, inventory.problems);
    std::vector<std::string> historyPaths;
    for (const auto& image : inventory.images) historyPaths.push_back("/images/" + image.id + "/history");
    auto histories = client.getMany(historyPaths, options.concurrency);
    inventory.imageHistories.reserve(histories.size());
    for (std::size_t i = 0; i < histories.size(); ++i) {
        DecodeError error;
        std::optional<std::vector<ImageHistoryEntry>> history;
        if (histories[i]) history = decodeImageHistory(histories[i].value().body, error);
        if (!history) inventory.problems.push_back("history of image " + inventory.images[i].id + ": " +
                                                   (histories[i] ? error.message : histories[i].error().message));
        inventory.imageHistories.push_back(history.value_or(std::vector<ImageHistoryEntry>{}));
    }
}

} // namespace

Expected<HostInventory> collectInventory(Client& client, const InventoryOptions& options)
{
    HostInventory inventory;
    inventory.endpoint = client.endpoint();
    auto negotiated = client.negotiateVersion();
    if (!negotiated) return negotiated.error();
    inventory.apiVersion = negotiated.value();

    auto version = fetch(client, "/version", &decodeVersion, "the daemon's version");
    if (!version) return version.error();
    inventory.version = std::move(version.value());
    auto info = fetch(client, "/info", &decodeDaemonInfo, "the daemon's info");
    if (!info) return info.error();
    inventory.info = std::move(info.value());
    report(options, "daemon", 1, 1);

    // A list that cannot be read fails the whole inventory: reporting without it would look like a host with
    // fewer containers (or images, networks, volumes) than it has.
    auto containers = fetch(client, "/containers/json?all=1", &decodeContainerList, "the container list");
    if (!containers) return containers.error();
    inventory.containerSummaries = std::move(containers.value());
    readContainers(client, options, inventory);

    auto images = fetch(client, "/images/json", &decodeImageList, "the image list");
    if (!images) return images.error();
    inventory.imageSummaries = std::move(images.value());
    readImages(client, options, inventory);

    auto networks = fetch(client, "/networks", &decodeNetworkList, "the network list");
    if (!networks) return networks.error();
    inventory.networks = std::move(networks.value());
    auto volumes = fetch(client, "/volumes", &decodeVolumeList, "the volume list");
    if (!volumes) return volumes.error();
    inventory.volumes = std::move(volumes.value());
    // Disk usage only feeds one figure of the report, and the daemon may take long to compute it.
    if (auto df = fetch(client, "/system/df", &decodeSystemDf, "disk usage"))
        inventory.diskUsage = std::move(df.value());
    else inventory.problems.push_back(df.error().message);
    report(options, "done", 1, 1);
    return inventory;
}

} // namespace dw::engine
