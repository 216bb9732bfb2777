#include "lint/support_instructions.h"

namespace dw::lint::rules {
namespace {

class DL3023 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3023",
            .severity = Severity::Error,
            .family = RuleFamily::Hadolint,
            .practice = Practice::MultiStage,
            .refs = {"hadolint:DL3023", "trivy:DS-0006"},
            .title = {"COPY --from names the stage the COPY is in", "COPY --from 引用了自身所在的阶段"},
            .explanation = {
                "A stage cannot copy from itself: the files it would read are the ones it is still building, and "
                "the build stops with a circular dependency. Point `--from` at the earlier stage that produces the "
                "files, or give the stages distinct names.",
                "一个阶段不能从自身复制：它要读取的正是自己尚在构建的文件，构建会因循环依赖而失败。请让 `--from` 指向"
                "生成这些文件的前一个阶段，或为各阶段取不同的名称。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        if (ctx.onbuildPass()) return;
        const df::Dockerfile& file = ctx.file();
        for (const df::Instruction* instruction : ctx.instructions()) {
            if (instruction->keyword != df::Keyword::Copy || instruction->stage < 0) continue;
            const df::Flag* from = instruction->flag("from");
            if (!from || !from->value) continue;
            const std::string_view ref = support::dropQuotes(*from->value);
            const df::Stage& stage = file.stages[static_cast<std::size_t>(instruction->stage)];
            const bool byName = !stage.name.empty() && support::toLower(ref) == stage.name;
            const bool byIndex = ref == std::to_string(stage.index);
            if (byName || byIndex) out.push_back(finding(support::rangeOnFirstLine(*instruction, from->range)));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3023() { return std::make_unique<DL3023>(); }

} // namespace dw::lint::rules
