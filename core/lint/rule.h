// The lint rule interface. Each rule lives in its own file under rules/ and is listed by the registry.
#pragma once

#include "lint/finding.h"
#include "lint/lint_context.h"

#include <string_view>
#include <vector>

namespace dw::lint {

enum class RuleFamily { Hadolint, Dockwarden, BuildKit };

using findings::Practice;
using findings::practiceId;

struct RuleInfo {
    std::string_view id;
    Severity severity = Severity::Warning;  ///< default severity
    RuleFamily family = RuleFamily::Hadolint;
    Practice practice = Practice::StaticAnalysis;
    std::vector<std::string_view> refs;     ///< "hadolint:DL3006", "cis-docker:4.1", "buildkit:StageNameCasing", "trivy:DS-0001", "dockle:CIS-DI-0001"
    LocalizedText title;                    ///< one line: what is wrong
    LocalizedText explanation;              ///< why it matters and how to fix it
    bool checksOnbuild = false;             ///< also run on the instructions inside ONBUILD (as hadolint does)
    bool experimental = false;              ///< BuildKit experimental check: off unless enabled by `# check=`
    bool instructionCheckComments = true;   ///< BuildKit: honours a `# check=` comment right above the instruction
};

class Rule {
public:
    virtual ~Rule() = default;
    virtual const RuleInfo& info() const = 0;
    /// Appends the rule's findings for ctx.instructions() to `out`.
    virtual void check(const LintContext& ctx, std::vector<Finding>& out) const = 0;

protected:
    /// A finding of this rule at `range` with the rule's title as message.
    Finding finding(const df::Range& range) const;
    Finding finding(const df::Range& range, LocalizedText message) const;
};

} // namespace dw::lint
