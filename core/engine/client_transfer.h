// One libcurl easy handle bound to an endpoint: performs a request and maps failures to EngineError.
#pragma once

#include "engine/client.h"

namespace dw::engine {

enum class Method { Get, Head };

/// Not thread-safe; reused across requests so libcurl keeps the connection open.
class Connection {
public:
    Connection(const Endpoint& endpoint, const ClientOptions& options);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    /// `path` is sent as given. With `onLine` the body is streamed line by line and not kept
    /// (unless the status is an error), and no request/idle timeout applies. With `onBytes` the body is
    /// handed over raw and not kept; the idle timeout applies but no request timeout or size cap.
    Expected<Response> perform(Method method, const std::string& path, const LineHandler* onLine = nullptr,
                               const ByteHandler* onBytes = nullptr);

private:
    const Endpoint& endpoint_;
    const ClientOptions& options_;
    void* handle_; ///< CURL*
};

/// The daemon's {"message": "..."} from an error body, else its first line, shortened.
std::string daemonMessage(const std::string& body);

} // namespace dw::engine
