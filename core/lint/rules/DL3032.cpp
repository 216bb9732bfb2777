#include "lint/support_rpm.h"

namespace dw::lint::rules {
namespace {

class DL3032 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3032",
            .severity = Severity::Warning,
            .family = RuleFamily::Hadolint,
            .practice = Practice::BuildCache,
            .refs = {"hadolint:DL3032", "trivy:DS-0015"},
            .title = {"yum install leaves its cache in the layer: run `yum clean all` in the same RUN",
                      "yum install 把缓存留在了层中：请在同一条 RUN 中执行 `yum clean all`"},
            .explanation = {
                "yum keeps repository metadata and downloaded packages under /var/cache/yum. They are of no use "
                "once the packages are installed but stay in the layer and enlarge the image. End the RUN that "
                "installs with `&& yum clean all` (or `rm -rf /var/cache/yum`); a later RUN cannot shrink the "
                "earlier layer. With BuildKit, a `--mount=type=cache,target=/var/cache/yum` mount keeps the cache "
                "out of the image altogether.",
                "yum 会把仓库元数据和下载的软件包保存在 /var/cache/yum 下。软件包装好后它们已无用处，却留在层中使镜像变大。"
                "请在执行安装的那条 RUN 末尾加上 `&& yum clean all`（或 `rm -rf /var/cache/yum`）；在之后的 RUN 中清理"
                "无法缩小之前的层。使用 BuildKit 时，挂载 `--mount=type=cache,target=/var/cache/yum` 可以让缓存完全不进入镜像。"},
            .checksOnbuild = true,
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::Instruction* run : ctx.instructions()) {
            if (run->keyword != df::Keyword::Run) continue;
            const sh::Script& script = ctx.shell(*run);
            if (!script.hasCommand("yum")) continue; // most RUNs: nothing to look at, the cache mounts included
            // The cache must be cleaned after the last install of the RUN.
            bool dirty = false;
            for (const sh::Command& command : script.commands) {
                const auto yum = rpm::invocation(command, "yum");
                if (yum && rpm::verbIs(*yum, {"install", "groupinstall", "localinstall"})) dirty = true;
                const bool cleanAll = yum && rpm::verbIs(*yum, {"clean"}) && !yum->operands.empty() &&
                                      yum->operands.front()->text == "all";
                if (cleanAll || rpm::removesAny(command, {"/var/cache/yum", "/var/cache/dnf"})) dirty = false;
            }
            if (dirty && !rpm::mountCovers(*run, "/var/cache/yum") && !rpm::mountCovers(*run, "/var/cache/dnf"))
                out.push_back(finding(run->range));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3032() { return std::make_unique<DL3032>(); }

} // namespace dw::lint::rules
