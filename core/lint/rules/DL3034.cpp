#include "lint/support_rpm.h"

namespace dw::lint::rules {
namespace {

class DL3034 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3034",
            .severity = Severity::Warning,
            .family = RuleFamily::Hadolint,
            .practice = Practice::StaticAnalysis,
            .refs = {"hadolint:DL3034"},
            .title = {"zypper runs interactively: add `-n` (`--non-interactive`)",
                      "zypper 以交互方式运行：请加上 `-n`（`--non-interactive`）"},
            .explanation = {
                "zypper install, remove, source-install and patch stop to ask for confirmation, which a build "
                "cannot give. Make zypper non-interactive with the global option `-n` (`zypper -n install ...`) "
                "or the command option `-y` / `--no-confirm`.",
                "zypper 的 install、remove、source-install 和 patch 会停下来请求确认，而构建无法给出确认。请使用全局选项 "
                "`-n` 让 zypper 以非交互方式运行（`zypper -n install ...`），或使用命令选项 `-y` / `--no-confirm`。"},
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
            if (!script.hasCommand("zypper")) continue; // most RUNs run no zypper
            for (const sh::Command& command : script.commands) {
                const auto zypper = rpm::invocation(command, "zypper");
                if (!zypper ||
                    !rpm::verbIs(*zypper, {"install", "in", "remove", "rm", "source-install", "si", "patch"}))
                    continue;
                if (zypper->args.hasAny({"n", "non-interactive", "y", "no-confirm"})) continue;
                // `-n` is a global option: it goes before the command (`install -n` would mean `--name`).
                edits.push_back(
                    support::insertEdit(packages::positionAfter(ctx, *run, command.words.front()), " -n"));
            }
            if (edits.empty()) continue;
            Finding f = finding(run->range);
            // An exec-form array has no source position per word, so only shell form gets the edit.
            if (!run->jsonForm)
                f.fixes.push_back(
                    support::makeFix("Add -n (non-interactive)", "添加 -n（非交互）", std::move(edits)));
            out.push_back(std::move(f));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3034() { return std::make_unique<DL3034>(); }

} // namespace dw::lint::rules
