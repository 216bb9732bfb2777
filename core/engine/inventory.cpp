#include "engine/inventory.h"

#include "engine/api_decode.h"

namespace dw::engine {
namespace {

template <typename T>
using Decoder = std::optional<T> (*)(std::string_view, DecodeError&);

template <typename T>
Expected<T> fetch(Client& client, const std::string& path, Decoder<T> decode)
{
    auto response = client.get(path);
    if (!response) return response.error();
    DecodeError error;
    auto value = decode(response.value().body, error);
    if (!value)
        return EngineError{ErrorId::BadResponse, client.endpoint().url,
                           "unreadable answer to GET " + path + " from " + client.endpoint().url + ": " + error.message, 0};
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
    for (const auto& id : ids) paths.push_back("/" + kind + "/" + id + "/json");
    auto responses = client.getMany(paths, options.concurrency);
    std::vector<T> objects;
    for (std::size_t i = 0; i < responses.size(); ++i) {
        if (!responses[i]) {
            // A container or image removed between the list and the inspect is not an error of the host.
            if (responses[i].error().httpStatus != 404) problems.push_back(responses[i].error().message);
            continue;
        }
        DecodeError error;
        if (auto value = decode(responses[i].value().body, error)) objects.push_back(std::move(*value));
        else problems.push_back(kind + " " + ids[i] + ": " + error.message);
    }
    report(options, kind, objects.size(), ids.size());
    return objects;
}

} // namespace

Expected<HostInventory> collectInventory(Client& client, const InventoryOptions& options)
{
    HostInventory inventory;
    inventory.endpoint = client.endpoint();
    auto negotiated = client.negotiateVersion();
    if (!negotiated) return negotiated.error();
    inventory.apiVersion = negotiated.value();

    auto version = fetch(client, "/version", &decodeVersion);
    if (!version) return version.error();
    inventory.version = std::move(version.value());
    auto info = fetch(client, "/info", &decodeDaemonInfo);
    if (!info) return info.error();
    inventory.info = std::move(info.value());
    report(options, "daemon", 1, 1);

    std::vector<std::string> containerIds;
    if (auto list = fetch(client, "/containers/json?all=1", &decodeContainerList)) {
        for (const auto& c : list.value()) containerIds.push_back(c.id);
        inventory.containerSummaries = std::move(list.value());
    } else
        inventory.problems.push_back(list.error().message);
    for (auto& details : inspectAll(client, containerIds, "containers", &decodeContainerDetails, options, inventory.problems))
        inventory.containers.push_back({std::move(details), std::nullopt});

    if (options.containerProcesses) {
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
            if (responses[i]) inventory.containers[running[i]].processes = decodeContainerTop(responses[i].value().body, error);
        }
    }

    std::vector<std::string> imageIds;
    if (auto list = fetch(client, "/images/json", &decodeImageList)) {
        for (const auto& image : list.value()) imageIds.push_back(image.id);
        inventory.imageSummaries = std::move(list.value());
    } else
        inventory.problems.push_back(list.error().message);
    inventory.images = inspectAll(client, imageIds, "images", &decodeImageDetails, options, inventory.problems);
    std::vector<std::string> historyPaths;
    for (const auto& image : inventory.images) historyPaths.push_back("/images/" + image.id + "/history");
    auto histories = client.getMany(historyPaths, options.concurrency);
    for (std::size_t i = 0; i < histories.size(); ++i) {
        DecodeError error;
        std::optional<std::vector<ImageHistoryEntry>> history;
        if (histories[i]) history = decodeImageHistory(histories[i].value().body, error);
        if (!history) inventory.problems.push_back("history of image " + inventory.images[i].id + ": " +
                                                   (histories[i] ? error.message : histories[i].error().message));
        inventory.imageHistories.push_back(history.value_or(std::vector<ImageHistoryEntry>{}));
    }

    if (auto networks = fetch(client, "/networks", &decodeNetworkList)) inventory.networks = std::move(networks.value());
    else inventory.problems.push_back(networks.error().message);
    if (auto volumes = fetch(client, "/volumes", &decodeVolumeList)) inventory.volumes = std::move(volumes.value());
    else inventory.problems.push_back(volumes.error().message);
    if (auto df = fetch(client, "/system/df", &decodeSystemDf)) inventory.diskUsage = std::move(df.value());
    else inventory.problems.push_back(df.error().message);
    report(options, "done", 1, 1);
    return inventory;
}

} // namespace dw::engine
