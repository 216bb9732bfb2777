#include "lint/support_rpm.h"

namespace dw::lint::rules {
namespace {

class DL3036 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3036",
            .severity = Severity::Warning,
            .family = RuleFamily::Hadolint,
            .practice = Practice::BuildCache,
            .refs = {"hadolint:DL3036", "trivy:DS-0020"},
            .title = {"zypper install leaves its cache in the layer: run `zypper clean` in the same RUN",
                      "zypper install 把缓存留在了层中：请在同一条 RUN 中执行 `zypper clean`"},
            .explanation = {
                "zypper stores repository metadata and packages under /var/cache/zypp. After the install they are "
                "dead weight in the layer. Add `&& zypper clean --all` (or `zypper cc`) at the end of the RUN that "
                "installs, since a later RUN cannot make the earlier layer smaller, or mount "
                "`--mount=type=cache,target=/var/cache/zypp` with BuildKit.",
                "zypper 会把仓库元数据和软件包保存在 /var/cache/zypp 下，安装完成后它们只是层中的累赘。请在执行安装的那条 "
                "RUN 末尾加上 `&& zypper clean --all`（或 `zypper cc`），因为之后的 RUN 无法让之前的层变小；使用 BuildKit "
                "时也可以挂载 `--mount=type=cache,target=/var/cache/zypp`。"},
            .checksOnbuild = true,
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::Instruction* run : ctx.instructions()) {
            if (run->keyword != df::Keyword::Run) continue;
            const sh::Script& script = ctx.shell(*run);
            if (!script.hasCommand("zypper")) continue; // most RUNs: nothing to look at, the cache mount included
            bool dirty = false;
            for (const sh::Command& command : script.commands) {
                const auto zypper = rpm::invocation(command, "zypper");
                if (zypper && rpm::verbIs(*zypper, {"install", "in"})) dirty = true;
                if ((zypper && rpm::verbIs(*zypper, {"clean", "cc"})) ||
                    rpm::removesAny(command, {"/var/cache/zypp"}))
                    dirty = false;
            }
            if (dirty && !rpm::mountCovers(*run, "/var/cache/zypp")) out.push_back(finding(run->range));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3036() { return std::make_unique<DL3036>(); }

} // namespace dw::lint::rules
