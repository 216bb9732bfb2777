#include "lint/rule_support.h"
#include "lint/support_buildkit.h"

namespace dw::lint::rules {
namespace {

class NoEmptyContinuation final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "NoEmptyContinuation",
            .severity = Severity::Warning,
            .family = RuleFamily::BuildKit,
            .practice = Practice::StaticAnalysis,
            .refs = {"buildkit:NoEmptyContinuation"},
            .title = {"A continued instruction contains an empty line", "续行的指令中包含空行"},
            .explanation = {
                "An instruction continued with a trailing backslash currently skips blank lines and goes on with "
                "the next non-empty line, which easily hides a forgotten line. This form is deprecated and BuildKit "
                "plans to reject it. Remove the empty line, or end the instruction before it.",
                "以行尾反斜杠续行的指令目前会跳过空行、接着读取下一行非空内容，这很容易掩盖遗漏的内容。该写法已被弃用，"
                "BuildKit 计划将来把它当作错误。请删除该空行，或在空行之前结束这条指令。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::Instruction* instruction : ctx.instructions()) {
            if (!instruction->emptyContinuationLine) continue;
            df::Range range = buildkit::lineRange(ctx.file(), buildkit::lastLine(*instruction));
            out.push_back(finding(range, {"Empty continuation line", "续行中有空行"}));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_NoEmptyContinuation() { return std::make_unique<NoEmptyContinuation>(); }

} // namespace dw::lint::rules
