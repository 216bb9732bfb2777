#include "lint/support_dockwarden.h"

namespace dw::lint::rules {
namespace {

class DW1015 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DW1015",
            .severity = Severity::Info,
            .family = RuleFamily::Dockwarden,
            .practice = Practice::RuntimeHardening,
            .refs = {"cis-docker:4.6", "dockle:CIS-DI-0006", "trivy:DS-0026"},
            .title = {"The final image has no HEALTHCHECK", "最终镜像没有 HEALTHCHECK"},
            .explanation = {
                "Without a HEALTHCHECK, Docker only knows whether the main process is alive, not whether it still "
                "serves: a hung or deadlocked service keeps its \"running\" status, is not restarted and keeps "
                "receiving traffic. Add a cheap probe that fails when the service cannot do its job, e.g. "
                "`HEALTHCHECK --interval=30s --timeout=3s CMD [\"/app\", \"healthcheck\"]` (a built-in subcommand "
                "avoids installing curl just for this). Write `HEALTHCHECK NONE` when the image deliberately has no "
                "check, for instance because the orchestrator probes it. A HEALTHCHECK set in the base image "
                "cannot be seen here.",
                "没有 HEALTHCHECK 时，Docker 只知道主进程是否存活，而不知道它是否仍在正常服务：挂起或死锁的服务会一直保持"
                "“running”状态，不会被重启，还会继续接收流量。请添加一个开销很小、服务无法工作时就失败的探测，例如 "
                "`HEALTHCHECK --interval=30s --timeout=3s CMD [\"/app\", \"healthcheck\"]`（用程序自带的子命令可以避免"
                "仅为此安装 curl）。如果镜像有意不做检查（例如由编排平台负责探测），请写 `HEALTHCHECK NONE`。"
                "基础镜像中设置的 HEALTHCHECK 在这里无法看到。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        const df::Dockerfile& file = ctx.file();
        const std::vector<int>& chain = ctx.finalStageChain();
        if (chain.empty()) return;
        for (int stage : chain) {
            const df::Stage& s = file.stages[stage];
            for (std::size_t i = s.fromIndex; i < s.endIndex; ++i)
                if (file.instructions[i].keyword == df::Keyword::Healthcheck) return;
        }
        out.push_back(finding(file.instructions[file.stages[chain.front()].fromIndex].range));
    }
};

} // namespace

std::unique_ptr<Rule> make_DW1015() { return std::make_unique<DW1015>(); }

} // namespace dw::lint::rules
