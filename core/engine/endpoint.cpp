#include "engine/endpoint.h"

#include <algorithm>

#include "util/file_io.h"
#include "util/sha256.h"

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>

extern char** environ;

namespace dw::engine {
namespace {

namespace fs = std::filesystem;

EngineError endpointError(ErrorId id, const std::string& endpoint, const std::string& message) {
    return EngineError{id, endpoint, message, 0};
}

std::string envValue(const Environment& env, const char* name) {
    auto it = env.find(name);
    return it == env.end() ? std::string() : it->second;
}

std::string configDir(const Environment& env, const std::string& homeDir) {
    std::string dir = envValue(env, "DOCKER_CONFIG");
    return dir.empty() ? (fs::path(homeDir) / ".docker").string() : dir;
}

std::string existingFile(const fs::path& path) {
    std::error_code ec;
    return fs::is_regular_file(path, ec) ? path.string() : std::string();
}

/// Reads and parses a JSON file; nullopt-like `discarded` when missing or malformed.
nlohmann::json readJsonFile(const fs::path& path, bool* exists) {
    auto text = fileio::readFile(path.string(), fileio::kMaxSideFileBytes);
    *exists = text.error != fileio::ReadError::NotFound;
    if (!text.content) return nlohmann::json::value_t::discarded;
    return nlohmann::json::parse(*text.content, nullptr, false);
}

void attachTlsFiles(Endpoint& endpoint, const fs::path& dir) {
    endpoint.caFile = existingFile(dir / "ca.pem");
    endpoint.certFile = existingFile(dir / "cert.pem");
    endpoint.keyFile = existingFile(dir / "key.pem");
}

/// The "default" context: DOCKER_HOST or the default socket, TLS from the environment.
Expected<Endpoint> defaultContextEndpoint(const std::string& host, const Environment& env,
                                          const std::string& configDirectory) {
    Expected<Endpoint> parsed = parseHostUrl(host.empty() ? kDefaultDockerHost : host);
    if (!parsed) return parsed;
    Endpoint& endpoint = parsed.value();
    endpoint.context = "default";
    bool verify = !envValue(env, "DOCKER_TLS_VERIFY").empty();
    bool tls = verify || !envValue(env, "DOCKER_TLS").empty() || endpoint.tls;
    if (endpoint.transport == Transport::Tcp && tls) {
        endpoint.tls = true;
        endpoint.verifyPeer = verify;
        std::string certPath = envValue(env, "DOCKER_CERT_PATH");
        attachTlsFiles(endpoint, certPath.empty() ? fs::path(configDirectory) : fs::path(certPath));
    }
    return parsed;
}

Expected<Endpoint> namedContextEndpoint(const std::string& name, const std::string& configDirectory) {
    const std::string what = "context \"" + name + "\"";
    const fs::path contexts = fs::path(configDirectory) / "contexts";
    const std::string dirName = contextDirName(name);
    const fs::path metaFile = contexts / "meta" / dirName / "meta.json";
    bool exists = false;
    nlohmann::json meta = readJsonFile(metaFile, &exists);
    if (!exists)
        return endpointError(ErrorId::InvalidEndpoint, what,
                             what + " does not exist (no " + metaFile.string() + ")");
    const nlohmann::json* docker = nullptr;
    if (meta.is_object() && meta.contains("Endpoints") && meta["Endpoints"].is_object() &&
        meta["Endpoints"].contains("docker") && meta["Endpoints"]["docker"].is_object())
        docker = &meta["Endpoints"]["docker"];
    if (!docker || !docker->contains("Host") || !(*docker)["Host"].is_string())
        return endpointError(ErrorId::InvalidEndpoint, what,
                             what + " has no docker endpoint host in " + metaFile.string());
    Expected<Endpoint> parsed = parseHostUrl((*docker)["Host"].get<std::string>());
    if (!parsed) return parsed;
    Endpoint& endpoint = parsed.value();
    endpoint.context = name;
    bool skipVerify = docker->contains("SkipTLSVerify") && (*docker)["SkipTLSVerify"].is_boolean() &&
                      (*docker)["SkipTLSVerify"].get<bool>();
    if (endpoint.transport == Transport::Tcp) {
        attachTlsFiles(endpoint, contexts / "tls" / dirName / "docker");
        bool hasTlsData = !endpoint.caFile.empty() || !endpoint.certFile.empty() || !endpoint.keyFile.empty();
        endpoint.tls = endpoint.tls || hasTlsData || skipVerify;
        endpoint.verifyPeer = !skipVerify;
    }
    return parsed;
}

std::string currentContextFromConfig(const std::string& configDirectory) {
    bool exists = false;
    nlohmann::json config = readJsonFile(fs::path(configDirectory) / "config.json", &exists);
    if (config.is_object() && config.contains("currentContext") && config["currentContext"].is_string())
        return config["currentContext"].get<std::string>();
    return {};
}

} // namespace

const char* errorIdName(ErrorId id) {
    switch (id) {
    case ErrorId::Unreachable: return "unreachable";
    case ErrorId::PermissionDenied: return "permission-denied";
    case ErrorId::Timeout: return "timeout";
    case ErrorId::Tls: return "tls";
    case ErrorId::HttpStatus: return "http-status";
    case ErrorId::BadResponse: return "bad-response";
    case ErrorId::TooLarge: return "too-large";
    case ErrorId::Cancelled: return "cancelled";
    case ErrorId::Unsupported: return "unsupported";
    case ErrorId::InvalidEndpoint: return "invalid-endpoint";
    }
    return "unknown";
}

Expected<Endpoint> parseHostUrl(const std::string& url) {
    const auto schemeEnd = url.find("://");
    if (schemeEnd == std::string::npos)
        return endpointError(ErrorId::InvalidEndpoint, url,
                             "invalid docker host \"" + url + "\": expected unix://PATH or tcp://HOST:PORT");
    const std::string scheme = url.substr(0, schemeEnd);
    const std::string rest = url.substr(schemeEnd + 3);
    Endpoint endpoint;
    if (scheme == "unix") {
        if (rest.empty())
            return endpointError(ErrorId::InvalidEndpoint, url, "invalid docker host \"" + url + "\": no socket path");
        endpoint.transport = Transport::Unix;
        endpoint.socketPath = rest;
        endpoint.url = url;
        return endpoint;
    }
    if (scheme == "tcp" || scheme == "http" || scheme == "https") {
        std::string hostPort = rest.substr(0, rest.find('/'));
        if (hostPort.empty() || hostPort.front() == ':')
            return endpointError(ErrorId::InvalidEndpoint, url, "invalid docker host \"" + url + "\": no host name");
        endpoint.tls = scheme == "https";
        const bool bracketed = hostPort.front() == '[';
        const auto colon = hostPort.rfind(':');
        const bool hasPort = colon != std::string::npos && (!bracketed || colon > hostPort.find(']'));
        if (!hasPort) hostPort += endpoint.tls ? ":2376" : ":2375";
        endpoint.transport = Transport::Tcp;
        endpoint.hostPort = hostPort;
        endpoint.url = "tcp://" + hostPort;
        return endpoint;
    }
    if (scheme == "ssh")
        return endpointError(ErrorId::Unsupported, url,
                             "cannot connect to " + url + ": ssh:// endpoints are not supported yet");
    return endpointError(ErrorId::Unsupported, url,
                         "cannot connect to " + url + ": the \"" + scheme + "\" scheme is not supported");
}

std::string contextDirName(const std::string& contextName) {
    return util::Sha256::hexOf(contextName);
}

Expected<Endpoint> resolveEndpoint(const EndpointRequest& request, const Environment& env,
                                   const std::string& homeDir) {
    const std::string configDirectory = configDir(env, homeDir);
    if (!request.host.empty() && !request.context.empty())
        return endpointError(ErrorId::InvalidEndpoint, request.host,
                             "conflicting options: give either --host or --context, not both");
    if (!request.host.empty()) {
        Expected<Endpoint> endpoint = defaultContextEndpoint(request.host, env, configDirectory);
        if (endpoint && request.tls && endpoint.value().transport == Transport::Tcp) {
            Endpoint& typed = endpoint.value();
            typed.tls = true;
            typed.verifyPeer = request.tls->verify;
            typed.caFile = request.tls->caFile;
            typed.certFile = request.tls->certFile;
            typed.keyFile = request.tls->keyFile;
        }
        return endpoint;
    }

    std::string contextName = request.context;
    if (contextName.empty() && !envValue(env, "DOCKER_HOST").empty())
        return defaultContextEndpoint(envValue(env, "DOCKER_HOST"), env, configDirectory);
    if (contextName.empty()) contextName = envValue(env, "DOCKER_CONTEXT");
    if (contextName.empty()) contextName = currentContextFromConfig(configDirectory);
    if (contextName.empty() || contextName == "default")
        return defaultContextEndpoint(envValue(env, "DOCKER_HOST"), env, configDirectory);
    return namedContextEndpoint(contextName, configDirectory);
}

std::vector<ContextInfo> listContexts(const Environment& env, const std::string& homeDir) {
    const std::string configDirectory = configDir(env, homeDir);
    std::string current = envValue(env, "DOCKER_CONTEXT");
    if (current.empty()) current = currentContextFromConfig(configDirectory);
    if (current.empty()) current = "default";
    std::vector<ContextInfo> contexts;
    const std::string dockerHost = envValue(env, "DOCKER_HOST");
    contexts.push_back({"default", dockerHost.empty() ? kDefaultDockerHost : dockerHost, "DOCKER_HOST or the default socket",
                        current == "default"});
    std::error_code error;
    const fs::path meta = fs::path(configDirectory) / "contexts" / "meta";
    std::vector<ContextInfo> named;
    for (fs::directory_iterator it(meta, error), end; !error && it != end; it.increment(error)) {
        bool exists = false;
        const nlohmann::json doc = readJsonFile(it->path() / "meta.json", &exists);
        if (!exists || !doc.is_object() || !doc.contains("Name") || !doc["Name"].is_string()) continue;
        ContextInfo info;
        info.name = doc["Name"].get<std::string>();
        if (info.name == "default") continue;
        if (doc.contains("Endpoints") && doc["Endpoints"].is_object() && doc["Endpoints"].contains("docker") &&
            doc["Endpoints"]["docker"].is_object() && doc["Endpoints"]["docker"].contains("Host") &&
            doc["Endpoints"]["docker"]["Host"].is_string())
            info.host = doc["Endpoints"]["docker"]["Host"].get<std::string>();
        if (doc.contains("Metadata") && doc["Metadata"].is_object() && doc["Metadata"].contains("Description") &&
            doc["Metadata"]["Description"].is_string())
            info.description = doc["Metadata"]["Description"].get<std::string>();
        info.current = info.name == current;
        named.push_back(std::move(info));
    }
    std::sort(named.begin(), named.end(), [](const ContextInfo& a, const ContextInfo& b) { return a.name < b.name; });
    contexts.insert(contexts.end(), named.begin(), named.end());
    return contexts;
}

Environment processEnvironment() {
    Environment env;
    for (char** entry = environ; entry && *entry; ++entry) {
        std::string text(*entry);
        const auto equals = text.find('=');
        if (equals != std::string::npos) env[text.substr(0, equals)] = text.substr(equals + 1);
    }
    return env;
}

std::string processHomeDir() {
    const char* home = std::getenv("HOME");
    return home ? home : "";
}

} // namespace dw::engine
