#include "engine/client.h"

#include "engine/client_transfer.h"
#include "util/parallel_for.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>

namespace dw::engine {
namespace {

std::pair<int, int> parseApiVersion(const std::string& version) {
    int major = 0, minor = 0;
    const auto dot = version.find('.');
    if (dot == std::string::npos) return {0, 0};
    try {
        major = std::stoi(version.substr(0, dot));
        minor = std::stoi(version.substr(dot + 1));
    } catch (...) {
        return {0, 0};
    }
    return {major, minor};
}

/// ApiVersion from a /version body, empty when absent.
std::string apiVersionFromVersionBody(const std::string& body) {
    const nlohmann::json parsed = nlohmann::json::parse(body, nullptr, false);
    if (parsed.is_object() && parsed.contains("ApiVersion") && parsed["ApiVersion"].is_string())
        return parsed["ApiVersion"].get<std::string>();
    return {};
}

bool isConnectivityError(ErrorId id) {
    return id != ErrorId::HttpStatus && id != ErrorId::BadResponse;
}

} // namespace

int compareApiVersions(const std::string& a, const std::string& b) {
    const auto left = parseApiVersion(a), right = parseApiVersion(b);
    return left < right ? -1 : (left > right ? 1 : 0);
}

Client::Client(Endpoint endpoint, ClientOptions options)
    : endpoint_(std::move(endpoint)), options_(options) {}

Client::~Client() = default;

Connection& Client::pooledConnection(std::size_t index) {
    while (pool_.size() <= index) pool_.push_back(std::make_unique<Connection>(endpoint_, options_));
    return *pool_[index];
}

std::string Client::versionedPath(const std::string& path) const {
    if (apiVersion_.empty() || path == "/_ping" || path.rfind("/v1.", 0) == 0) return path;
    return "/v" + apiVersion_ + path;
}

Expected<std::string> Client::negotiateVersion() {
    std::string daemonVersion;
    Expected<Response> ping = pooledConnection(0).perform(Method::Get, "/_ping");
    if (!ping && isConnectivityError(ping.error().id)) return ping.error();
    if (ping) {
        auto header = ping.value().headers.find("api-version");
        if (header != ping.value().headers.end()) daemonVersion = header->second;
    }
    if (daemonVersion.empty()) {
        Expected<Response> version = pooledConnection(0).perform(Method::Get, "/version");
        if (!version) return version.error();
        daemonVersion = apiVersionFromVersionBody(version.value().body);
    }
    if (parseApiVersion(daemonVersion).first == 0)
        return EngineError{ErrorId::BadResponse, endpoint_.url,
                           "cannot negotiate the API version with " + endpoint_.url +
                               ": neither /_ping nor /version reported one",
                           0};
    if (compareApiVersions(daemonVersion, kMinApiVersion) < 0)
        return EngineError{ErrorId::Unsupported, endpoint_.url,
                           "the daemon at " + endpoint_.url + " speaks API " + daemonVersion +
                               ", older than the oldest supported " + kMinApiVersion,
                           0};
    apiVersion_ = compareApiVersions(daemonVersion, kMaxApiVersion) > 0 ? kMaxApiVersion : daemonVersion;
    return apiVersion_;
}

Expected<Response> Client::get(const std::string& path) {
    return pooledConnection(0).perform(Method::Get, versionedPath(path));
}

Expected<Response> Client::head(const std::string& path) {
    return pooledConnection(0).perform(Method::Head, versionedPath(path));
}

Status Client::stream(const std::string& path, const LineHandler& onLine) {
    Expected<Response> done = pooledConnection(0).perform(Method::Get, versionedPath(path), &onLine);
    if (!done) return done.error();
    return Done{};
}

Status Client::streamBytes(const std::string& path, const ByteHandler& onBytes)
{
    Expected<Response> done = pooledConnection(0).perform(Method::Get, versionedPath(path), nullptr, &onBytes);
    if (!done) return done.error();
    return Done{};
}

void Client::forEachGet(const std::vector<std::string>& paths, int concurrency,
                        const std::function<void(std::size_t index, Expected<Response> result)>& onResult)
{
    if (paths.empty()) return;
    const std::size_t workers =
        std::max<std::size_t>(1, std::min<std::size_t>(static_cast<std::size_t>(std::max(concurrency, 1)), paths.size()));
    for (std::size_t i = 0; i < workers; ++i) pooledConnection(i); // grow the pool before threads start
    util::parallelFor(paths.size(), workers, [&](std::size_t i, std::size_t worker) {
        onResult(i, pool_[worker]->perform(Method::Get, versionedPath(paths[i])));
    });
}

std::vector<Expected<Response>> Client::getMany(const std::vector<std::string>& paths, int concurrency)
{
    std::vector<std::optional<Expected<Response>>> slots(paths.size());
    forEachGet(paths, concurrency, [&slots](std::size_t index, Expected<Response> result) { slots[index].emplace(std::move(result)); });
    std::vector<Expected<Response>> results;
    results.reserve(paths.size());
    for (auto& slot : slots) results.push_back(std::move(*slot));
    return results;
}

} // namespace dw::engine
