// libcurl, opened with dlopen when the first connection to a daemon is made instead of linked into every
// program. Linting, reports and Compose checks never talk to a daemon, and libcurl's own dependencies (TLS,
// Kerberos, LDAP, SSH: about 25 libraries) were half of the dynamic loader's work at each start.
#pragma once

#include <curl/curl.h>

#include <string>

namespace dw::engine {

struct CurlLibrary {
    CURL* (*easyInit)() = nullptr;
    void (*easyCleanup)(CURL*) = nullptr;
    void (*easyReset)(CURL*) = nullptr;
    CURLcode (*easySetopt)(CURL*, CURLoption, ...) = nullptr;
    CURLcode (*easyPerform)(CURL*) = nullptr;
    CURLcode (*easyGetinfo)(CURL*, CURLINFO, ...) = nullptr;
    const char* (*easyStrerror)(CURLcode) = nullptr;
    std::string problem; ///< why libcurl could not be used; empty when every function above is set

    bool ok() const { return problem.empty(); }
};

/// libcurl (`DOCKWARDEN_LIBCURL` names another file), loaded and initialised once, on the first call; thread-safe.
const CurlLibrary& curlLibrary();

} // namespace dw::engine
