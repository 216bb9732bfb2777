#include "lint/rule_support.h"

namespace dw::lint::rules {
namespace {

class DL4003 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL4003",
            .severity = Severity::Warning,
            .family = RuleFamily::Hadolint,
            .practice = Practice::StaticAnalysis,
            .refs = {"hadolint:DL4003", "trivy:DS-0016"},
            .title = {"The stage has more than one CMD; only the last one takes effect",
                      "该阶段有多个 CMD，只有最后一个生效"},
            .explanation = {
                "Each CMD replaces the previous one, so earlier CMDs in the same stage are dead code that misleads "
                "readers about how the container starts. Keep a single CMD; to run several processes, start them "
                "from one script or a process supervisor.",
                "每个 CMD 都会替换前一个，因此同一阶段中较早的 CMD 是无效代码，会误导读者对容器启动方式的理解。"
                "请只保留一个 CMD；如需运行多个进程，请通过一个脚本或进程管理器启动它们。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        bool seen = false;
        for (const df::Instruction* instruction : ctx.instructions()) {
            if (instruction->keyword == df::Keyword::From) seen = false;
            if (instruction->keyword != df::Keyword::Cmd) continue;
            if (seen) out.push_back(finding(instruction->range));
            seen = true;
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL4003() { return std::make_unique<DL4003>(); }

} // namespace dw::lint::rules
