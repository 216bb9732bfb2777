#include "engine/inventory.h"

#include "engine/api_decode.h"

#include <algorithm>
#include <atomic>
#include <mutex>

namespace dw::engine {
namespace {

template <typename T>
using Decoder = std::optional<T> (*)(std::string_view, DecodeError&);

/// Decodes the answer to GET `path`; an error names what was being read, the request and the endpoint.
template <typename T>
Expected<T> decodeAnswer(const Client& client, Expected<Response> answer, const std::string& path, Decoder<T> decode,
                         const std::string& what)
{
    if (!answer) {
        EngineError error = answer.error();
        error.message = "cannot read " + what + ": " + error.message;
        return error;
    }
    DecodeError error;
    auto value = decode(answer.value().body, error);
    if (!value)
        return EngineError{ErrorId::BadResponse, client.endpoint().url,
                           "cannot read " + what + ": GET " + client.versionedPath(path) + " on " +
                               client.endpoint().url + ": unreadable answer: " + error.message,
                           0};
    return std::move(*value);
}

/// Passes progress on, one call at a time (the per-object requests report from their connections' threads).
class ProgressReporter {
  public:
    explicit ProgressReporter(const InventoryOptions& options) : options_(options) {}
    void operator()(const std::string& stage, std::size_t done, std::size_t total)
    {
        if (!options_.progress) return;
        std::lock_guard lock(mutex_);
        options_.progress(stage, done, total);
    }

  private:
    const InventoryOptions& options_;
    std::mutex mutex_;
};

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

/// The daemon's version and info and the four lists, requested together. Any of them failing fails the whole
/// inventory: reporting without a list would look like a host with fewer containers (or images ...) than it has.
Status readLists(Client& client, const InventoryOptions& options, HostInventory& inventory)
{
    enum { Containers, Info, Images, Version, Networks, Volumes }; // the slowest first
    const std::vector<std::string> paths = {"/containers/json?all=1", "/info", "/images/json", "/version", "/networks", "/volumes"};
    auto answers = client.getMany(paths, options.concurrency);
    auto read = [&](auto decode, int which, const char* what) {
        return decodeAnswer(client, std::move(answers[std::size_t(which)]), paths[std::size_t(which)], decode, what);
    };
    auto version = read(&decodeVersion, Version, "the daemon's version");
    if (!version) return version.error();
    inventory.version = std::move(version.value());
    auto info = read(&decodeDaemonInfo, Info, "the daemon's info");
    if (!info) return info.error();
    inventory.info = std::move(info.value());
    auto containers = read(&decodeContainerList, Containers, "the container list");
    if (!containers) return containers.error();
    inventory.containerSummaries = std::move(containers.value());
    auto images = read(&decodeImageList, Images, "the image list");
    if (!images) return images.error();
    inventory.imageSummaries = std::move(images.value());
    auto networks = read(&decodeNetworkList, Networks, "the network list");
    if (!networks) return networks.error();
    inventory.networks = std::move(networks.value());
    auto volumes = read(&decodeVolumeList, Volumes, "the volume list");
    if (!volumes) return volumes.error();
    inventory.volumes = std::move(volumes.value());
    return Done{};
}

/// One object's answer, decoded on the connection's thread.
template <typename T>
struct Slot {
    std::optional<T> value;
    std::string problem; ///< why there is no value; empty for an object removed since the list (404)
    bool cancelled = false;
};

/// `what` prefixes a decoding problem. An object removed between the list and the inspect (404) is not an error
/// of the host, so it leaves no problem unless `goneIsProblem`.
template <typename T>
void fill(Slot<T>& slot, Expected<Response> answer, Decoder<T> decode, const std::string& what, bool goneIsProblem = false)
{
    if (!answer) {
        slot.cancelled = answer.error().id == ErrorId::Cancelled;
        if (goneIsProblem || answer.error().httpStatus != 404) slot.problem = answer.error().message;
        return;
    }
    DecodeError error;
    slot.value = decode(answer.value().body, error);
    if (!slot.value) slot.problem = what.empty() ? error.message : what + ": " + error.message;
}

/// Every chosen container's and image's inspect data and the images' histories, in one batch of requests.
Status readDetails(Client& client, const InventoryOptions& options, ProgressReporter& progress, HostInventory& inventory)
{
    const std::vector<std::string> containerIds =
        containersToInspect(inventory.containerSummaries, options.maxInspectedContainers);
    std::vector<std::string> imageIds;
    for (const auto& image : inventory.imageSummaries) {
        if (imageIds.size() == options.maxInspectedImages) break;
        imageIds.push_back(image.id);
    }
    const std::size_t containerCount = containerIds.size();
    const std::size_t imageCount = imageIds.size();
    std::vector<std::string> paths;
    paths.reserve(containerCount + 2 * imageCount);
    for (const auto& id : containerIds) paths.push_back("/containers/" + id + "/json");
    for (const auto& id : imageIds) paths.push_back("/images/" + id + "/json");
    for (const auto& id : imageIds) paths.push_back("/images/" + id + "/history");

    std::vector<Slot<ContainerDetails>> containers(containerCount);
    std::vector<Slot<ImageDetails>> images(imageCount);
    std::vector<Slot<std::vector<ImageHistoryEntry>>> histories(imageCount);
    std::atomic<std::size_t> containersDone{0}, imagesDone{0};
    client.forEachGet(paths, options.concurrency, [&](std::size_t index, Expected<Response> answer) {
        if (index < containerCount) {
            fill(containers[index], std::move(answer), &decodeContainerDetails, "containers " + containerIds[index]);
            progress("containers", ++containersDone, containerCount);
        } else if (index < containerCount + imageCount) {
            const std::size_t image = index - containerCount;
            fill(images[image], std::move(answer), &decodeImageDetails, "images " + imageIds[image]);
            progress("images", ++imagesDone, imageCount);
        } else {
            const std::size_t image = index - containerCount - imageCount;
            fill(histories[image], std::move(answer), &decodeImageHistory, std::string(), true);
        }
    });
    auto cancelled = [](const auto& slots) {
        return std::any_of(slots.begin(), slots.end(), [](const auto& slot) { return slot.cancelled; });
    };
    if (cancelled(containers) || cancelled(images) || cancelled(histories))
        return EngineError{ErrorId::Cancelled, client.endpoint().url, "reading the host was cancelled", 0};

    if (containerCount < inventory.containerSummaries.size()) {
        inventory.containersNotInspected = inventory.containerSummaries.size() - containerCount;
        inventory.problems.push_back(notInspectedProblem(inventory.containerSummaries.size(), containerCount,
                                                         "containers", "running ones first"));
    }
    inventory.containers.reserve(containerCount);
    for (auto& slot : containers) {
        if (slot.value) inventory.containers.push_back({std::move(*slot.value), std::nullopt});
        else if (!slot.problem.empty()) inventory.problems.push_back(std::move(slot.problem));
    }
    if (imageCount < inventory.imageSummaries.size()) {
        inventory.imagesNotInspected = inventory.imageSummaries.size() - imageCount;
        inventory.problems.push_back(
            notInspectedProblem(inventory.imageSummaries.size(), imageCount, "images", "in the daemon's order"));
    }
    std::vector<std::size_t> inspectedImages;
    for (std::size_t i = 0; i < imageCount; ++i) {
        if (images[i].value) {
            inventory.images.push_back(std::move(*images[i].value));
            inspectedImages.push_back(i);
        } else if (!images[i].problem.empty()) {
            inventory.problems.push_back(std::move(images[i].problem));
        }
    }
    inventory.imageHistories.reserve(inspectedImages.size());
    for (std::size_t at = 0; at < inspectedImages.size(); ++at) {
        auto& history = histories[inspectedImages[at]];
        if (!history.value) inventory.problems.push_back("history of image " + inventory.images[at].id + ": " + history.problem);
        inventory.imageHistories.push_back(history.value ? std::move(*history.value) : std::vector<ImageHistoryEntry>{});
    }
    return Done{};
}

/// The processes of the running containers (sshd detection) and the disk usage: the slow calls, requested together.
Status readProcessesAndDiskUsage(Client& client, const InventoryOptions& options, ProgressReporter& progress,
                                 HostInventory& inventory)
{
    std::vector<std::string> paths;
    if (options.diskUsage) paths.push_back("/system/df"); // the longest request starts first
    const std::size_t firstTop = paths.size();
    std::vector<std::size_t> running;
    if (options.containerProcesses)
        for (std::size_t i = 0; i < inventory.containers.size(); ++i) {
            if (inventory.containers[i].details.state.status != "running") continue;
            paths.push_back("/containers/" + inventory.containers[i].details.id + "/top");
            running.push_back(i);
        }
    std::optional<Expected<SystemDf>> diskUsage;
    std::atomic<std::size_t> topsDone{0};
    std::atomic<bool> cancelled{false};
    client.forEachGet(paths, options.concurrency, [&](std::size_t index, Expected<Response> answer) {
        if (!answer && answer.error().id == ErrorId::Cancelled) cancelled = true;
        if (index < firstTop) {
            diskUsage = decodeAnswer(client, std::move(answer), paths[index], &decodeSystemDf, "disk usage");
            return;
        }
        DecodeError error;
        if (answer)
            inventory.containers[running[index - firstTop]].processes = decodeContainerTop(answer.value().body, error);
        progress("processes", ++topsDone, running.size());
    });
    if (cancelled) return EngineError{ErrorId::Cancelled, client.endpoint().url, "reading the host was cancelled", 0};
    if (diskUsage) {
        if (*diskUsage) inventory.diskUsage = std::move(diskUsage->value());
        else inventory.problems.push_back(diskUsage->error().message);
    }
    return Done{};
}

} // namespace

Expected<HostInventory> collectInventory(Client& client, const InventoryOptions& options)
{
    HostInventory inventory;
    inventory.endpoint = client.endpoint();
    auto negotiated = client.negotiateVersion();
    if (!negotiated) return negotiated.error();
    inventory.apiVersion = negotiated.value();
    ProgressReporter progress(options);

    if (auto lists = readLists(client, options, inventory); !lists) return lists.error();
    progress("daemon", 1, 1);
    if (options.onStage) options.onStage(InventoryStage::Lists, inventory);
    if (auto details = readDetails(client, options, progress, inventory); !details) return details.error();
    if (options.onStage) options.onStage(InventoryStage::Details, inventory);
    if (auto rest = readProcessesAndDiskUsage(client, options, progress, inventory); !rest) return rest.error();
    progress("done", 1, 1);
    return inventory;
}

} // namespace dw::engine
