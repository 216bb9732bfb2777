// Every rule and check Dockwarden has, across its three engines, in one shape: the answer to "what is DL3008?",
// "which checks does the image engine run?", and the source of docs/rules.md, docs/host-checks.md and
// docs/image-checks.md.
#pragma once

#include "findings/vocabulary.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dw::findings {

/// One rule of the Dockerfile engine or one check of the host or image engine.
struct RuleDescription {
    std::string_view id;     ///< "DL3008", "StageNameCasing", "DW1001", "DWH505", "DWI101"
    Engine engine = Engine::Dockerfile;
    /// Dockerfile: "hadolint", "dockwarden", "buildkit"; host: what is inspected ("container", "daemon",
    /// "image"); image: "content", "config", "efficiency", "os", "vulnerabilities".
    std::string_view family;
    Severity severity = Severity::Warning; ///< default severity
    Practice practice = Practice::StaticAnalysis;
    std::vector<std::string_view> refs;    ///< "hadolint:DL3008", "cis-docker:5.5", "dockle:CIS-DI-0001"
    LocalizedText title;                   ///< one line: what is wrong
    LocalizedText explanation;             ///< why it matters (Dockerfile rules: and how to change it)
    LocalizedText remedy;                  ///< what to change; empty for Dockerfile rules, whose findings carry
                                           ///< text-edit fixes and whose explanation says what to write instead
    std::vector<std::string_view> equivalents{}; ///< rules that report the same problem (findings/equivalence.h)
    bool experimental = false;             ///< BuildKit experimental check, off unless enabled
    bool checksOnbuild = false;            ///< Dockerfile rule that also checks the instructions inside ONBUILD
};

/// Every rule and check: Dockerfile rules in registry order, then host checks (containers, daemon, images),
/// then image checks, each ordered by id.
const std::vector<RuleDescription>& catalogue();

/// The rule or check with this id, or null.
const RuleDescription* findRule(std::string_view id);

/// The rules and checks of one engine, in catalogue order.
std::vector<const RuleDescription*> rulesOf(Engine engine);

/// The Markdown document of one engine's rules (docs/rules.md, docs/host-checks.md, docs/image-checks.md):
/// a preamble, then one section per id with its severity, family, practice and references, and its texts in
/// English and Simplified Chinese.
std::string catalogueMarkdown(Engine engine);

/// The docs/ file that catalogueMarkdown(engine) writes: "rules.md", "host-checks.md", "image-checks.md".
std::string_view catalogueDocumentName(Engine engine);

} // namespace dw::findings
