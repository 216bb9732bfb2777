#include "lint/support_rpm.h"

namespace dw::lint::rules {
namespace {

class DL3040 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3040",
            .severity = Severity::Warning,
            .family = RuleFamily::Hadolint,
            .practice = Practice::BuildCache,
            .refs = {"hadolint:DL3040", "trivy:DS-0019", "trivy:DS-0027"},
            .title = {"dnf leaves its cache in the layer: run `dnf clean all` in the same RUN",
                      "dnf 把缓存留在了层中：请在同一条 RUN 中执行 `dnf clean all`"},
            .explanation = {
                "Installing, upgrading or reinstalling with dnf or microdnf fills /var/cache/dnf (or "
                "/var/cache/libdnf5) with metadata and packages that the image never needs again. Finish the "
                "same RUN with `dnf clean all` (`microdnf clean all` for microdnf) or remove the cache directory; "
                "cleaning in a later RUN leaves the earlier layer as large as it was. With BuildKit you can mount "
                "`--mount=type=cache,target=/var/cache/libdnf5` instead.",
                "使用 dnf 或 microdnf 安装、升级或重装软件包时，会在 /var/cache/dnf（或 /var/cache/libdnf5）中留下镜像"
                "再也用不到的元数据和软件包。请在同一条 RUN 的末尾执行 `dnf clean all`（microdnf 则用 `microdnf clean all`）"
                "或删除缓存目录；在之后的 RUN 中清理，之前的层不会变小。使用 BuildKit 时也可以挂载 "
                "`--mount=type=cache,target=/var/cache/libdnf5`。"},
            .checksOnbuild = true,
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::Instruction* run : ctx.instructions()) {
            if (run->keyword != df::Keyword::Run) continue;
            const sh::Script& script = ctx.shell(*run);
            if (!rpm::runsDnf(script)) continue; // most RUNs: nothing to look at, the cache mounts included
            // dnf and dnf5 share their cache and `clean`; microdnf is a tool of its own.
            bool dirty[2] = {false, false}; // dnf/dnf5, microdnf
            for (const sh::Command& command : script.commands) {
                if (rpm::removesAny(command, {"/var/cache/yum", "/var/cache/dnf", "/var/cache/libdnf5"})) {
                    dirty[0] = dirty[1] = false;
                    continue;
                }
                const std::string_view name = command.name();
                if (!rpm::isDnf(name)) continue;
                const auto dnf = rpm::invocation(command, name);
                bool& state = dirty[name == "microdnf" ? 1 : 0];
                if (rpm::verbIs(*dnf, {"install", "in", "upgrade", "up", "update", "upgrade-minimal", "up-min",
                                       "update-minimal", "reinstall", "rei", "groupinstall", "localinstall",
                                       "downgrade", "distro-sync", "dsync"}))
                    state = true;
                else if (rpm::verbIs(*dnf, {"clean"}) && !dnf->operands.empty() &&
                         dnf->operands.front()->text == "all")
                    state = false;
            }
            if ((dirty[0] || dirty[1]) && !rpm::mountCovers(*run, "/var/cache/libdnf5") &&
                !rpm::mountCovers(*run, "/var/cache/dnf") && !rpm::mountCovers(*run, "/var/cache/yum"))
                out.push_back(finding(run->range));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3040() { return std::make_unique<DL3040>(); }

} // namespace dw::lint::rules
