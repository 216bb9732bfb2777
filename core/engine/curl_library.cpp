#include "engine/curl_library.h"

#include "util/shared_library.h"

namespace dw::engine {
namespace {

CurlLibrary load()
{
    CurlLibrary library;
    util::SharedLibrary curl("DOCKWARDEN_LIBCURL", "libcurl.so.4", "libcurl", "to talk to a Docker daemon");
    CURLcode (*globalInit)(long) = nullptr;
    curl.resolve("curl_global_init", globalInit);
    curl.resolve("curl_easy_init", library.easyInit);
    curl.resolve("curl_easy_cleanup", library.easyCleanup);
    curl.resolve("curl_easy_reset", library.easyReset);
    curl.resolve("curl_easy_setopt", library.easySetopt);
    curl.resolve("curl_easy_perform", library.easyPerform);
    curl.resolve("curl_easy_getinfo", library.easyGetinfo);
    curl.resolve("curl_easy_strerror", library.easyStrerror);
    library.problem = curl.problem();
    if (!library.problem.empty()) return library;
    if (const CURLcode code = globalInit(CURL_GLOBAL_DEFAULT); code != CURLE_OK)
        library.problem = std::string("libcurl failed to initialise: ") + library.easyStrerror(code);
    return library;
}

} // namespace

const CurlLibrary& curlLibrary()
{
    static const CurlLibrary library = load();
    return library;
}

} // namespace dw::engine
