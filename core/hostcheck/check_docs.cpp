#include "hostcheck/check_docs.h"

#include "hostcheck/registry.h"
#include "lint/finding.h"

namespace dw::hostcheck {
namespace {

template <typename List> bool listed(const List& checks, const CheckInfo& info)
{
    for (const auto& check : checks)
        if (&check->info() == &info) return true;
    return false;
}

} // namespace

std::string_view checkTarget(const CheckInfo& info)
{
    if (listed(containerChecks(), info)) return "container";
    if (listed(daemonChecks(), info)) return "daemon";
    if (listed(imageChecks(), info)) return "image";
    return "unknown";
}

std::string hostChecksMarkdown()
{
    std::string out =
        "# Dockwarden host checks\n\n"
        "Generated from the check registry (core/hostcheck/check_docs.cpp); a test keeps it in step with the code.\n"
        "`dockwarden-cli host` runs these checks on a Docker host. Ids DWH5nn follow CIS Docker Benchmark 5.nn\n"
        "(containers; DWH501, swarm mode, is about the daemon), DWH2nn CIS 2.nn (daemon), DWH4nn CIS 4.nn and the\n"
        "image inventory. Each section gives the default severity, what is inspected, the practice, the references\n"
        "in other catalogues, and the title, explanation and fix in English and Simplified Chinese.\n";
    for (const CheckInfo* info : allCheckInfos())
        out += checkSectionMarkdown(*info, checkTarget(*info));
    return out;
}

} // namespace dw::hostcheck
