#include "lint/rule_support.h"

namespace dw::lint::rules {
namespace {

class DL3061 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3061",
            .severity = Severity::Error,
            .family = RuleFamily::Hadolint,
            .practice = Practice::StaticAnalysis,
            .refs = {"hadolint:DL3061"},
            .title = {"An instruction other than ARG comes before the first FROM",
                      "第一条 FROM 之前出现了 ARG 以外的指令"},
            .explanation = {
                "A Dockerfile starts with FROM; before it only parser directives, comments and ARG (to "
                "parameterise the FROM lines) are allowed. Any other instruction there belongs to no stage and the "
                "build is rejected. Move the instruction below the FROM of the stage it belongs to.",
                "Dockerfile 必须以 FROM 开始；在它之前只允许解析器指令、注释和 ARG（用于参数化 FROM 行）。其他指令不属于"
                "任何阶段，构建会被拒绝。请把该指令移到它所属阶段的 FROM 之后。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        if (ctx.onbuildPass()) return;
        for (const df::Instruction* instruction : ctx.instructions()) {
            if (instruction->keyword == df::Keyword::From) break;
            if (instruction->keyword == df::Keyword::Arg) continue;
            out.push_back(finding(instruction->keywordWord.range,
                                  {instruction->name() + " comes before the first FROM",
                                   instruction->name() + " 出现在第一条 FROM 之前"}));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3061() { return std::make_unique<DL3061>(); }

} // namespace dw::lint::rules
