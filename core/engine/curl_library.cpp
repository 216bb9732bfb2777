#include "engine/curl_library.h"

#include <dlfcn.h>

#include <cstdlib>

namespace dw::engine {
namespace {

template <typename Function>
bool resolve(void* handle, const char* name, Function& out, std::string& problem)
{
    out = reinterpret_cast<Function>(dlsym(handle, name));
    if (!out && problem.empty()) problem = std::string("libcurl has no ") + name;
    return out != nullptr;
}

CurlLibrary load()
{
    CurlLibrary library;
    const char* file = std::getenv("DOCKWARDEN_LIBCURL");
    if (!file || !*file) file = "libcurl.so.4"; // the soname every libcurl 7.x and 8.x build carries
    void* handle = dlopen(file, RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char* why = dlerror();
        library.problem = std::string("cannot load libcurl (") + file + "), which Dockwarden needs to talk to a "
                          "Docker daemon: " + (why ? why : "unknown error");
        return library;
    }
    CURLcode (*globalInit)(long) = nullptr;
    std::string& problem = library.problem;
    resolve(handle, "curl_global_init", globalInit, problem);
    resolve(handle, "curl_easy_init", library.easyInit, problem);
    resolve(handle, "curl_easy_cleanup", library.easyCleanup, problem);
    resolve(handle, "curl_easy_reset", library.easyReset, problem);
    resolve(handle, "curl_easy_setopt", library.easySetopt, problem);
    resolve(handle, "curl_easy_perform", library.easyPerform, problem);
    resolve(handle, "curl_easy_getinfo", library.easyGetinfo, problem);
    resolve(handle, "curl_easy_strerror", library.easyStrerror, problem);
    if (!problem.empty()) {
        problem += " (" + std::string(file) + ")";
        return library; // the handle stays open: unloading a library that ran its initialisers is not worth the risk
    }
    if (const CURLcode code = globalInit(CURL_GLOBAL_DEFAULT); code != CURLE_OK)
        problem = std::string("libcurl failed to initialise: ") + library.easyStrerror(code);
    return library;
}

} // namespace

const CurlLibrary& curlLibrary()
{
    static const CurlLibrary library = load();
    return library;
}

} // namespace dw::engine
