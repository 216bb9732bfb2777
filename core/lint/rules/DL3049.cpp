#include "lint/support_labels.h"

namespace dw::lint::rules {
namespace {

class DL3049 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3049",
            .severity = Severity::Info,
            .family = RuleFamily::Hadolint,
            .practice = Practice::ImageMetadata,
            .refs = {"hadolint:DL3049"},
            .title = {"A label required by the label schema is missing from this stage",
                      "此构建阶段缺少标签规范（label-schema）要求的标签"},
            .explanation = {
                "The configured `label-schema` lists labels every image must carry (owner, source, licence ...). "
                "A stage that can end up as an image gets this label neither from its own LABEL instructions nor "
                "from the stage it is built FROM. Add `LABEL <name>=...` to the stage. Stages that only serve as "
                "a base for a labelled stage or as a COPY --from source are not reported.",
                "配置的 `label-schema` 列出了每个镜像都必须带有的标签（维护者、源码地址、许可证等）。"
                "这个可能成为最终镜像的阶段既没有用自己的 LABEL 设置该标签，也没有从其 FROM 的阶段继承到。"
                "请在该阶段添加 `LABEL <名称>=...`。仅作为已带标签阶段的基础、或仅被 COPY --from 引用的阶段不会被报告。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        const df::Dockerfile& file = ctx.file();
        if (ctx.onbuildPass() || ctx.config().labelSchema.empty() || file.stages.empty()) return;
        const std::size_t count = file.stages.size();
        for (const auto& entry : ctx.config().labelSchema) {
            const std::string& label = entry.first;
            std::vector<bool> has(count, false), silenced(count, false);
            for (const df::Instruction* instruction : ctx.instructions()) {
                const int stage = instruction->stage;
                if (stage < 0) continue;
                if (instruction->keyword == df::Keyword::Copy) {
                    if (const df::Flag* from = instruction->flag("from"); from && from->value) {
                        if (auto source = file.findStage(*from->value, stage)) silenced[*source] = true;
                    }
                } else if (instruction->keyword == df::Keyword::Label) {
                    for (const df::KeyValue& pair : instruction->pairs) {
                        if (support::pairKey(pair) == label) has[stage] = true;
                    }
                }
            }
            // A stage is labelled if it or a stage it is built on sets the label; the base of a labelled
            // stage (and its own bases) only feed it and are not results of their own.
            std::vector<bool> labelled(count, false);
            for (std::size_t i = 0; i < count; ++i) {
                const int base = file.stages[i].baseStage;
                labelled[i] = has[i] || (base >= 0 && labelled[base]);
                for (int feeder = base; has[i] && feeder >= 0; feeder = file.stages[feeder].baseStage)
                    silenced[feeder] = true;
            }
            for (std::size_t i = 0; i < count; ++i) {
                if (labelled[i] || silenced[i]) continue;
                const df::Instruction& from = file.instructions[file.stages[i].fromIndex];
                out.push_back(finding(from.range, {"Label `" + label + "` is missing from this stage",
                                                   "此阶段缺少标签 `" + label + "`"}));
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3049() { return std::make_unique<DL3049>(); }

} // namespace dw::lint::rules
