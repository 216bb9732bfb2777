// documentPdf() through the PDF module (report/pdf/pdf_module.h), loaded once, on first use, from beside the
// program: <program dir>/../lib (the build tree and an installed tree alike), then the program's own folder.
#include "report/pdf/pdf_module.h"

#include <dlfcn.h>

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace dw::report {
namespace {

struct LoadedModule {
    const pdf::ModuleApi* api = nullptr;
    std::string problem;
};

std::vector<std::filesystem::path> moduleCandidates()
{
    namespace fs = std::filesystem;
    std::vector<fs::path> candidates;
    if (const char* fromEnvironment = std::getenv("DOCKWARDEN_PDF_MODULE"); fromEnvironment && *fromEnvironment)
        candidates.emplace_back(fromEnvironment);
    std::error_code ec;
    const fs::path program = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        candidates.push_back(program.parent_path().parent_path() / "lib" / pdf::kModuleFile);
        candidates.push_back(program.parent_path() / pdf::kModuleFile);
    }
#ifdef DW_PDF_MODULE_BUILT_AT
    candidates.emplace_back(DW_PDF_MODULE_BUILT_AT);
#endif
    return candidates;
}

LoadedModule loadModule()
{
    LoadedModule loaded;
    std::string tried;
    for (const auto& candidate : moduleCandidates()) {
        std::error_code ec;
        if (!std::filesystem::exists(candidate, ec)) {
            tried += (tried.empty() ? "" : ", ") + candidate.string();
            continue;
        }
        void* handle = dlopen(candidate.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (!handle) {
            const char* why = dlerror();
            loaded.problem = "cannot load the PDF writer " + candidate.string() + ": " + (why ? why : "unknown error");
            return loaded;
        }
        using Entry = const pdf::ModuleApi* (*)();
        auto entry = reinterpret_cast<Entry>(dlsym(handle, pdf::kModuleEntry));
        const pdf::ModuleApi* api = entry ? entry() : nullptr;
        if (!api || api->version != pdf::kModuleApiVersion || !api->documentPdf) {
            loaded.problem = "the PDF writer " + candidate.string() + " does not belong to this version of Dockwarden";
            return loaded; // the handle stays open: unloading a library that ran its initialisers is not worth the risk
        }
        loaded.api = api;
        return loaded;
    }
    loaded.problem = std::string("the PDF writer (") + pdf::kModuleFile + ") is not installed; looked for " + tried;
    return loaded;
}

} // namespace

std::string documentPdf(const blocks::Document& document, std::string& error, std::vector<std::string>& warnings,
                        const std::atomic<bool>* cancel)
{
    static const LoadedModule module = loadModule();
    if (!module.api) {
        error = module.problem;
        return {};
    }
    return module.api->documentPdf(document, error, warnings, cancel);
}

} // namespace dw::report
