// A read-only Docker Engine API client over libcurl: GET and HEAD, a streaming GET, version negotiation
// and a small pool of connections for fetching many paths at once. The client returns body bytes;
// decoding JSON into typed structs is the decoder's job.
#pragma once

#include "engine/client_error.h"
#include "engine/endpoint.h"

#include <atomic>
#include <chrono>
#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace dw::engine {

struct ClientOptions {
    /// Time to establish the connection (and TLS handshake).
    std::chrono::milliseconds connectTimeout{5000};
    /// Whole request, connect to last byte; 0 for none. Not applied to streams.
    std::chrono::milliseconds requestTimeout{60000};
    /// No byte received for this long aborts with Timeout; 0 for none. Checked about once a second
    /// by libcurl's progress callback, so it is coarse. Not applied to streams.
    std::chrono::milliseconds idleTimeout{30000};
    /// Bodies larger than this abort with TooLarge; for streams it caps one line.
    std::size_t maxResponseBytes = std::size_t{64} << 20;
    /// Raised by another thread to abort transfers with Cancelled (checked by the progress callback).
    const std::atomic<bool>* cancel = nullptr;
};

struct Response {
    long status = 0;
    std::string body;
    std::map<std::string, std::string> headers; ///< names lower-cased; the last value wins
};

/// Called with each line of a stream (without the newline); return false to end the stream.
using LineHandler = std::function<bool(std::string_view line)>;
/// Called with each piece of a raw byte stream as it arrives; return false to end the stream.
using ByteHandler = std::function<bool(std::string_view bytes)>;

/// Newest API version the client speaks and oldest it accepts.
inline constexpr const char* kMaxApiVersion = "1.45";
inline constexpr const char* kMinApiVersion = "1.24";

class Connection;

/// One client per thread: its calls are not thread-safe, but getMany() runs several connections
/// of its own in parallel. Connections are kept open and reused between calls.
class Client {
public:
    explicit Client(Endpoint endpoint, ClientOptions options = {});
    ~Client();
    Client(const Client&) = delete;
    Client& operator=(const Client&) = delete;

    const Endpoint& endpoint() const { return endpoint_; }

    /// Asks the daemon for its API version (/_ping's Api-Version header, else /version's ApiVersion),
    /// picks min(daemon, kMaxApiVersion) and prefixes later paths with /v<version>.
    Expected<std::string> negotiateVersion();
    /// The version paths are prefixed with; empty means unversioned paths.
    const std::string& apiVersion() const { return apiVersion_; }
    void setApiVersion(std::string version) { apiVersion_ = std::move(version); }

    /// A status >= 400 is an HttpStatus error carrying the daemon's message.
    Expected<Response> get(const std::string& path);
    Expected<Response> head(const std::string& path);
    /// GETs every path with up to `concurrency` connections in parallel; results in the order of `paths`.
    std::vector<Expected<Response>> getMany(const std::vector<std::string>& paths, int concurrency);
    /// Like getMany(), but hands each result to `onResult(index, result)` as soon as it arrives, on the thread of
    /// the connection that fetched it: calls for different indices may run at the same time, so the handler must
    /// only touch what belongs to its index (or lock). Lets decoding overlap the daemon's work on later requests.
    void forEachGet(const std::vector<std::string>& paths, int concurrency,
                    const std::function<void(std::size_t index, Expected<Response> result)>& onResult);
    /// A GET whose body is handed over line by line (e.g. /events) until the daemon closes it,
    /// the handler returns false, or the cancellation flag is raised (then Cancelled).
    Status stream(const std::string& path, const LineHandler& onLine);
    /// A GET whose body is handed over as raw bytes (e.g. /images/{name}/get) until it ends or the handler
    /// returns false. No request timeout and no size cap apply; the idle timeout and cancellation do.
    Status streamBytes(const std::string& path, const ByteHandler& onBytes);

    /// The path as sent: "/v1.41/info" for "/info" once a version is set ("/_ping" stays as it is).
    std::string versionedPath(const std::string& path) const;

private:
    Connection& pooledConnection(std::size_t index);

    Endpoint endpoint_;
    ClientOptions options_;
    std::string apiVersion_;
    std::vector<std::unique_ptr<Connection>> pool_; ///< pool_[0] serves the single-request calls
};

/// "1.41" < "1.45"; malformed versions compare as 0.0.
int compareApiVersions(const std::string& a, const std::string& b);

} // namespace dw::engine
