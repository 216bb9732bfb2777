#include "lint/support_packages.h"

namespace dw::lint::rules {
namespace {

// apk constraints: `name=1.2-r0`, `name~1.2`, `name>=1.2`, `name<2`; a `.apk` file is one exact package.
bool isPinned(std::string_view package)
{
    return package.find_first_of("=~<>") != std::string_view::npos || support::endsWith(package, ".apk");
}

class DL3018 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3018",
            .severity = Severity::Warning,
            .family = RuleFamily::Hadolint,
            .practice = Practice::ImmutableTags,
            .refs = {"hadolint:DL3018"},
            .title = {"apk add names a package without a version constraint", "apk add 安装的软件包未指定版本约束"},
            .explanation = {
                "Without a constraint, apk installs the newest package of the repository at build time, so two "
                "builds of the same Dockerfile can contain different software. Pin each package, e.g. "
                "`apk add curl=8.5.0-r0`, or at least fix the branch with `~`, e.g. `curl~8.5`; update the pins "
                "on purpose when you move to a new Alpine release.",
                "不加约束时，apk 会安装构建时仓库中最新的软件包，同一个 Dockerfile 两次构建得到的软件可能不同。请为每个"
                "软件包固定版本，例如 `apk add curl=8.5.0-r0`，或至少用 `~` 固定分支，例如 `curl~8.5`；升级 Alpine "
                "版本时再有计划地更新这些约束。"},
            .checksOnbuild = true,
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::Instruction* run : ctx.instructions()) {
            if (run->keyword != df::Keyword::Run) continue;
            std::string unpinned;
            const sh::Script& script = ctx.shell(*run);
            if (!script.hasCommand("apk")) continue; // most RUNs run no apk
            for (const sh::Command& command : script.commands) {
                const auto args = packages::apkAdd(command);
                if (!args) continue;
                for (const sh::Word* package : args->operandsAfter("add")) {
                    if (package->hasExpansion || isPinned(package->text)) continue;
                    support::appendCodeItem(unpinned, package->text);
                }
            }
            if (unpinned.empty()) continue;
            out.push_back(finding(run->range, {"apk add without a version constraint: " + unpinned,
                                               "apk add 未指定版本约束的软件包：" + unpinned}));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3018() { return std::make_unique<DL3018>(); }

} // namespace dw::lint::rules
