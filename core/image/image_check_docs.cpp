#include "image/image_check_docs.h"

#include "image/image_check.h"

namespace dw::image {

std::string imageChecksMarkdown()
{
    std::string out =
        "# Dockwarden image checks\n\n"
        "Generated from the check registry (core/image/image_check_docs.cpp); a test keeps it in step with the code.\n"
        "`dockwarden-cli image` runs these checks on an image read from the daemon, a `docker save` tarball or an OCI\n"
        "layout. Ids: DWI1nn files in the layers (keys, credentials, setuid, world-writable, .git, build tools),\n"
        "DWI2nn config and history (dockle's CIS-DI / DKL ids in the references), DWI3nn layer efficiency and wasted\n"
        "space (dive's figures), DWI4nn base OS end of life, DWI5nn vulnerabilities reported by trivy or grype.\n";
    for (const auto& check : imageAnalysisChecks()) out += findings::checkSectionMarkdown(check->info(), "image");
    return out;
}

} // namespace dw::image
