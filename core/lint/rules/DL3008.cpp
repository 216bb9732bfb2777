#include "lint/support_packages.h"

namespace dw::lint::rules {
namespace {

// `name=version` pins; a path or `.deb` file names one exact package file; `name/release` picks a release.
bool isPinned(std::string_view package)
{
    return package.find('=') != std::string_view::npos || package.find('/') != std::string_view::npos ||
           support::endsWith(package, ".deb");
}

class DL3008 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3008",
            .severity = Severity::Warning,
            .family = RuleFamily::Hadolint,
            .practice = Practice::ImmutableTags,
            .refs = {"hadolint:DL3008"},
            .title = {"apt-get install names a package without a version", "apt-get install 安装的软件包未指定版本"},
            .explanation = {
                "Without `=version`, apt-get installs whatever the package index offers on the day of the "
                "build, so rebuilding the same Dockerfile can silently bring in a different (or broken) version "
                "and the image cannot be reproduced. Pin each package, e.g. `apt-get install -y curl=7.88.1-10`, "
                "and update the pins deliberately; `apt-cache policy <name>` shows the available versions.",
                "不写 `=版本` 时，apt-get 会安装构建当天软件源中提供的版本，同一个 Dockerfile 重新构建时可能悄悄换成"
                "其他（甚至有问题的）版本，镜像也就无法复现。请为每个软件包固定版本，例如 "
                "`apt-get install -y curl=7.88.1-10`，并有计划地更新这些版本；`apt-cache policy <名称>` 可查看可用版本。"},
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
            if (!script.hasCommand("apt-get")) continue; // most RUNs run no apt-get
            for (const sh::Command& command : script.commands) {
                const auto args = packages::aptGet(command, "install");
                if (!args) continue;
                for (const sh::Word* package : args->operandsAfter("install")) {
                    if (package->hasExpansion || isPinned(package->text)) continue;
                    support::appendCodeItem(unpinned, package->text);
                }
            }
            if (unpinned.empty()) continue;
            out.push_back(finding(run->range, {"apt-get install without a pinned version: " + unpinned,
                                               "apt-get install 未固定版本的软件包：" + unpinned}));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3008() { return std::make_unique<DL3008>(); }

} // namespace dw::lint::rules
