#include "engine/event_watcher_refresh.h"

#include "engine/api_decode.h"
#include "findings/subject_names.h"

#include <algorithm>
#include <set>
#include <string_view>
#include <unordered_map>

namespace dw::engine::watch {
namespace {

/// Container actions after which inspect reads the same as before.
bool containerActionChangesNothing(const std::string& action)
{
    static const std::set<std::string> unchanged{"attach", "detach", "resize", "top", "export", "copy",
                                                 "archive-path", "extract-to-dir", "commit"};
    return action.rfind("exec_", 0) == 0 || unchanged.count(action) > 0;
}

std::string containerName(const ContainerDetails& details)
{
    return findings::containerDisplayName(details.name, details.id);
}

std::string imageName(const ImageDetails& image)
{
    return findings::imageDisplayName(image.repoTags, image.repoDigests, image.id);
}

template <typename T, typename Key>
std::ptrdiff_t indexOf(const std::vector<T>& items, const std::string& wanted, Key key)
{
    auto it = std::find_if(items.begin(), items.end(), [&](const T& item) { return key(item) == wanted; });
    return it == items.end() ? -1 : it - items.begin();
}

std::vector<std::string> sorted(std::vector<std::string> values)
{
    std::sort(values.begin(), values.end());
    return values;
}

bool sameNames(const ImageSummary& a, const ImageSummary& b)
{
    return sorted(a.repoTags) == sorted(b.repoTags) && sorted(a.repoDigests) == sorted(b.repoDigests);
}

std::string failure(const EngineError& error) { return error.message; }
std::string failure(const std::string& what, const DecodeError& error) { return what + ": " + error.message; }

/// A container as re-read: details, processes and its /containers/json entry.
struct ContainerRead {
    std::string id;
    std::string cause;
    bool gone = false;
    std::optional<InventoryContainer> container;
    std::optional<ContainerSummary> summary;
};

class Refresher {
public:
    Refresher(Client& client, HostInventory& inventory, std::mutex& mutex, const InventoryOptions& options)
        : client_(client), inventory_(inventory), mutex_(mutex), options_(options)
    {
    }

    void containers(const std::map<std::string, std::string>& touched);
    void images(const std::string& cause);
    void networks(const std::string& cause);
    void volumes(const std::string& cause);
    void daemon(const std::string& cause);

    RefreshResult result;

private:
    std::vector<ContainerRead> readContainers(const std::map<std::string, std::string>& touched);
    void applyContainer(ContainerRead& read);

    Client& client_;
    HostInventory& inventory_;
    std::mutex& mutex_;
    const InventoryOptions& options_;
};

std::vector<ContainerRead> Refresher::readContainers(const std::map<std::string, std::string>& touched)
{
    std::vector<ContainerRead> reads;
    std::vector<std::string> paths;
    for (const auto& [id, action] : touched) {
        reads.push_back({id, action, action == "destroy", std::nullopt, std::nullopt});
        if (action == "destroy") continue; // ids are never reused: no need to ask
        paths.push_back("/containers/" + id + "/json");
        paths.push_back("/containers/json?all=1&filters=" + urlEncode(R"({"id":[")" + id + R"("]})"));
    }
    auto responses = client_.getMany(paths, options_.concurrency);
    std::size_t next = 0;
    std::vector<std::string> topPaths;
    std::vector<std::size_t> running;
    for (std::size_t i = 0; i < reads.size(); ++i) {
        ContainerRead& read = reads[i];
        if (read.gone) continue;
        const auto& inspect = responses[next++];
        const auto& listed = responses[next++];
        if (!inspect) {
            if (inspect.error().httpStatus == 404) read.gone = true;
            else result.problems.push_back(failure(inspect.error()));
            continue;
        }
        DecodeError error;
        auto details = decodeContainerDetails(inspect.value().body, error);
        if (!details) {
            result.problems.push_back(failure("container " + read.id, error));
            continue;
        }
        if (listed) {
            if (auto list = decodeContainerList(listed.value().body, error)) {
                for (auto& summary : *list)
                    if (summary.id == details->id) read.summary = std::move(summary);
            }
        }
        if (options_.containerProcesses && details->state.status == "running") {
            topPaths.push_back("/containers/" + details->id + "/top");
            running.push_back(i);
        }
        read.container = InventoryContainer{std::move(*details), std::nullopt};
    }
    auto tops = client_.getMany(topPaths, options_.concurrency);
    for (std::size_t i = 0; i < tops.size(); ++i) {
        DecodeError error;
        if (tops[i]) reads[running[i]].container->processes = decodeContainerTop(tops[i].value().body, error);
    }
    return reads;
}

void Refresher::applyContainer(ContainerRead& read)
{
    auto byDetailsId = [](const InventoryContainer& c) -> const std::string& { return c.details.id; };
    auto bySummaryId = [](const ContainerSummary& s) -> const std::string& { return s.id; };
    const std::string id = read.container ? read.container->details.id : read.id;
    const auto at = indexOf(inventory_.containers, id, byDetailsId);
    const auto summaryAt = indexOf(inventory_.containerSummaries, id, bySummaryId);
    InventoryChange change;
    change.object = WatchedObject::Container;
    change.id = id;
    change.cause = read.cause;
    if (read.gone) {
        if (at < 0 && summaryAt < 0) return; // never seen: created and removed within one batch
        change.kind = ChangeKind::Removed;
        std::lock_guard lock(mutex_);
        if (at >= 0) {
            change.container = std::move(inventory_.containers[at]);
            change.name = containerName(change.container->details);
            inventory_.containers.erase(inventory_.containers.begin() + at);
        }
        if (summaryAt >= 0) inventory_.containerSummaries.erase(inventory_.containerSummaries.begin() + summaryAt);
    } else {
        if (!read.container) return; // unreadable: a problem was noted, the old state stays
        change.kind = at < 0 ? ChangeKind::Added : ChangeKind::Updated;
        change.name = containerName(read.container->details);
        change.container = read.container;
        std::lock_guard lock(mutex_);
        if (at < 0) inventory_.containers.push_back(std::move(*read.container));
        else inventory_.containers[at] = std::move(*read.container);
        if (read.summary) {
            if (summaryAt < 0) inventory_.containerSummaries.push_back(std::move(*read.summary));
            else inventory_.containerSummaries[summaryAt] = std::move(*read.summary);
        }
    }
    result.changes.push_back(std::move(change));
}

void Refresher::containers(const std::map<std::string, std::string>& touched)
{
    if (touched.empty()) return;
    auto reads = readContainers(touched);
    for (auto& read : reads) applyContainer(read);
}

void Refresher::images(const std::string& cause)
{
    auto listed = client_.get("/images/json");
    if (!listed) return result.problems.push_back(failure(listed.error()));
    DecodeError error;
    auto list = decodeImageList(listed.value().body, error);
    if (!list) return result.problems.push_back(failure("image list", error));

    auto detailsId = [](const ImageDetails& d) -> const std::string& { return d.id; };
    // Indexes by id: a host may hold tens of thousands of images.
    std::unordered_map<std::string_view, std::size_t> oldSummaries, inspected, inList;
    for (std::size_t i = 0; i < inventory_.imageSummaries.size(); ++i)
        oldSummaries.emplace(inventory_.imageSummaries[i].id, i);
    for (std::size_t i = 0; i < inventory_.images.size(); ++i)
        inspected.emplace(inventory_.images[i].id, i);
    for (std::size_t i = 0; i < list->size(); ++i)
        inList.emplace((*list)[i].id, i);
    // Images the inventory's cap left uninspected stay so; new or re-tagged images are read whatever the cap.
    const bool allInspected = inventory_.imagesNotInspected == 0;
    std::vector<std::string> toRead;
    for (const auto& summary : *list) {
        const auto old = oldSummaries.find(summary.id);
        if (old == oldSummaries.end() || !sameNames(inventory_.imageSummaries[old->second], summary) ||
            (allInspected && !inspected.contains(summary.id)))
            toRead.push_back(summary.id);
    }
    std::vector<std::string> paths;
    for (const auto& id : toRead) {
        paths.push_back("/images/" + id + "/json");
        paths.push_back("/images/" + id + "/history");
    }
    auto responses = client_.getMany(paths, options_.concurrency);

    std::vector<InventoryChange> changes;
    std::lock_guard lock(mutex_);
    for (std::size_t i = 0; i < inventory_.images.size();) {
        if (inList.contains(inventory_.images[i].id)) {
            ++i;
            continue;
        }
        InventoryChange change{ChangeKind::Removed, WatchedObject::Image, inventory_.images[i].id,
                               imageName(inventory_.images[i]), cause, std::nullopt, inventory_.images[i],
                               std::nullopt, std::nullopt};
        changes.push_back(std::move(change));
        inventory_.images.erase(inventory_.images.begin() + static_cast<std::ptrdiff_t>(i));
        if (i < inventory_.imageHistories.size())
            inventory_.imageHistories.erase(inventory_.imageHistories.begin() + static_cast<std::ptrdiff_t>(i));
    }
    for (std::size_t i = 0; i < toRead.size(); ++i) {
        const auto& inspect = responses[2 * i];
        const auto& history = responses[2 * i + 1];
        if (!inspect) {
            // Deleted since the list was read: the delete event that follows removes it.
            if (inspect.error().httpStatus != 404) result.problems.push_back(failure(inspect.error()));
            continue;
        }
        auto details = decodeImageDetails(inspect.value().body, error);
        if (!details) {
            result.problems.push_back(failure("image " + toRead[i], error));
            continue;
        }
        std::optional<std::vector<ImageHistoryEntry>> entries;
        if (history) entries = decodeImageHistory(history.value().body, error);
        if (!entries)
            result.problems.push_back("history of image " + toRead[i] + ": " +
                                      (history ? error.message : history.error().message));
        const auto at = indexOf(inventory_.images, details->id, detailsId);
        InventoryChange change{at < 0 ? ChangeKind::Added : ChangeKind::Updated, WatchedObject::Image, details->id,
                               imageName(*details), cause, std::nullopt, *details, std::nullopt, std::nullopt};
        if (inventory_.imageHistories.size() < inventory_.images.size())
            inventory_.imageHistories.resize(inventory_.images.size());
        if (at < 0) {
            inventory_.images.push_back(std::move(*details));
            inventory_.imageHistories.push_back(entries.value_or(std::vector<ImageHistoryEntry>{}));
        } else {
            inventory_.images[at] = std::move(*details);
            inventory_.imageHistories[at] = entries.value_or(std::vector<ImageHistoryEntry>{});
        }
        changes.push_back(std::move(change));
    }
    inventory_.imageSummaries = std::move(*list);
    for (auto& change : changes) result.changes.push_back(std::move(change));
}

void Refresher::networks(const std::string& cause)
{
    auto listed = client_.get("/networks");
    if (!listed) return result.problems.push_back(failure(listed.error()));
    DecodeError error;
    auto list = decodeNetworkList(listed.value().body, error);
    if (!list) return result.problems.push_back(failure("network list", error));
    auto byId = [](const NetworkInfo& n) -> const std::string& { return n.id; };
    for (const auto& old : inventory_.networks)
        if (indexOf(*list, old.id, byId) < 0)
            result.changes.push_back({ChangeKind::Removed, WatchedObject::Network, old.id, old.name, cause,
                                      std::nullopt, std::nullopt, old, std::nullopt});
    for (const auto& now : *list)
        if (indexOf(inventory_.networks, now.id, byId) < 0)
            result.changes.push_back({ChangeKind::Added, WatchedObject::Network, now.id, now.name, cause,
                                      std::nullopt, std::nullopt, now, std::nullopt});
    std::lock_guard lock(mutex_);
    inventory_.networks = std::move(*list);
}

void Refresher::volumes(const std::string& cause)
{
    auto listed = client_.get("/volumes");
    if (!listed) return result.problems.push_back(failure(listed.error()));
    DecodeError error;
    auto list = decodeVolumeList(listed.value().body, error);
    if (!list) return result.problems.push_back(failure("volume list", error));
    auto byName = [](const VolumeInfo& v) -> const std::string& { return v.name; };
    for (const auto& old : inventory_.volumes.volumes)
        if (indexOf(list->volumes, old.name, byName) < 0)
            result.changes.push_back({ChangeKind::Removed, WatchedObject::Volume, old.name, old.name, cause,
                                      std::nullopt, std::nullopt, std::nullopt, old});
    for (const auto& now : list->volumes)
        if (indexOf(inventory_.volumes.volumes, now.name, byName) < 0)
            result.changes.push_back({ChangeKind::Added, WatchedObject::Volume, now.name, now.name, cause,
                                      std::nullopt, std::nullopt, std::nullopt, now});
    std::lock_guard lock(mutex_);
    inventory_.volumes = std::move(*list);
}

void Refresher::daemon(const std::string& cause)
{
    auto response = client_.get("/info");
    if (!response) return result.problems.push_back(failure(response.error()));
    DecodeError error;
    auto info = decodeDaemonInfo(response.value().body, error);
    if (!info) return result.problems.push_back(failure("/info", error));
    {
        std::lock_guard lock(mutex_);
        inventory_.info = std::move(*info);
    }
    InventoryChange change;
    change.kind = ChangeKind::Updated;
    change.object = WatchedObject::Daemon;
    change.name = inventory_.info.name;
    change.cause = cause;
    result.changes.push_back(std::move(change));
}

} // namespace

bool EventBatch::empty() const
{
    return containers.empty() && imageCause.empty() && networkCause.empty() && volumeCause.empty() &&
           daemonCause.empty();
}

bool EventBatch::add(const Event& event)
{
    const std::string& action = event.action;
    if (action.empty()) return false;
    if (event.type == "container") {
        if (event.actorId.empty() || containerActionChangesNothing(action)) return false;
        containers[event.actorId] = action;
        return true;
    }
    if (event.type == "image") {
        if (action == "push" || action == "save") return false;
        imageCause = action;
        return true;
    }
    if (event.type == "network") {
        if (action == "connect" || action == "disconnect") {
            // The container's NetworkSettings changed; the network list does not show members.
            auto container = event.actorAttributes.find("container");
            if (container == event.actorAttributes.end() || container->second.empty()) return false;
            containers.try_emplace(container->second, action);
            return true;
        }
        if (action != "create" && action != "destroy" && action != "remove" && action != "prune" && action != "update")
            return false;
        networkCause = action;
        return true;
    }
    if (event.type == "volume") {
        if (action != "create" && action != "destroy" && action != "remove" && action != "prune") return false;
        volumeCause = action;
        return true;
    }
    if (event.type == "daemon") {
        daemonCause = action;
        return true;
    }
    return false;
}

RefreshResult applyBatch(Client& client, const EventBatch& batch, HostInventory& inventory, std::mutex& mutex,
                         const InventoryOptions& options)
{
    Refresher refresher(client, inventory, mutex, options);
    refresher.containers(batch.containers);
    if (!batch.imageCause.empty()) refresher.images(batch.imageCause);
    if (!batch.networkCause.empty()) refresher.networks(batch.networkCause);
    if (!batch.volumeCause.empty()) refresher.volumes(batch.volumeCause);
    if (!batch.daemonCause.empty()) refresher.daemon(batch.daemonCause);
    return std::move(refresher.result);
}

std::string urlEncode(std::string_view text)
{
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
            c == '_' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

} // namespace dw::engine::watch
