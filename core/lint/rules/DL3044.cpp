#include "dockerfile/variables.h"
#include "lint/support_instructions.h"

#include <set>

namespace dw::lint::rules {
namespace {

class DL3044 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3044",
            .severity = Severity::Error,
            .family = RuleFamily::Hadolint,
            .practice = Practice::StaticAnalysis,
            .refs = {"hadolint:DL3044"},
            .title = {"ENV uses a variable that the same ENV instruction defines",
                      "ENV 引用了同一条 ENV 指令中定义的变量"},
            .explanation = {
                "All values of one ENV instruction are expanded before any of its variables is set, so in "
                "`ENV A=1 B=$A` the value of B is the old A (empty if there was none), not 1. Define the variable "
                "in an earlier ENV instruction, then refer to it: `ENV A=1` followed by `ENV B=$A`.",
                "同一条 ENV 指令中的所有值会在其中任何变量被设置之前完成展开，所以 `ENV A=1 B=$A` 中 B 得到的是 A 的旧值"
                "（此前未定义则为空），而不是 1。请先在前一条 ENV 中定义变量，再引用它：先写 `ENV A=1`，再写 "
                "`ENV B=$A`。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        EarlierNames earlier{ctx.instructions(), {}, 0};
        const auto& instructions = ctx.instructions();
        for (std::size_t i = 0; i < instructions.size(); ++i)
            if (instructions[i]->keyword == df::Keyword::Env) check(ctx, *instructions[i], i, earlier, out);
    }

private:
    /// The names set by the ARGs and ENVs before an instruction, gathered only when a candidate needs them
    /// (rare): an earlier definition means `$A` deliberately reads the old value.
    struct EarlierNames {
        const std::vector<const df::Instruction*>& instructions;
        std::set<std::string_view> names;
        std::size_t gathered; ///< instructions whose names are in `names`

        bool definedBefore(std::size_t index, std::string_view name)
        {
            for (; gathered < index; ++gathered) {
                const df::Instruction& instruction = *instructions[gathered];
                if (instruction.keyword != df::Keyword::Env && instruction.keyword != df::Keyword::Arg) continue;
                for (const df::KeyValue& pair : instruction.pairs) names.insert(pair.key.value);
            }
            return names.count(name) > 0;
        }
    };

    void check(const LintContext& ctx, const df::Instruction& env, std::size_t index, EarlierNames& earlier,
               std::vector<Finding>& out) const
    {
        const auto& pairs = env.pairs;
        for (std::size_t j = 0; j < pairs.size(); ++j) {
            if (!pairs[j].value) continue;
            for (const df::VariableRef& ref : df::findVariableRefs(pairs[j].value->value, ctx.file().escape)) {
                for (std::size_t i = 0; i < pairs.size(); ++i) {
                    if (i == j || pairs[i].key.value != ref.name) continue;
                    if (earlier.definedBefore(index, ref.name)) break;
                    out.push_back(finding(support::rangeOnFirstLine(env, pairs[j].value->range),
                                          {"`" + pairs[j].key.value + "` uses `" + ref.name +
                                               "`, which this same ENV defines: it gets the value from before",
                                           "`" + pairs[j].key.value + "` 引用的 `" + ref.name +
                                               "` 由同一条 ENV 定义：取到的是此前的值"}));
                    return; // one finding per instruction
                }
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3044() { return std::make_unique<DL3044>(); }

} // namespace dw::lint::rules
