#include "lint/support_instructions.h"
#include "lint/support_packages.h"

namespace dw::lint::rules {
namespace {

bool isAptFrontEnd(std::string_view name) { return name == "apt-get" || name == "apt" || name == "aptitude"; }

struct ListsUse {
    bool updates = false; ///< `apt-get update` fills the lists
    bool removes = false; ///< `rm -rf /var/lib/apt/lists/*` (any path at or below them), or apt's `dist-clean`
};

// One reading of the command's arguments answers both questions.
ListsUse listsUse(const sh::Command& command)
{
    const std::string_view name = command.name();
    const bool apt = isAptFrontEnd(name);
    if (!apt && name != "rm") return {};
    if (!apt) {
        for (const sh::Word* operand : packages::parseArgs(command, packages::aptOptions()).operands)
            if (packages::isAtOrBelow(operand->text, "/var/lib/apt/lists")) return {.removes = true};
        return {};
    }
    const sh::Word* sub = packages::firstOperand(command, packages::aptOptions());
    if (!sub) return {};
    return {.updates = sub->text == "update", .removes = sub->text == "dist-clean" || sub->text == "distclean"};
}

// The lists never reach the layer when a cache or tmpfs mount holds them.
bool listsOnMount(const df::Instruction& run)
{
    return packages::hasCacheMountAt(run, "/var/lib/apt/lists") ||
           (packages::hasCacheMountAt(run, "/var/lib/apt") && packages::hasCacheMountAt(run, "/var/cache/apt"));
}

class DL3009 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3009",
            .severity = Severity::Info,
            .family = RuleFamily::Hadolint,
            .practice = Practice::BuildCache,
            .refs = {"hadolint:DL3009", "dockle:DKL-DI-0005"},
            .title = {"The apt package lists downloaded by `update` stay in the image",
                      "`update` 下载的 apt 软件包列表留在了镜像中"},
            .explanation = {
                "`apt-get update` stores tens of megabytes of package lists under /var/lib/apt/lists. They are "
                "only needed while installing; left in the layer they make the image bigger and go stale at "
                "once. Remove them at the end of the same RUN (`&& rm -rf /var/lib/apt/lists/*`): deleting them "
                "in a later RUN does not shrink the earlier layer. With BuildKit you can instead mount "
                "`--mount=type=cache,target=/var/lib/apt/lists` (or cache mounts on both /var/lib/apt and "
                "/var/cache/apt) so the lists never enter the image. Only stages that end up in an image are "
                "checked.",
                "`apt-get update` 会在 /var/lib/apt/lists 下保存几十 MB 的软件包列表。它们只在安装时有用，留在层中"
                "只会让镜像变大，而且很快就会过时。请在同一条 RUN 的末尾删除它们（`&& rm -rf /var/lib/apt/lists/*`）："
                "在之后的 RUN 中删除并不能缩小之前的层。使用 BuildKit 时也可以挂载 "
                "`--mount=type=cache,target=/var/lib/apt/lists`（或同时为 /var/lib/apt 和 /var/cache/apt 挂载缓存），"
                "让列表根本不进入镜像。只检查最终会成为镜像的构建阶段。"},
            .checksOnbuild = true,
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        const std::vector<bool> kept = support::stagesKeptInImage(ctx.file());
        for (const df::Instruction* run : ctx.instructions()) {
            if (run->keyword != df::Keyword::Run) continue;
            // In the ONBUILD pass the stage is the one a later build creates, which may well be its image.
            if (!ctx.onbuildPass()) {
                const bool inKeptStage = run->stage < 0 ? kept.empty() : kept[static_cast<std::size_t>(run->stage)];
                if (!inKeptStage) continue;
            }
            const sh::Script& script = ctx.shell(*run);
            bool updates = false, cleans = false;
            for (const sh::Command& command : script.commands) {
                const ListsUse use = listsUse(command);
                updates = updates || use.updates;
                cleans = cleans || use.removes;
            }
            if (updates && !cleans && !listsOnMount(*run)) out.push_back(finding(run->range));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3009() { return std::make_unique<DL3009>(); }

} // namespace dw::lint::rules
