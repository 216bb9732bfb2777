#include "findings/catalogue.h"

#include "findings/equivalence.h"
#include "findings/rule_id.h"
#include "hostcheck/registry.h"
#include "image/image_check.h"
#include "lint/registry.h"
#include "lint/rule_docs.h"
#include "runtime/source_checks.h"

#include <algorithm>
#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

namespace dw::findings {
namespace {

// DWI1nn files in the layers, DWI2nn config and history, DWI3nn layer efficiency, DWI4nn base OS, DWI5nn scanners.
std::string_view imageFamily(std::string_view id)
{
    const char group = id.size() > 3 ? id[3] : '0';
    switch (group) {
    case '1': return "content";
    case '2': return "config";
    case '3': return "efficiency";
    case '4': return "os";
    case '5': return "vulnerabilities";
    }
    return "content";
}

RuleDescription describe(const CheckInfo& info, Engine engine, std::string_view family)
{
    return {.id = info.id,
            .engine = engine,
            .family = family,
            .severity = info.severity,
            .practice = info.practice,
            .refs = info.refs,
            .title = info.title,
            .explanation = info.explanation,
            .remedy = info.remedy};
}

std::vector<RuleDescription> buildCatalogue()
{
    std::vector<RuleDescription> all;
    for (const auto& rule : lint::allRules()) {
        const lint::RuleInfo& info = rule->info();
        all.push_back({.id = info.id,
                       .engine = Engine::Dockerfile,
                       .family = lint::familyName(info.family),
                       .severity = info.severity,
                       .practice = info.practice,
                       .refs = info.refs,
                       .title = info.title,
                       .explanation = info.explanation,
                       .remedy = {},
                       .experimental = info.experimental,
                       .checksOnbuild = info.checksOnbuild});
    }
    for (const findings::CheckInfo& check : runtime::sourceChecks()) all.push_back(describe(check, Engine::Dockerfile, "compose"));
    for (const auto& check : hostcheck::containerChecks()) all.push_back(describe(check->info(), Engine::Host, "container"));
    for (const auto& check : hostcheck::daemonChecks()) all.push_back(describe(check->info(), Engine::Host, "daemon"));
    for (const auto& check : hostcheck::imageChecks()) all.push_back(describe(check->info(), Engine::Host, "image"));
    for (const auto& check : image::imageAnalysisChecks())
        all.push_back(describe(check->info(), Engine::Image, imageFamily(check->info().id)));
    for (RuleDescription& rule : all) rule.equivalents = equivalentsOf(rule.id);
    return all;
}

std::string joinedRefs(const RuleDescription& rule)
{
    std::string refs;
    for (std::string_view ref : rule.refs) refs += (refs.empty() ? "" : ", ") + std::string(ref);
    return refs;
}

std::string_view preamble(Engine engine)
{
    switch (engine) {
    case Engine::Dockerfile:
        return "# Dockwarden lint rules\n\n"
               "Generated from the rule catalogue (core/findings/catalogue.cpp) by `dockwarden-cli rules --engine\n"
               "dockerfile --format markdown`; a test keeps it in step with the code. Each section gives the rule's\n"
               "id, default severity, family (hadolint, BuildKit or Dockwarden's own), the practice it belongs to, its\n"
               "references in other catalogues, and its texts in English and Simplified Chinese. The `compose` family\n"
               "(DWCnnn) checks Compose files and `docker run` lines as texts (docs/runtime-sources.md).\n";
    case Engine::Host:
        return "# Dockwarden host checks\n\n"
               "Generated from the rule catalogue (core/findings/catalogue.cpp) by `dockwarden-cli rules --engine host\n"
               "--format markdown`; a test keeps it in step with the code. `dockwarden-cli host` runs these checks on\n"
               "a Docker host; the container checks also run on Compose files and `docker run` lines\n"
               "(docs/runtime-sources.md). Ids DWH5nn follow CIS Docker Benchmark 5.nn (containers; DWH501, swarm\n"
               "mode, is about the daemon), DWH2nn CIS 2.nn (daemon), DWH4nn CIS 4.nn and the image inventory. Each\n"
               "section gives the default severity, what is inspected, the practice, the references in other\n"
               "catalogues, and the title, explanation and remedy in English and Simplified Chinese.\n";
    case Engine::Image:
        return "# Dockwarden image checks\n\n"
               "Generated from the rule catalogue (core/findings/catalogue.cpp) by `dockwarden-cli rules --engine image\n"
               "--format markdown`; a test keeps it in step with the code. `dockwarden-cli image` runs these checks on\n"
               "an image read from the daemon, a `docker save` tarball or an OCI layout. Ids: DWI1nn files in the\n"
               "layers (keys, credentials, setuid, world-writable, .git, build tools), DWI2nn config and history\n"
               "(dockle's CIS-DI / DKL ids in the references), DWI3nn layer efficiency and wasted space (dive's\n"
               "figures), DWI4nn base OS end of life, DWI5nn vulnerabilities reported by trivy or grype.\n";
    }
    return "";
}

std::string sectionMarkdown(const RuleDescription& rule)
{
    std::string out = "\n## " + std::string(rule.id) + "\n\n";
    out += "- severity: " + std::string(severityName(rule.severity)) + "\n";
    out += "- family: " + std::string(rule.family) + (rule.experimental ? " (experimental)" : "") + "\n";
    out += "- practice: " + std::string(practiceId(rule.practice)) + "\n";
    out += "- references: " + joinedRefs(rule) + "\n";
    if (rule.checksOnbuild) out += "- also checks the instructions inside ONBUILD\n";
    if (!rule.equivalents.empty()) {
        std::string ids;
        for (std::string_view id : rule.equivalents) ids += (ids.empty() ? "" : ", ") + std::string(id);
        out += "- reports the same problem as: " + ids + "\n";
    }
    out += "\n**" + rule.title.en + "**\n\n" + rule.explanation.en + "\n";
    if (!rule.remedy.en.empty()) out += "\nRemedy: " + rule.remedy.en + "\n";
    out += "\n**" + rule.title.zh + "**\n\n" + rule.explanation.zh + "\n";
    if (!rule.remedy.zh.empty()) out += "\n修复：" + rule.remedy.zh + "\n";
    return out;
}

} // namespace

const std::vector<RuleDescription>& catalogue()
{
    static const std::vector<RuleDescription> all = buildCatalogue();
    return all;
}

const RuleDescription* findRule(std::string_view id)
{
    // Asked once or twice for every finding of a scan, and most ids have six bytes (DL3008, DW1017, DWI101): those
    // are compared as one 64-bit number each in a sorted list, without hashing; the longer ones (BuildKit's
    // names, CIS checks) go through the hash table.
    using ShortEntry = std::pair<std::uint64_t, const RuleDescription*>;
    static const auto shortIds = [] {
        std::vector<ShortEntry> index;
        for (const RuleDescription& rule : catalogue())
            if (rule.id.size() == kShortRuleIdLength) index.emplace_back(shortIdNumber(rule.id), &rule);
        std::stable_sort(index.begin(), index.end(),
                         [](const ShortEntry& a, const ShortEntry& b) { return a.first < b.first; });
        return index;
    }();
    if (id.size() == kShortRuleIdLength) {
        const std::uint64_t number = shortIdNumber(id);
        const auto it = std::lower_bound(shortIds.begin(), shortIds.end(), number,
                                         [](const ShortEntry& entry, std::uint64_t value) { return entry.first < value; });
        return it != shortIds.end() && it->first == number ? it->second : nullptr;
    }
    static const auto byId = [] {
        std::unordered_map<std::string_view, const RuleDescription*> index;
        for (const RuleDescription& rule : catalogue()) index.emplace(rule.id, &rule);
        return index;
    }();
    const auto it = byId.find(id);
    return it == byId.end() ? nullptr : it->second;
}

std::vector<const RuleDescription*> rulesOf(Engine engine)
{
    std::vector<const RuleDescription*> rules;
    for (const RuleDescription& rule : catalogue())
        if (rule.engine == engine) rules.push_back(&rule);
    return rules;
}

std::string catalogueMarkdown(Engine engine)
{
    std::string out(preamble(engine));
    for (const RuleDescription* rule : rulesOf(engine)) out += sectionMarkdown(*rule);
    return out;
}

std::string_view catalogueDocumentName(Engine engine)
{
    switch (engine) {
    case Engine::Dockerfile: return "rules.md";
    case Engine::Host: return "host-checks.md";
    case Engine::Image: return "image-checks.md";
    }
    return "rules.md";
}

} // namespace dw::findings
