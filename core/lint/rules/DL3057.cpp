#include "lint/rule_support.h"

namespace dw::lint::rules {
namespace {

class DL3057 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3057",
            .severity = Severity::Ignore,
            .family = RuleFamily::Hadolint,
            .practice = Practice::RuntimeHardening,
            .refs = {"hadolint:DL3057", "cis-docker:4.6", "trivy:DS-0026", "dockle:CIS-DI-0006"},
            .title = {"The stage has no HEALTHCHECK", "该构建阶段没有 HEALTHCHECK"},
            .explanation = {
                "Without a HEALTHCHECK the container counts as healthy as long as its main process runs, even when "
                "the service inside hangs or stops answering; orchestrators then keep sending it traffic. Add a "
                "`HEALTHCHECK CMD ...` that probes the service, or `HEALTHCHECK NONE` to state that none is wanted. "
                "A stage built FROM a stage that has one inherits it, and the stages a checked stage is built on are "
                "not reported.",
                "没有 HEALTHCHECK 时，只要主进程还在运行，容器就被视为健康，即使其中的服务已卡死或不再响应；"
                "编排系统会继续向它发送流量。请添加探测服务状态的 `HEALTHCHECK CMD ...`，或写 `HEALTHCHECK NONE` "
                "明确表示不需要。从带有健康检查的阶段 FROM 出来的阶段会继承它；作为已有健康检查阶段之基础的阶段不会被报告。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        const df::Dockerfile& file = ctx.file();
        if (ctx.onbuildPass() || file.stages.empty()) return;
        const std::size_t count = file.stages.size();
        std::vector<bool> own(count, false), has(count, false), feeds(count, false);
        for (const df::Instruction* instruction : ctx.instructions()) {
            if (instruction->keyword == df::Keyword::Healthcheck && instruction->stage >= 0)
                own[instruction->stage] = true;
        }
        // A stage inherits its base stage's HEALTHCHECK; the stages a checked stage is built on only feed it
        // and are not reported either.
        for (const df::Stage& stage : file.stages) {
            has[stage.index] = own[stage.index] || (stage.baseStage >= 0 && has[stage.baseStage]);
            for (int base = stage.baseStage; own[stage.index] && base >= 0; base = file.stages[base].baseStage)
                feeds[base] = true;
        }
        for (const df::Stage& stage : file.stages) {
            if (has[stage.index] || feeds[stage.index]) continue;
            out.push_back(finding(file.instructions[stage.fromIndex].range));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3057() { return std::make_unique<DL3057>(); }

} // namespace dw::lint::rules
