// A shared library opened with dlopen when a program first needs it, instead of linked: every linked library is
// mapped and relocated at each start, and most runs of the CLI (a lint) need neither libcurl, libarchive,
// libcrypto nor ICU. The library stays loaded for the life of the process.
#pragma once

#include <string>

namespace dw::util {

class SharedLibrary {
  public:
    /// Opens the file named by the environment variable `override` when it is set and not empty, else `soname`.
    /// `name` ("libarchive") and `purpose` ("to read image archives") make up the problem() message.
    SharedLibrary(const char* override, const char* soname, const char* name, const char* purpose);

    /// Sets `function` to the library's symbol `symbol`; a missing one becomes the problem() (the first only).
    template <typename Function> void resolve(const char* symbol, Function& function)
    {
        function = reinterpret_cast<Function>(lookUp(symbol));
    }

    /// Why the library or one of the resolved symbols is missing, naming the file; empty when all is there.
    const std::string& problem() const { return problem_; }

  private:
    void* lookUp(const char* symbol);

    void* handle_ = nullptr;
    std::string file_;
    std::string name_;
    std::string problem_;
};

} // namespace dw::util
