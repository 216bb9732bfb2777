// Errors of the Engine API client: a stable id plus a one-line message that names the endpoint.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace dw::engine {

/// Stable error ids. The UI translates these; the message is for logs and the command line.
enum class ErrorId {
    Unreachable,      ///< nothing listens at the endpoint (missing socket, refused, unknown host)
    PermissionDenied, ///< the socket exists but this user may not connect to it
    Timeout,          ///< connect, idle or total timeout passed
    Tls,              ///< handshake, certificate or key problem
    HttpStatus,       ///< the daemon answered with a status >= 400; `message` carries its {"message": ...}
    BadResponse,      ///< truncated, closed mid-body, not HTTP, or no usable API version
    TooLarge,         ///< the response exceeded the client's size cap
    Cancelled,        ///< the caller's cancellation flag was raised
    Unsupported,      ///< a feature not supported (yet), e.g. ssh:// endpoints
    InvalidEndpoint,  ///< a malformed host URL, an unknown context, conflicting options
};

/// Stable text of an id ("unreachable", "permission-denied", ...), for JSON output and logs.
const char* errorIdName(ErrorId id);

struct EngineError {
    ErrorId id = ErrorId::BadResponse;
    std::string endpoint; ///< the endpoint URL the error is about, e.g. "unix:///var/run/docker.sock"
    std::string message;  ///< one line, starting with what failed and naming `endpoint`
    long httpStatus = 0;  ///< only for HttpStatus
};

/// Either a value or an EngineError.
template <typename T>
class Expected {
public:
    Expected(T value) : state_(std::move(value)) {}
    Expected(EngineError error) : state_(std::move(error)) {}

    bool ok() const { return state_.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T& value() const { return std::get<0>(state_); }
    T& value() { return std::get<0>(state_); }
    const EngineError& error() const { return std::get<1>(state_); }

private:
    std::variant<T, EngineError> state_;
};

struct Done {};
using Status = Expected<Done>;

} // namespace dw::engine
