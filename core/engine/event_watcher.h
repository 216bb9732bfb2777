// Keeps a HostInventory up to date from the daemon's GET /events stream, for live views.
//
// The watcher subscribes to /events (types container, image, network, volume, daemon) starting at the time
// of the snapshot it was given, so nothing that happened between the snapshot and the subscription is lost.
// For each event it re-reads only what the event touched (container inspect and top, the image, network or
// volume lists) and applies the difference to its own copy of the inventory. Events that arrive close
// together are coalesced: a burst of events for one object costs one re-read.
//
// Invariant after each applied batch: the watched inventory holds the objects collectInventory() would return
// at that moment (order aside), except `diskUsage`, refreshed only on a resync, and the processes of running
// containers (/top), re-read only when an event about that container arrives. With InventoryOptions caps in
// force, objects the snapshot left uninspected stay so until an event names them (containers) or they are new
// or re-tagged (images); a resync applies the caps again. A resync that fails (a list unreadable) keeps the
// last inventory and is retried.
//
// When the stream ends or fails (daemon restarted, socket gone) the watcher waits (initialBackoff doubling up
// to maxBackoff), subscribes again and re-collects the whole inventory, since events may have been missed;
// that is reported as one Resynced change. Read-only: only GET requests.
//
// Threads: run() blocks the calling thread until stop(); start() does the same on a thread of its own. Inside,
// one thread reads the stream and another applies events; callbacks come from either, one at a time.
#pragma once

#include "engine/api_types.h"
#include "engine/client.h"
#include "engine/inventory.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace dw::engine {

enum class WatchedObject { Daemon, Container, Image, Network, Volume, Inventory };
enum class ChangeKind { Added, Updated, Removed, Resynced };

/// Stable texts: "daemon", "container", "image", "network", "volume", "inventory".
const char* watchedObjectName(WatchedObject object);
/// Stable texts: "added", "updated", "removed", "resynced".
const char* changeKindName(ChangeKind kind);

/// One change of the watched inventory.
struct InventoryChange {
    ChangeKind kind = ChangeKind::Updated;
    WatchedObject object = WatchedObject::Container;
    std::string id;    ///< container, image or network id; volume name; empty for daemon and resync changes
    std::string name;  ///< container name without the leading '/', network or volume name, first image tag
    std::string cause; ///< the event action behind it ("create", "tag", "destroy", ...); "resync" after a resync
    /// The object as it is now (Added, Updated) or as it was last seen (Removed); only the one of `object`.
    std::optional<InventoryContainer> container;
    std::optional<ImageDetails> image;
    std::optional<NetworkInfo> network;
    std::optional<VolumeInfo> volume;
};

enum class ConnectionState {
    Connecting,   ///< first subscription under way
    Connected,    ///< the daemon answered and the event stream is open
    Reconnecting, ///< the stream ended or failed; waiting `retryIn` before the next attempt
    Stopped,      ///< stop() was called; no more callbacks follow
};

/// Stable texts: "connecting", "connected", "reconnecting", "stopped".
const char* connectionStateName(ConnectionState state);

struct ConnectionStatus {
    ConnectionState state = ConnectionState::Connecting;
    std::string lastError;                ///< why the last subscription ended (one line), empty when none
    std::chrono::milliseconds retryIn{0}; ///< Reconnecting only
    int failedAttempts = 0;               ///< consecutive subscriptions that ended without delivering an event
};

/// Counters since the watcher started.
struct WatcherStats {
    std::uint64_t events = 0;           ///< events decoded from the stream
    std::uint64_t ignoredEvents = 0;    ///< events that change nothing the inventory holds (exec_start, mount ...)
    std::uint64_t undecodableLines = 0; ///< stream lines that were not an event (skipped)
    std::uint64_t batches = 0;          ///< coalesced groups of events applied
    std::uint64_t changes = 0;          ///< InventoryChange values delivered
    std::uint64_t subscriptions = 0;    ///< GET /events requests made
    std::uint64_t resyncs = 0;          ///< whole-inventory re-collections completed
    std::uint64_t problems = 0;         ///< re-reads that failed (the object keeps its last known state)
    std::string lastProblem;            ///< one line about the latest undecodable line or failed re-read
};

struct WatcherOptions {
    /// Client settings for both of the watcher's connections; `cancel` is replaced by the watcher's own flag.
    ClientOptions client;
    /// Used for resyncs and for container processes (/top) of re-read containers; its progress callback is
    /// called on the watcher's apply thread during resyncs.
    InventoryOptions inventory;
    std::chrono::milliseconds initialBackoff{500};
    std::chrono::milliseconds maxBackoff{10000};
    /// After an event, wait this long for more before re-reading, so bursts cost one re-read per object.
    std::chrono::milliseconds coalesceWindow{100};
    /// More queued events than this (the daemon outpaces the re-reads) are dropped for one resync.
    std::size_t maxQueuedEvents = 10000;
    /// Called after each change has been applied (snapshot() already shows it).
    std::function<void(const InventoryChange&)> onChange;
    std::function<void(const ConnectionStatus&)> onConnection;
};

/// An inventory plus the daemon's clock when its collection began: the point the event subscription
/// starts from.
struct InventorySnapshot {
    HostInventory inventory;
    std::int64_t daemonTime = 0; ///< Unix seconds; 0 = unknown, then the subscription starts "now"
};

/// The daemon's clock in Unix seconds, from the Date header of GET /_ping; the local clock when the daemon
/// sends none. Fails only when /_ping fails.
Expected<std::int64_t> daemonClock(Client& client);

/// daemonClock() then collectInventory(): a snapshot a watcher can start from.
Expected<InventorySnapshot> takeInventorySnapshot(Client& client, const InventoryOptions& options = {});

/// Parses an HTTP date ("Sun, 29 Nov 2026 14:07:09 GMT") into Unix seconds; nullopt when malformed.
std::optional<std::int64_t> parseHttpDate(const std::string& text);

class InventoryWatcher {
public:
    InventoryWatcher(Endpoint endpoint, InventorySnapshot initial, WatcherOptions options = {});
    /// Stops and joins the thread start() made. A caller of run() must let run() return before destroying.
    ~InventoryWatcher();
    InventoryWatcher(const InventoryWatcher&) = delete;
    InventoryWatcher& operator=(const InventoryWatcher&) = delete;

    /// Runs the watcher on a thread of its own. A watcher runs once: after stop() it cannot start again.
    void start();
    /// Runs the watcher on the calling thread until stop() or requestStop() is called from elsewhere.
    void run();
    /// Raises the cancellation flag (aborting transfers in flight) and joins the watcher's threads; an open
    /// stream notices within about a second (libcurl checks the flag once a second while no data flows).
    /// Call it from one thread only, and not from a callback: use requestStop() there.
    void stop();
    /// Raises the cancellation flag without waiting; safe from callbacks.
    void requestStop();

    /// A copy of the current inventory, consistent with every change delivered so far.
    HostInventory snapshot() const;
    WatcherStats stats() const;
    ConnectionStatus connection() const;

    struct State;

private:
    std::unique_ptr<State> state_;
};

} // namespace dw::engine
