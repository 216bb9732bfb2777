#include "engine/client_transfer.h"

#include "engine/curl_library.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>

namespace dw::engine {
namespace {

using Clock = std::chrono::steady_clock;

/// What the callbacks of one transfer share.
struct TransferState {
    const ClientOptions* options = nullptr;
    const CurlLibrary* library = nullptr;
    CURL* curl = nullptr;
    Response response;
    const LineHandler* onLine = nullptr;
    const ByteHandler* onBytes = nullptr;
    std::string pendingLine;
    bool streamingBody = false; ///< decided on the first body byte: status < 400 and a handler
    bool bodyStarted = false;
    bool tooLarge = false;
    bool idleTimedOut = false;
    bool stoppedByHandler = false;
    curl_off_t lastBytes = -1;
    Clock::time_point lastActivity = Clock::now();
};

bool appendCapped(std::string& target, const char* data, std::size_t size, TransferState& state) {
    if (target.size() + size > state.options->maxResponseBytes) {
        state.tooLarge = true;
        return false;
    }
    target.append(data, size);
    return true;
}

/// Hands every complete line to the handler; false when the handler or the cap ends the transfer.
bool deliverLines(TransferState& state) {
    std::size_t start = 0;
    for (std::size_t newline; (newline = state.pendingLine.find('\n', start)) != std::string::npos;
         start = newline + 1) {
        std::string_view line(state.pendingLine.data() + start, newline - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (!line.empty() && !(*state.onLine)(line)) {
            state.stoppedByHandler = true;
            return false;
        }
    }
    state.pendingLine.erase(0, start);
    return true;
}

std::size_t onBody(char* data, std::size_t size, std::size_t count, void* user) {
    auto& state = *static_cast<TransferState*>(user);
    const std::size_t bytes = size * count;
    if (!state.bodyStarted) {
        state.bodyStarted = true;
        long status = 0;
        state.library->easyGetinfo(state.curl, CURLINFO_RESPONSE_CODE, &status);
        state.streamingBody = (state.onLine || state.onBytes) && status < 400;
    }
    if (!state.streamingBody) return appendCapped(state.response.body, data, bytes, state) ? bytes : 0;
    if (state.onBytes) {
        if ((*state.onBytes)(std::string_view(data, bytes))) return bytes;
        state.stoppedByHandler = true;
        return 0;
    }
    if (!appendCapped(state.pendingLine, data, bytes, state)) return 0;
    return deliverLines(state) ? bytes : 0;
}

std::size_t onHeader(char* data, std::size_t size, std::size_t count, void* user) {
    auto& state = *static_cast<TransferState*>(user);
    std::string line(data, size * count);
    if (line.rfind("HTTP/", 0) == 0) state.response.headers.clear(); // a new response (e.g. after 100)
    const auto colon = line.find(':');
    if (colon != std::string::npos) {
        std::string name = line.substr(0, colon);
        std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
        std::string value = line.substr(colon + 1);
        const auto first = value.find_first_not_of(" \t");
        const auto last = value.find_last_not_of(" \t\r\n");
        value = first == std::string::npos ? std::string() : value.substr(first, last - first + 1);
        state.response.headers[name] = value;
    }
    return size * count;
}

int onProgress(void* user, curl_off_t, curl_off_t downloaded, curl_off_t, curl_off_t) {
    auto& state = *static_cast<TransferState*>(user);
    if (state.options->cancel && state.options->cancel->load()) return 1;
    const auto now = Clock::now();
    if (downloaded != state.lastBytes) {
        state.lastBytes = downloaded;
        state.lastActivity = now;
    } else if (!state.onLine && state.options->idleTimeout.count() > 0 &&
               now - state.lastActivity > state.options->idleTimeout) {
        state.idleTimedOut = true;
        return 1;
    }
    return 0;
}

std::string methodName(Method method) { return method == Method::Head ? "HEAD" : "GET"; }

std::string connectFailure(const Endpoint& endpoint, long osErrno, ErrorId* id) {
    *id = ErrorId::Unreachable;
    if (osErrno == EACCES || osErrno == EPERM) {
        *id = ErrorId::PermissionDenied;
        return "permission denied (is this user allowed to use the Docker socket, e.g. in the docker group?)";
    }
    if (osErrno == ENOENT) return "no such file (is the Docker daemon running?)";
    if (osErrno == ECONNREFUSED) return "connection refused (is the Docker daemon running?)";
    if (osErrno != 0) return std::strerror(static_cast<int>(osErrno));
    return endpoint.transport == Transport::Unix ? "cannot open the socket" : "cannot connect";
}

EngineError transferError(CURLcode code, const TransferState& state, const Endpoint& endpoint,
                          Method method, const std::string& path, const char* curlDetail) {
    EngineError error{ErrorId::BadResponse, endpoint.url, {}, 0};
    const std::string request = methodName(method) + " " + path + " on " + endpoint.url + ": ";
    const std::string detail = curlDetail[0] ? curlDetail : state.library->easyStrerror(code);
    long osErrno = 0;
    state.library->easyGetinfo(state.curl, CURLINFO_OS_ERRNO, &osErrno);
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
        error.id = ErrorId::Unreachable;
        error.message = "cannot connect to " + endpoint.url + ": cannot resolve the host name (" + detail + ")";
        break;
    case CURLE_COULDNT_CONNECT:
        error.message = "cannot connect to " + endpoint.url + ": " + connectFailure(endpoint, osErrno, &error.id);
        break;
    case CURLE_OPERATION_TIMEDOUT:
        error.id = ErrorId::Timeout;
        error.message = request + "timed out (" + detail + ")";
        break;
    case CURLE_ABORTED_BY_CALLBACK:
        error.id = state.idleTimedOut ? ErrorId::Timeout : ErrorId::Cancelled;
        error.message = request + (state.idleTimedOut ? "timed out: no data for " +
                                                            std::to_string(state.options->idleTimeout.count()) + " ms"
                                                      : std::string("cancelled"));
        break;
    case CURLE_FILESIZE_EXCEEDED:
        error.id = ErrorId::TooLarge;
        error.message = request + "response larger than the limit of " +
                        std::to_string(state.options->maxResponseBytes) + " bytes";
        break;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
        error.id = ErrorId::Tls;
        error.message = request + "TLS failure: " + detail;
        break;
    case CURLE_UNSUPPORTED_PROTOCOL:
        error.id = ErrorId::Unsupported;
        error.message = request + detail;
        break;
    case CURLE_PARTIAL_FILE:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
        // With TLS 1.3 a server that rejects our client certificate says so after the handshake, as an alert
        // that curl reports as a receive error.
        if (endpoint.tls && detail.find("alert") != std::string::npos) {
            error.id = ErrorId::Tls;
            error.message = request + "TLS failure: " + detail +
                            (detail.find("certificate") != std::string::npos
                                 ? " (is the client certificate missing or not signed by the daemon's CA?)"
                                 : "");
            break;
        }
        error.message = request + "the daemon closed the connection before the response was complete (" + detail + ")";
        break;
    default:
        if (state.tooLarge) {
            error.id = ErrorId::TooLarge;
            error.message = request + "response larger than the limit of " +
                            std::to_string(state.options->maxResponseBytes) + " bytes";
        } else {
            error.message = request + detail;
        }
    }
    return error;
}

void configureEndpoint(const CurlLibrary& library, CURL* curl, const Endpoint& endpoint) {
    if (endpoint.transport == Transport::Unix) {
        library.easySetopt(curl, CURLOPT_UNIX_SOCKET_PATH, endpoint.socketPath.c_str());
        return;
    }
    if (!endpoint.tls) return;
    library.easySetopt(curl, CURLOPT_SSL_VERIFYPEER, endpoint.verifyPeer ? 1L : 0L);
    library.easySetopt(curl, CURLOPT_SSL_VERIFYHOST, endpoint.verifyPeer ? 2L : 0L);
    if (!endpoint.caFile.empty()) library.easySetopt(curl, CURLOPT_CAINFO, endpoint.caFile.c_str());
    if (!endpoint.certFile.empty()) library.easySetopt(curl, CURLOPT_SSLCERT, endpoint.certFile.c_str());
    if (!endpoint.keyFile.empty()) library.easySetopt(curl, CURLOPT_SSLKEY, endpoint.keyFile.c_str());
}

std::string requestUrl(const Endpoint& endpoint, const std::string& path) {
    if (endpoint.transport == Transport::Unix) return "http://localhost" + path;
    return (endpoint.tls ? "https://" : "http://") + endpoint.hostPort + path;
}

} // namespace

Connection::Connection(const Endpoint& endpoint, const ClientOptions& options)
    : endpoint_(endpoint), options_(options) {
    const CurlLibrary& library = curlLibrary();
    handle_ = library.ok() ? library.easyInit() : nullptr;
}

Connection::~Connection() {
    if (handle_) curlLibrary().easyCleanup(static_cast<CURL*>(handle_));
}

Expected<Response> Connection::perform(Method method, const std::string& path, const LineHandler* onLine,
                                       const ByteHandler* onBytes) {
    CURL* curl = static_cast<CURL*>(handle_);
    if (options_.cancel && options_.cancel->load())
        return EngineError{ErrorId::Cancelled, endpoint_.url,
                           methodName(method) + " " + path + " on " + endpoint_.url + ": cancelled", 0};
    const CurlLibrary& library = curlLibrary();
    if (!curl) {
        const std::string why = library.ok() ? "libcurl could not create a transfer" : library.problem;
        return EngineError{ErrorId::Unsupported, endpoint_.url,
                           methodName(method) + " " + path + " on " + endpoint_.url + ": " + why, 0};
    }
    TransferState state;
    state.options = &options_;
    state.library = &library;
    state.curl = curl;
    state.onLine = onLine;
    state.onBytes = onBytes;
    char curlDetail[CURL_ERROR_SIZE] = {0};

    library.easyReset(curl); // keeps the open connections, clears the previous request's options
    configureEndpoint(library, curl, endpoint_);
    const std::string url = requestUrl(endpoint_, path);
    library.easySetopt(curl, CURLOPT_URL, url.c_str());
    library.easySetopt(curl, CURLOPT_ERRORBUFFER, curlDetail);
    library.easySetopt(curl, CURLOPT_NOSIGNAL, 1L);
    library.easySetopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    library.easySetopt(curl, CURLOPT_USERAGENT, "Dockwarden");
    if (method == Method::Head) library.easySetopt(curl, CURLOPT_NOBODY, 1L);
    else library.easySetopt(curl, CURLOPT_HTTPGET, 1L);
    library.easySetopt(curl, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(options_.connectTimeout.count()));
    if (!onLine && !onBytes) {
        library.easySetopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(options_.requestTimeout.count()));
        library.easySetopt(curl, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(options_.maxResponseBytes));
    }
    library.easySetopt(curl, CURLOPT_WRITEFUNCTION, onBody);
    library.easySetopt(curl, CURLOPT_WRITEDATA, &state);
    library.easySetopt(curl, CURLOPT_HEADERFUNCTION, onHeader);
    library.easySetopt(curl, CURLOPT_HEADERDATA, &state);
    library.easySetopt(curl, CURLOPT_NOPROGRESS, 0L);
    library.easySetopt(curl, CURLOPT_XFERINFOFUNCTION, onProgress);
    library.easySetopt(curl, CURLOPT_XFERINFODATA, &state);

    const CURLcode code = library.easyPerform(curl);
    if (code != CURLE_OK && !(code == CURLE_WRITE_ERROR && state.stoppedByHandler))
        return transferError(code, state, endpoint_, method, path, curlDetail);
    if (state.streamingBody && !state.pendingLine.empty() && !state.stoppedByHandler)
        (*onLine)(state.pendingLine);
    library.easyGetinfo(curl, CURLINFO_RESPONSE_CODE, &state.response.status);
    if (state.response.status >= 400) {
        return EngineError{ErrorId::HttpStatus, endpoint_.url,
                           methodName(method) + " " + path + " on " + endpoint_.url + ": HTTP " +
                               std::to_string(state.response.status) + ": " + daemonMessage(state.response.body),
                           state.response.status};
    }
    return std::move(state.response);
}

std::string daemonMessage(const std::string& body) {
    const nlohmann::json parsed = nlohmann::json::parse(body, nullptr, false);
    if (parsed.is_object() && parsed.contains("message") && parsed["message"].is_string())
        return parsed["message"].get<std::string>();
    std::string line = body.substr(0, body.find('\n'));
    if (line.size() > 200) line = line.substr(0, 200) + "...";
    return line.empty() ? "(no message)" : line;
}

} // namespace dw::engine
