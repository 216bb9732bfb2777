#include "lint/rule_support.h"

#include <set>

namespace dw::lint::rules {
namespace {

class DL3012 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3012",
            .severity = Severity::Error,
            .family = RuleFamily::Hadolint,
            .practice = Practice::RuntimeHardening,
            .refs = {"hadolint:DL3012", "trivy:DS-0023"},
            .title = {"More than one HEALTHCHECK in the same stage", "同一阶段中有多条 HEALTHCHECK"},
            .explanation = {
                "Only the last HEALTHCHECK of a stage takes effect; the earlier ones are silently discarded, so a "
                "reader may believe a check runs that never does. Keep a single HEALTHCHECK per stage that tests "
                "what really matters for the service.",
                "一个阶段中只有最后一条 HEALTHCHECK 生效，之前的都会被悄悄丢弃，读者可能误以为某项检查在运行而实际上"
                "并没有。每个阶段只保留一条 HEALTHCHECK，检测服务真正关键的状态。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        if (ctx.onbuildPass()) return;
        std::set<int> stagesWithCheck;
        for (const df::Instruction* instruction : ctx.instructions()) {
            if (instruction->keyword != df::Keyword::Healthcheck) continue;
            if (!stagesWithCheck.insert(instruction->stage).second) out.push_back(finding(instruction->range));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3012() { return std::make_unique<DL3012>(); }

} // namespace dw::lint::rules
