#include "lint/support_packages.h"

namespace dw::lint::rules {
namespace {

// `--no-install-recommends`, or `-o APT::Install-Recommends=false` (0, no and off work too).
bool skipsRecommends(const packages::ParsedArgs& args)
{
    if (args.has("no-install-recommends")) return true;
    for (const packages::Option& option : args.options) {
        if ((option.name != "o" && option.name != "option") || !option.value) continue;
        const std::string setting = support::toLower(*option.value);
        const std::string_view key = "apt::install-recommends=";
        if (!support::startsWith(setting, key)) continue;
        const std::string value = setting.substr(key.size());
        if (value == "false" || value == "0" || value == "no" || value == "off") return true;
    }
    return false;
}

class DL3015 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3015",
            .severity = Severity::Info,
            .family = RuleFamily::Hadolint,
            .practice = Practice::MinimalBaseImage,
            .refs = {"hadolint:DL3015", "trivy:DS-0029", "cis-docker:4.3"},
            .title = {"apt-get install also pulls in recommended packages; add `--no-install-recommends`",
                      "apt-get install 会顺带安装推荐的软件包；请加上 `--no-install-recommends`"},
            .explanation = {
                "By default apt-get installs every package the requested ones merely recommend: documentation, "
                "extra tools, sometimes whole language runtimes. They make the image larger, slower to pull and "
                "add code that may carry vulnerabilities, without being needed to run. Add "
                "`--no-install-recommends` and list explicitly the few recommended packages you really use.",
                "apt-get 默认会把所请求软件包“推荐”的所有软件包一并安装：文档、附加工具，有时甚至是整套语言运行时。"
                "它们并非运行所必需，却让镜像更大、拉取更慢，还引入可能含有漏洞的代码。请加上 "
                "`--no-install-recommends`，并显式列出真正需要的少数推荐包。"},
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
            if (!script.hasCommand("apt-get")) continue; // most RUNs run no apt-get
            for (const sh::Command& command : script.commands) {
                const auto args = packages::aptGet(command, "install");
                if (!args || skipsRecommends(*args)) continue;
                const df::Position at = packages::positionAfter(ctx, *run, *args->subcommand());
                edits.push_back(support::insertEdit(at, " --no-install-recommends"));
            }
            if (edits.empty()) continue;
            Finding f = finding(run->range);
            f.fixes.push_back(support::makeFix("Add --no-install-recommends", "添加 --no-install-recommends",
                                               std::move(edits)));
            out.push_back(std::move(f));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3015() { return std::make_unique<DL3015>(); }

} // namespace dw::lint::rules
