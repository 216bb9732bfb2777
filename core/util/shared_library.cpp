#include "util/shared_library.h"

#include <dlfcn.h>

#include <cstdlib>

namespace dw::util {

SharedLibrary::SharedLibrary(const char* override, const char* soname, const char* name, const char* purpose)
    : name_(name)
{
    const char* chosen = override ? std::getenv(override) : nullptr;
    file_ = chosen && *chosen ? chosen : soname;
    handle_ = dlopen(file_.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle_) {
        const char* why = dlerror();
        problem_ = "cannot load " + name_ + " (" + file_ + "), which Dockwarden needs " + purpose + ": " +
                   (why ? why : "unknown error");
    }
}

void* SharedLibrary::lookUp(const char* symbol)
{
    if (!handle_) return nullptr;
    void* address = dlsym(handle_, symbol);
    if (!address && problem_.empty()) problem_ = name_ + " has no " + symbol + " (" + file_ + ")";
    return address;
}

} // namespace dw::util
