#include "lint/support_rpm.h"

namespace dw::lint::rules {
namespace {

class DL3038 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3038",
            .severity = Severity::Warning,
            .family = RuleFamily::Hadolint,
            .practice = Practice::StaticAnalysis,
            .refs = {"hadolint:DL3038"},
            .title = {"dnf install runs without `-y`, so it stops at a confirmation prompt",
                      "dnf install 未加 `-y`，会停在确认提示处"},
            .explanation = {
                "dnf and microdnf ask before installing, and a build has no one to say yes: the prompt is "
                "answered with no and the RUN fails. Pass `-y` (or `--assumeyes`) to `install`, `groupinstall` "
                "and `localinstall`.",
                "dnf 和 microdnf 在安装前会询问确认，而构建中无人能回答“是”：提示被当作否定，RUN 随之失败。"
                "请为 `install`、`groupinstall` 和 `localinstall` 加上 `-y`（或 `--assumeyes`）。"},
            .checksOnbuild = true,
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::Instruction* run : ctx.instructions()) {
            if (run->keyword != df::Keyword::Run) continue;
            std::vector<TextEdit> edits;
            const sh::Script& script = ctx.shell(*run);
            if (!rpm::runsDnf(script)) continue; // most RUNs run no dnf
            for (const sh::Command& command : script.commands) {
                const std::string_view name = command.name();
                if (!rpm::isDnf(name)) continue;
                const auto dnf = rpm::invocation(command, name);
                if (!dnf || !rpm::verbIs(*dnf, {"install", "in", "groupinstall", "localinstall"}) ||
                    rpm::assumesYes(*dnf))
                    continue;
                edits.push_back(support::insertEdit(packages::positionAfter(ctx, *run, *dnf->verb), " -y"));
            }
            if (edits.empty()) continue;
            Finding f = finding(run->range);
            // An exec-form array has no source position per word, so only shell form gets the edit.
            if (!run->jsonForm)
                f.fixes.push_back(support::makeFix("Add -y", "添加 -y", std::move(edits)));
            out.push_back(std::move(f));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3038() { return std::make_unique<DL3038>(); }

} // namespace dw::lint::rules
