#include "lint/rule_support.h"

namespace dw::lint::rules {
namespace {

class DL4004 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL4004",
            .severity = Severity::Error,
            .family = RuleFamily::Hadolint,
            .practice = Practice::StaticAnalysis,
            .refs = {"hadolint:DL4004", "trivy:DS-0007"},
            .title = {"The stage has more than one ENTRYPOINT; only the last one takes effect",
                      "该阶段有多个 ENTRYPOINT，只有最后一个生效"},
            .explanation = {
                "A later ENTRYPOINT replaces the earlier one (and resets CMD inherited from the base image), so the "
                "first is ignored and readers may believe the container starts with it. Keep one ENTRYPOINT per "
                "stage; put shared start-up steps into a script it runs.",
                "后面的 ENTRYPOINT 会替换前面的（并重置从基础镜像继承的 CMD），因此第一个会被忽略，读者却可能以为容器由它启动。"
                "每个阶段只保留一个 ENTRYPOINT；共同的启动步骤请放入由它执行的脚本中。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        bool seen = false;
        for (const df::Instruction* instruction : ctx.instructions()) {
            if (instruction->keyword == df::Keyword::From) seen = false;
            if (instruction->keyword != df::Keyword::Entrypoint) continue;
            if (seen) out.push_back(finding(instruction->range));
            seen = true;
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL4004() { return std::make_unique<DL4004>(); }

} // namespace dw::lint::rules
