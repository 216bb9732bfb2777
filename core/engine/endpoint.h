// Where the Docker daemon is: resolved like the docker CLI does from flags, environment and contexts.
#pragma once

#include "engine/client_error.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace dw::engine {

enum class Transport { Unix, Tcp };

/// A resolved daemon endpoint, ready for the client.
struct Endpoint {
    std::string url;        ///< as given, normalised: "unix:///var/run/docker.sock", "tcp://host:2376"
    Transport transport = Transport::Unix;
    std::string socketPath; ///< Unix only
    std::string hostPort;   ///< Tcp only, "host:port"
    bool tls = false;       ///< Tcp over TLS
    bool verifyPeer = true; ///< check the daemon's certificate (DOCKER_TLS_VERIFY / !SkipTLSVerify)
    std::string caFile;     ///< empty when absent: then the system store is used
    std::string certFile;   ///< client certificate, empty when absent
    std::string keyFile;    ///< client key, empty when absent
    std::string context;    ///< the context it came from ("default" when from flags/env/default)
};

/// TLS for an endpoint the user typed (the GUI's saved endpoints): the files, and whether to check the daemon.
struct TlsFiles {
    bool verify = true;
    std::string caFile;
    std::string certFile;
    std::string keyFile;
};

/// What the user asked for explicitly (command-line options). Empty means "not given".
struct EndpointRequest {
    std::string host;    ///< --host URL
    std::string context; ///< --context NAME
    /// With `host` (tcp://): TLS with these files, instead of DOCKER_TLS_VERIFY / DOCKER_CERT_PATH.
    std::optional<TlsFiles> tls = std::nullopt;
};

/// A docker context found under <configDir>/contexts/meta.
struct ContextInfo {
    std::string name;
    std::string host;        ///< Endpoints.docker.Host
    std::string description; ///< Metadata.Description
    bool current = false;    ///< DOCKER_CONTEXT, else config.json's currentContext
};


using Environment = std::map<std::string, std::string>;

/// The contexts of the docker CLI's configuration, by name, "default" first (DOCKER_HOST or the default socket).
std::vector<ContextInfo> listContexts(const Environment& env, const std::string& homeDir);

inline constexpr const char* kDefaultDockerHost = "unix:///var/run/docker.sock";

/// Resolves the endpoint with the docker CLI's precedence:
/// --host / --context (both at once is an error), then DOCKER_HOST, then DOCKER_CONTEXT, then
/// `currentContext` in <configDir>/config.json, then the default socket. The "default" context means
/// DOCKER_HOST or the default socket. TLS for the default context comes from DOCKER_TLS_VERIFY /
/// DOCKER_TLS and DOCKER_CERT_PATH (default <configDir>); for a named context from its meta.json
/// (SkipTLSVerify) and <configDir>/contexts/tls/<sha256(name)>/docker/{ca,cert,key}.pem.
/// <configDir> is DOCKER_CONFIG when set, else <homeDir>/.docker. Pure: reads only files under it.
Expected<Endpoint> resolveEndpoint(const EndpointRequest& request, const Environment& env,
                                   const std::string& homeDir);

/// Parses a host URL (unix://, tcp://, http://, https://; ssh:// gives Unsupported). TLS fields empty.
Expected<Endpoint> parseHostUrl(const std::string& url);

/// Directory name of a context under contexts/meta and contexts/tls: lowercase hex SHA-256 of the name.
std::string contextDirName(const std::string& contextName);

/// The process environment and $HOME, for callers outside tests.
Environment processEnvironment();
std::string processHomeDir();

} // namespace dw::engine
