#include "engine/event_watcher.h"

#include "engine/api_decode.h"
#include "engine/event_watcher_refresh.h"

#include <algorithm>
#include <array>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>
#include <utility>

namespace dw::engine {
namespace {

using Clock = std::chrono::steady_clock;

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
std::int64_t daysFromCivil(std::int64_t year, unsigned month, unsigned day)
{
    year -= month <= 2;
    const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
    const auto yearOfEra = static_cast<unsigned>(year - era * 400);
    const unsigned dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const unsigned dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + static_cast<std::int64_t>(dayOfEra) - 719468;
}

std::string eventsPath(std::int64_t since)
{
    std::string path = "/events?filters=" +
                       watch::urlEncode(R"({"type":["container","image","network","volume","daemon"]})");
    if (since > 0) path += "&since=" + std::to_string(since);
    return path;
}

std::int64_t localUnixSeconds()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

const char* watchedObjectName(WatchedObject object)
{
    switch (object) {
    case WatchedObject::Daemon: return "daemon";
    case WatchedObject::Container: return "container";
    case WatchedObject::Image: return "image";
    case WatchedObject::Network: return "network";
    case WatchedObject::Volume: return "volume";
    case WatchedObject::Inventory: return "inventory";
    }
    return "unknown";
}

const char* changeKindName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added: return "added";
    case ChangeKind::Updated: return "updated";
    case ChangeKind::Removed: return "removed";
    case ChangeKind::Resynced: return "resynced";
    }
    return "unknown";
}

const char* connectionStateName(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Connecting: return "connecting";
    case ConnectionState::Connected: return "connected";
    case ConnectionState::Reconnecting: return "reconnecting";
    case ConnectionState::Stopped: return "stopped";
    }
    return "unknown";
}

std::optional<std::int64_t> parseHttpDate(const std::string& text)
{
    // IMF-fixdate only ("Sun, 06 Nov 1994 08:49:37 GMT"): what Go's net/http, and so dockerd, sends.
    static const std::array<const char*, 12> months{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const auto comma = text.find(", ");
    if (comma == std::string::npos) return std::nullopt;
    int day = 0, year = 0, hour = 0, minute = 0, second = 0, consumed = 0;
    char month[4] = {0};
    char zone[4] = {0};
    if (std::sscanf(text.c_str() + comma + 2, "%2d %3s %4d %2d:%2d:%2d %3s%n", &day, month, &year, &hour, &minute,
                    &second, zone, &consumed) != 7 ||
        comma + 2 + static_cast<std::size_t>(consumed) != text.size() || std::strcmp(zone, "GMT") != 0)
        return std::nullopt;
    const auto found =
        std::find_if(months.begin(), months.end(), [&](const char* m) { return std::strcmp(m, month) == 0; });
    if (found == months.end() || day < 1 || day > 31 || year < 1970 || hour > 23 || minute > 59 || second > 60 ||
        hour < 0 || minute < 0 || second < 0)
        return std::nullopt;
    const auto monthNumber = static_cast<unsigned>(found - months.begin() + 1);
    return daysFromCivil(year, monthNumber, static_cast<unsigned>(day)) * 86400 + hour * 3600 + minute * 60 + second;
}

Expected<std::int64_t> daemonClock(Client& client)
{
    auto ping = client.get("/_ping");
    if (!ping) return ping.error();
    const auto date = ping.value().headers.find("date");
    if (date != ping.value().headers.end())
        if (auto seconds = parseHttpDate(date->second)) return *seconds;
    return localUnixSeconds();
}

Expected<InventorySnapshot> takeInventorySnapshot(Client& client, const InventoryOptions& options)
{
    auto clock = daemonClock(client);
    if (!clock) return clock.error();
    auto inventory = collectInventory(client, options);
    if (!inventory) return inventory.error();
    return InventorySnapshot{std::move(inventory.value()), clock.value()};
}

struct InventoryWatcher::State {
    Endpoint endpoint;
    WatcherOptions options;
    std::int64_t initialSince = 0;
    std::atomic<bool> cancel{false};
    std::atomic<bool> started{false};
    std::thread runner;

    mutable std::mutex inventoryMutex;
    HostInventory inventory; ///< written only by the apply thread, always under inventoryMutex

    std::mutex queueMutex;
    std::condition_variable queueChanged;
    std::deque<Event> queue;
    bool resyncRequested = false;

    mutable std::mutex statusMutex;
    WatcherStats stats;
    ConnectionStatus connection;

    std::mutex callbackMutex; ///< callbacks run one at a time

    ClientOptions clientOptions() const
    {
        ClientOptions client = options.client;
        client.cancel = &cancel;
        return client;
    }

    void requestStop()
    {
        {
            std::lock_guard lock(queueMutex);
            cancel = true;
        }
        queueChanged.notify_all();
    }

    /// Sleeps for `duration` unless stop is requested first; false when it was.
    bool sleepUnlessStopped(std::chrono::milliseconds duration)
    {
        std::unique_lock lock(queueMutex);
        return !queueChanged.wait_for(lock, duration, [this] { return cancel.load(); });
    }

    template <typename Update>
    void updateStats(Update update)
    {
        std::lock_guard lock(statusMutex);
        update(stats);
    }

    void setConnection(ConnectionStatus status)
    {
        {
            std::lock_guard lock(statusMutex);
            connection = status;
        }
        std::lock_guard lock(callbackMutex);
        if (options.onConnection) options.onConnection(status);
    }

    void deliver(const InventoryChange& change)
    {
        updateStats([](WatcherStats& s) { ++s.changes; });
        std::lock_guard lock(callbackMutex);
        if (options.onChange) options.onChange(change);
    }

    void noteProblem(const std::string& problem)
    {
        updateStats([&](WatcherStats& s) {
            ++s.problems;
            s.lastProblem = problem;
        });
    }

    /// Events from before now are superseded by the resync the apply thread will make.
    void requestResync()
    {
        {
            std::lock_guard lock(queueMutex);
            queue.clear();
            resyncRequested = true;
        }
        queueChanged.notify_all();
    }

    bool onLine(std::string_view line, bool& delivered)
    {
        DecodeError error;
        auto event = decodeEvent(line, error);
        if (!event) {
            updateStats([&](WatcherStats& s) {
                ++s.undecodableLines;
                s.lastProblem = "skipped a line of the event stream: " + error.message;
            });
            return !cancel;
        }
        delivered = true;
        updateStats([](WatcherStats& s) { ++s.events; });
        {
            std::lock_guard lock(queueMutex);
            if (queue.size() >= options.maxQueuedEvents) {
                queue.clear(); // falling behind: one resync is cheaper than catching up
                resyncRequested = true;
            } else {
                queue.push_back(std::move(*event));
            }
        }
        queueChanged.notify_all();
        return !cancel;
    }

    void streamLoop();
    void applyLoop();
    bool resync(Client& client);
};

void InventoryWatcher::State::streamLoop()
{
    Client client(endpoint, clientOptions());
    auto backoff = options.initialBackoff;
    int failedAttempts = 0;
    bool firstAttempt = true;
    setConnection({ConnectionState::Connecting, {}, std::chrono::milliseconds(0), 0});
    while (!cancel) {
        std::string error;
        bool delivered = false;
        const auto began = Clock::now();
        auto negotiated = client.negotiateVersion();
        std::int64_t since = initialSince;
        if (negotiated && !firstAttempt) {
            // Events may have been missed while away: subscribe from now, then re-collect everything.
            auto clock = daemonClock(client);
            if (clock) {
                since = clock.value();
                requestResync();
            } else {
                error = clock.error().message;
            }
        }
        if (!negotiated) error = negotiated.error().message;
        firstAttempt = false;
        if (error.empty()) {
            setConnection({ConnectionState::Connected, {}, std::chrono::milliseconds(0), failedAttempts});
            updateStats([](WatcherStats& s) { ++s.subscriptions; });
            // One second back: the Date header has whole seconds, and an event seen twice is harmless.
            auto status = client.stream(eventsPath(since > 0 ? since - 1 : 0),
                                        [&](std::string_view line) { return onLine(line, delivered); });
            error = status ? "the daemon closed the event stream" : status.error().message;
        }
        if (cancel) break;
        if (delivered || Clock::now() - began > options.maxBackoff) {
            backoff = options.initialBackoff;
            failedAttempts = 0;
        } else {
            ++failedAttempts;
        }
        setConnection({ConnectionState::Reconnecting, error, backoff, failedAttempts});
        if (!sleepUnlessStopped(backoff)) break;
        backoff = std::min(backoff * 2, options.maxBackoff);
    }
}

bool InventoryWatcher::State::resync(Client& client)
{
    auto collected = collectInventory(client, options.inventory);
    if (!collected) {
        if (!cancel) noteProblem("resync failed: " + collected.error().message);
        return false;
    }
    {
        std::lock_guard lock(inventoryMutex);
        inventory = std::move(collected.value());
    }
    updateStats([](WatcherStats& s) { ++s.resyncs; });
    InventoryChange change;
    change.kind = ChangeKind::Resynced;
    change.object = WatchedObject::Inventory;
    change.cause = "resync";
    deliver(change);
    return true;
}

void InventoryWatcher::State::applyLoop()
{
    Client client(endpoint, clientOptions());
    client.setApiVersion(inventory.apiVersion);
    bool resyncPending = false;
    auto resyncRetry = options.initialBackoff; // a failed resync is retried, doubling like reconnects
    while (!cancel) {
        watch::EventBatch batch;
        std::uint64_t ignored = 0;
        {
            std::unique_lock lock(queueMutex);
            auto ready = [this] { return cancel || resyncRequested || !queue.empty(); };
            if (resyncPending) queueChanged.wait_for(lock, resyncRetry, ready);
            else queueChanged.wait(lock, ready);
            if (cancel) break;
            if (!queue.empty() && !resyncRequested && options.coalesceWindow.count() > 0)
                queueChanged.wait_for(lock, options.coalesceWindow, [this] { return cancel.load(); });
            if (cancel) break;
            resyncPending |= std::exchange(resyncRequested, false);
            for (; !queue.empty(); queue.pop_front())
                if (!batch.add(queue.front())) ++ignored;
        }
        updateStats([&](WatcherStats& s) { s.ignoredEvents += ignored; });
        if (resyncPending) {
            resyncPending = !resync(client);
            resyncRetry = resyncPending ? std::min(resyncRetry * 2, options.maxBackoff) : options.initialBackoff;
        }
        if (batch.empty() || cancel) continue;
        if (client.apiVersion().empty() && !client.negotiateVersion()) {
            noteProblem("cannot negotiate the API version with " + endpoint.url);
            continue;
        }
        // Only this thread writes `inventory`, so applyBatch may read it without the lock.
        auto result = watch::applyBatch(client, batch, inventory, inventoryMutex, options.inventory);
        updateStats([](WatcherStats& s) { ++s.batches; });
        if (cancel) break;
        for (const auto& problem : result.problems) noteProblem(problem);
        for (const auto& change : result.changes) deliver(change);
    }
}

InventoryWatcher::InventoryWatcher(Endpoint endpoint, InventorySnapshot initial, WatcherOptions options)
    : state_(std::make_unique<State>())
{
    state_->endpoint = std::move(endpoint);
    state_->options = std::move(options);
    if (state_->options.initialBackoff.count() <= 0) state_->options.initialBackoff = std::chrono::milliseconds(1);
    state_->options.maxBackoff = std::max(state_->options.maxBackoff, state_->options.initialBackoff);
    state_->initialSince = initial.daemonTime;
    state_->inventory = std::move(initial.inventory);
}

InventoryWatcher::~InventoryWatcher() { stop(); }

void InventoryWatcher::start()
{
    if (state_->started.load() || state_->runner.joinable()) return;
    state_->runner = std::thread([this] { run(); });
}

void InventoryWatcher::run()
{
    if (state_->started.exchange(true)) return;
    std::thread streamer([this] { state_->streamLoop(); });
    state_->applyLoop();
    state_->requestStop();
    streamer.join();
    state_->setConnection({ConnectionState::Stopped, connection().lastError, std::chrono::milliseconds(0),
                           connection().failedAttempts});
}

void InventoryWatcher::stop()
{
    state_->requestStop();
    if (state_->runner.joinable() && state_->runner.get_id() != std::this_thread::get_id()) state_->runner.join();
}

void InventoryWatcher::requestStop() { state_->requestStop(); }

HostInventory InventoryWatcher::snapshot() const
{
    std::lock_guard lock(state_->inventoryMutex);
    return state_->inventory;
}

WatcherStats InventoryWatcher::stats() const
{
    std::lock_guard lock(state_->statusMutex);
    return state_->stats;
}

ConnectionStatus InventoryWatcher::connection() const
{
    std::lock_guard lock(state_->statusMutex);
    return state_->connection;
}

} // namespace dw::engine
