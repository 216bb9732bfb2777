// Internal to the event watcher: what a group of events touched, and re-reading exactly that.
#pragma once

#include "engine/event_watcher.h"

#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace dw::engine::watch {

/// What a coalesced group of events touched. Containers are re-read one by one; images, networks and
/// volumes are re-listed and compared, which also catches what an event does not name (a tag moved from
/// another image, a volume removed by prune).
struct EventBatch {
    std::map<std::string, std::string> containers; ///< id -> the last action seen for it
    std::string imageCause;   ///< non-empty: re-list images; the last image action
    std::string networkCause; ///< non-empty: re-list networks
    std::string volumeCause;  ///< non-empty: re-list volumes
    std::string daemonCause;  ///< non-empty: re-read /info

    bool empty() const;
    /// Adds one event; false when it changes nothing the inventory holds (exec_start, volume mount ...).
    bool add(const Event& event);
};

struct RefreshResult {
    std::vector<InventoryChange> changes;
    std::vector<std::string> problems; ///< one line per re-read that failed; those objects keep their state
};

/// Re-reads what `batch` touched with `client` and applies it to `inventory`. Only the calling thread may
/// write `inventory`; it reads it without a lock and writes with `mutex` held, so others read under `mutex`.
RefreshResult applyBatch(Client& client, const EventBatch& batch, HostInventory& inventory, std::mutex& mutex,
                         const InventoryOptions& options);

/// Percent-encodes everything but unreserved characters (RFC 3986), for query values.
std::string urlEncode(std::string_view text);

} // namespace dw::engine::watch
