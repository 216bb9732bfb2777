// "Is there a Docker daemon, and which?": resolve the endpoint as the CLI does (DOCKER_HOST, contexts, the
// default socket), ping it with a short timeout and read its version. For status bars and connection banners.
#pragma once

#include "engine/client_error.h"
#include "engine/endpoint.h"

#include <atomic>
#include <chrono>
#include <optional>
#include <string>

namespace dw::engine {

struct DaemonProbe {
    std::string endpointUrl;    ///< what was tried (empty when the endpoint could not be resolved)
    std::string apiVersion;     ///< negotiated API version, when reachable
    std::string dockerVersion;  ///< "24.0.7", when /version answered
    std::string operatingSystem;
    std::optional<EngineError> error; ///< why it is not usable; unset when reachable

    bool reachable() const { return !error.has_value(); }
};

DaemonProbe probeDaemon(const EndpointRequest& request, std::chrono::milliseconds timeout,
                        const std::atomic<bool>* cancel = nullptr);

} // namespace dw::engine
