#include "engine/daemon_probe.h"

#include "engine/api_decode.h"
#include "engine/client.h"

namespace dw::engine {

DaemonProbe probeDaemon(const EndpointRequest& request, std::chrono::milliseconds timeout,
                        const std::atomic<bool>* cancel)
{
    DaemonProbe probe;
    auto endpoint = resolveEndpoint(request, processEnvironment(), processHomeDir());
    if (!endpoint) {
        probe.error = endpoint.error();
        return probe;
    }
    probe.endpointUrl = endpoint.value().url;
    ClientOptions options;
    options.connectTimeout = timeout;
    options.requestTimeout = timeout;
    options.idleTimeout = timeout;
    options.cancel = cancel;
    Client client(endpoint.value(), options);
    auto version = client.negotiateVersion();
    if (!version) {
        probe.error = version.error();
        return probe;
    }
    probe.apiVersion = version.value();
    if (auto response = client.get("/version")) {
        DecodeError decodeError;
        if (auto info = decodeVersion(response.value().body, decodeError)) {
            probe.dockerVersion = info->version;
            probe.operatingSystem = info->os;
        }
    }
    return probe;
}

} // namespace dw::engine
