#include "lint/support_instructions.h"
#include "lint/support_rpm.h"

namespace dw::lint::rules {
namespace {

const packages::OptionSpec& yarnOptions()
{
    static const packages::OptionSpec spec{
        .shortWithValue = {},
        .longWithValue = {"cache-folder", "modules-folder", "global-folder", "link-folder", "cwd", "mutex",
                          "network-timeout", "network-concurrency", "registry", "use-yarnrc", "https-proxy",
                          "proxy", "preferred-cache-folder", "otp"},
        .longWithoutValue = {},
    };
    return spec;
}

// `yarn install`, or a bare `yarn` (which installs as well) that is not asking for help or its version.
bool installs(const packages::ParsedArgs& args)
{
    const sh::Word* sub = args.subcommand();
    if (sub) return sub->text == "install";
    return !args.hasAny({"version", "v", "help", "h"});
}

bool removesCache(const sh::Command& rm)
{
    for (const std::string_view operand : rm.argsNoFlags())
        if (operand.find(".cache/yarn") != std::string_view::npos) return true;
    return false;
}

bool cleansCache(const packages::ParsedArgs& yarn)
{
    const auto operands = yarn.operandsAfter("cache");
    return yarn.subcommand() && yarn.subcommand()->text == "cache" && !operands.empty() &&
           operands.front()->text == "clean";
}

bool cacheOnMount(const df::Instruction& run)
{
    for (const std::string& target : packages::cacheMountTargets(run))
        if (target.find(".cache/yarn") != std::string::npos) return true;
    return rpm::mountCovers(run, "/usr/local/share/.cache/yarn") || rpm::mountCovers(run, "/root/.cache/yarn");
}

class DL3060 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3060",
            .severity = Severity::Info,
            .family = RuleFamily::Hadolint,
            .practice = Practice::BuildCache,
            .refs = {"hadolint:DL3060"},
            .title = {"yarn install leaves its package cache in the image: run `yarn cache clean`",
                      "yarn install 把软件包缓存留在了镜像中：请执行 `yarn cache clean`"},
            .explanation = {
                "yarn keeps a copy of every downloaded package in its global cache (for root, "
                "/usr/local/share/.cache/yarn). In an image that cache only adds size. Run `yarn cache clean` "
                "after the install in the same RUN, or with BuildKit mount the cache "
                "(`--mount=type=cache,target=/usr/local/share/.cache/yarn`). Build stages that no image is made "
                "from are not checked.",
                "yarn 会把下载的每个软件包复制到全局缓存中（root 用户为 /usr/local/share/.cache/yarn），在镜像里这份缓存"
                "只会增加体积。请在同一条 RUN 中安装之后执行 `yarn cache clean`，或在使用 BuildKit 时挂载缓存"
                "（`--mount=type=cache,target=/usr/local/share/.cache/yarn`）。不会生成镜像的构建阶段不作检查。"},
            .checksOnbuild = true,
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        const std::vector<bool> kept = support::stagesKeptInImage(ctx.file());
        for (const df::Instruction* run : ctx.instructions()) {
            if (run->keyword != df::Keyword::Run) continue;
            // In the ONBUILD pass the stage is one a later build creates, which may well be its image.
            if (!ctx.onbuildPass() && run->stage >= 0 && run->stage < static_cast<int>(kept.size()) &&
                !kept[static_cast<std::size_t>(run->stage)])
                continue;
            const sh::Script& script = ctx.shell(*run);
            if (!script.hasCommand("yarn")) continue; // most RUNs: nothing to look at, the cache mounts included
            bool dirty = false;
            for (const sh::Command& command : script.commands) {
                if (command.name() == "rm") {
                    dirty = dirty && !removesCache(command);
                } else if (command.name() == "yarn") {
                    const packages::ParsedArgs args = packages::parseArgs(command, yarnOptions());
                    if (installs(args)) dirty = true;
                    else if (cleansCache(args)) dirty = false;
                }
            }
            if (dirty && !cacheOnMount(*run)) out.push_back(finding(run->range));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3060() { return std::make_unique<DL3060>(); }

} // namespace dw::lint::rules
