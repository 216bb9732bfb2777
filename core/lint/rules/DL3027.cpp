#include "lint/support_packages.h"

#include <algorithm>
#include <array>

namespace dw::lint::rules {
namespace {

// apt subcommands that apt-get runs the same way; `apt list`, `search`, `show` ... belong to apt-cache.
constexpr std::array<std::string_view, 9> kAptGetSubcommands = {
    "install", "update", "upgrade", "remove", "purge", "autoremove", "dist-upgrade", "clean", "autoclean"};

class DL3027 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3027",
            .severity = Severity::Warning,
            .family = RuleFamily::Hadolint,
            .practice = Practice::StaticAnalysis,
            .refs = {"hadolint:DL3027"},
            .title = {"RUN uses `apt`, the interactive front end; use apt-get or apt-cache in scripts",
                      "RUN 使用了面向交互的 `apt`；脚本中请使用 apt-get 或 apt-cache"},
            .explanation = {
                "`apt` is made for people at a terminal: its output and behaviour may change between releases "
                "and it warns that its command line is not stable for scripts. `apt-get` and `apt-cache` keep a "
                "stable interface and are meant for automation. Replace `apt install`, `apt update` and the like "
                "with `apt-get`, and `apt search`/`apt show` with `apt-cache`.",
                "`apt` 是为终端前的用户设计的：输出和行为可能随版本变化，它自己也会提示其命令行接口在脚本中并不稳定。"
                "`apt-get` 和 `apt-cache` 保持稳定的接口，专为自动化使用。请把 `apt install`、`apt update` 等换成 "
                "`apt-get`，把 `apt search`/`apt show` 换成 `apt-cache`。"},
            .checksOnbuild = true,
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::Instruction* run : ctx.instructions()) {
            if (run->keyword != df::Keyword::Run) continue;
            const std::vector<const sh::Command*> apts = ctx.shell(*run).commandsNamed("apt");
            if (apts.empty()) continue;
            Finding f = finding(run->range);
            std::vector<TextEdit> edits;
            for (const sh::Command* apt : apts) {
                const sh::Word* sub = packages::firstOperand(*apt, packages::aptOptions());
                if (!sub || std::find(kAptGetSubcommands.begin(), kAptGetSubcommands.end(), sub->text) ==
                                kAptGetSubcommands.end()) {
                    edits.clear();
                    break;
                }
                const sh::Word& name = apt->words.front();
                std::string replacement = name.raw();
                if (!support::endsWith(replacement, "apt")) { // quoted or escaped: leave it to the author
                    edits.clear();
                    break;
                }
                replacement += "-get";
                edits.push_back(support::replaceEdit(packages::wordRange(ctx, *run, name), replacement));
            }
            if (!edits.empty())
                f.fixes.push_back(support::makeFix("Use apt-get instead of apt", "改用 apt-get", std::move(edits)));
            out.push_back(std::move(f));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3027() { return std::make_unique<DL3027>(); }

} // namespace dw::lint::rules
