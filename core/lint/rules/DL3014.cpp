#include "lint/rule_support.h"

#include <algorithm>

namespace dw::lint::rules {
namespace {

// -y/--yes/--assume-yes, or quiet level 2 (-qq, -q -q, -q=2, --quiet=2), which implies yes.
bool assumesYes(const sh::Command& command)
{
    if (command.hasAnyFlag({"y", "yes", "assume-yes"})) return true;
    int quiet = 0;
    for (const auto& arg : command.args()) {
        if (arg == "--") break;
        if (arg == "-q=2" || arg == "--quiet=2") return true;
        if (arg == "--quiet") ++quiet;
        else if (arg.size() > 1 && arg[0] == '-' && arg[1] != '-' && arg.find('=') == std::string::npos)
            quiet += static_cast<int>(std::count(arg.begin(), arg.end(), 'q'));
    }
    return quiet >= 2;
}

class DL3014 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3014",
            .severity = Severity::Warning,
            .family = RuleFamily::Hadolint,
            .practice = Practice::StaticAnalysis,
            .refs = {"hadolint:DL3014"},
            .title = {"apt-get install runs without `-y`, so it may wait for a confirmation no one can give",
                      "apt-get install 未加 `-y`，可能等待无人能给出的确认"},
            .explanation = {
                "A build has no one to answer apt-get's confirmation prompt; without `-y` the install can stop or "
                "fail depending on the apt version. Add `-y` (or `--yes`).",
                "构建过程中无人回答 apt-get 的确认提示；缺少 `-y` 时安装可能中断或失败（视 apt 版本而定）。"
                "请加上 `-y`（或 `--yes`）。"},
            .checksOnbuild = true,
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::Instruction* run : ctx.instructions()) {
            if (run->keyword != df::Keyword::Run) continue;
            for (const sh::Command* command : ctx.shell(*run).commandsNamed("apt-get")) {
                if (!command->isSubcommand("install") || assumesYes(*command)) continue;
                Finding f = finding(run->range);
                for (const auto& word : command->words) {
                    if (word.text != "install") continue;
                    df::Position at = ctx.scriptRange(*run, word.end, word.end).start;
                    f.fixes.push_back(support::makeFix("Add -y", "添加 -y", {support::insertEdit(at, " -y")}));
                    break;
                }
                out.push_back(std::move(f));
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3014() { return std::make_unique<DL3014>(); }

} // namespace dw::lint::rules
