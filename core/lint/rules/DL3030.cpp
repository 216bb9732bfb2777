#include "lint/support_rpm.h"

namespace dw::lint::rules {
namespace {

class DL3030 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3030",
            .severity = Severity::Warning,
            .family = RuleFamily::Hadolint,
            .practice = Practice::StaticAnalysis,
            .refs = {"hadolint:DL3030"},
            .title = {"yum install runs without `-y`, so it stops at a confirmation prompt",
                      "yum install 未加 `-y`，会停在确认提示处"},
            .explanation = {
                "yum asks for confirmation before it installs anything, and nobody can answer during a build: "
                "without a terminal the prompt is refused and the RUN fails. Pass `-y` (or `--assumeyes`) to "
                "`yum install`, `groupinstall` and `localinstall`.",
                "yum 在安装前会请求确认，而构建过程中无人能够回答：没有终端时提示会被拒绝，RUN 随之失败。"
                "请为 `yum install`、`groupinstall` 和 `localinstall` 加上 `-y`（或 `--assumeyes`）。"},
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
            if (!script.hasCommand("yum")) continue; // most RUNs run no yum
            for (const sh::Command& command : script.commands) {
                const auto yum = rpm::invocation(command, "yum");
                if (!yum || !rpm::verbIs(*yum, {"install", "groupinstall", "localinstall"}) ||
                    rpm::assumesYes(*yum))
                    continue;
                edits.push_back(support::insertEdit(packages::positionAfter(ctx, *run, *yum->verb), " -y"));
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

std::unique_ptr<Rule> make_DL3030() { return std::make_unique<DL3030>(); }

} // namespace dw::lint::rules
