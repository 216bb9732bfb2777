// The PDF writer lives in its own module (libdockwarden_pdf.so), loaded the first time a PDF is asked for: Pango,
// cairo and the thirty libraries they bring (fontconfig, harfbuzz, glib, X11 ...) would otherwise be mapped and
// relocated at the start of every run of the command line, which mostly lints.
#pragma once

#include "report/report_blocks.h"

namespace dw::report::pdf {

/// What the module hands the loader; the loader refuses a module whose version differs from its own.
struct ModuleApi {
    int version;
    std::string (*documentPdf)(const blocks::Document& document, std::string& error,
                               std::vector<std::string>& warnings, const std::atomic<bool>* cancel);
};
inline constexpr int kModuleApiVersion = 1;
inline constexpr const char* kModuleEntry = "dockwarden_pdf_module";
inline constexpr const char* kModuleFile = "libdockwarden_pdf.so";

} // namespace dw::report::pdf
