#include "lint/rule_support.h"

namespace dw::lint::rules {
namespace {

// The parser accepts these lines, but `docker build` stops at them: wrong argument counts, flags the
// instruction does not know, invalid stage names, SHELL outside JSON form.
class DW1000 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DW1000",
            .severity = Severity::Error,
            .family = RuleFamily::Dockwarden,
            .practice = Practice::StaticAnalysis,
            .refs = {"dockwarden:DW1000"},
            .title = {"docker build rejects this instruction", "docker build 会拒绝这条指令"},
            .explanation = {
                "The line parses, but the builder refuses it before running anything: an instruction with the "
                "wrong number of arguments, a flag it does not know (check the spelling and your BuildKit "
                "version), an invalid stage name, or SHELL outside the JSON form. The message names the problem.",
                "这一行可以被解析，但构建器在执行前就会拒绝它：参数个数不对、使用了该指令不认识的参数（请检查拼写和 "
                "BuildKit 版本）、阶段名不合法，或 SHELL 没有使用 JSON 格式。提示信息会指出具体问题。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        if (ctx.onbuildPass()) return;
        for (const auto& error : ctx.file().errors) {
            if (error.kind != df::ErrorKind::Instruction) continue;
            out.push_back(finding(error.range, {error.message, "docker build 会拒绝：" + error.message}));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DW1000() { return std::make_unique<DW1000>(); }

} // namespace dw::lint::rules
