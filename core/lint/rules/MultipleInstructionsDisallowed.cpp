#include "lint/rule_support.h"
#include "lint/support_buildkit.h"

#include <map>

namespace dw::lint::rules {
namespace {

class MultipleInstructionsDisallowed final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "MultipleInstructionsDisallowed",
            .severity = Severity::Warning,
            .family = RuleFamily::BuildKit,
            .practice = Practice::StaticAnalysis,
            .refs = {"buildkit:MultipleInstructionsDisallowed", "hadolint:DL4003", "hadolint:DL4004",
                     "hadolint:DL3012", "trivy:DS-0007", "trivy:DS-0016", "trivy:DS-0023"},
            .title = {"A stage has more than one CMD, ENTRYPOINT or HEALTHCHECK",
                      "一个阶段中有多个 CMD、ENTRYPOINT 或 HEALTHCHECK"},
            .explanation = {
                "Only the last CMD, ENTRYPOINT and HEALTHCHECK of a stage take effect; earlier ones are overridden "
                "without notice, which usually means a leftover or a mistake. The finding marks the instruction "
                "that is overridden: remove it, or merge what it was meant to do into the last one.",
                "一个阶段中只有最后一个 CMD、ENTRYPOINT 和 HEALTHCHECK 生效，之前的会被悄悄覆盖，这通常是遗留代码或失误。"
                "该问题标注在被覆盖的那条指令上：请删除它，或把它的用意合并到最后一条中。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        const df::Dockerfile& file = ctx.file();
        for (const df::Stage& stage : file.stages) {
            std::map<df::Keyword, const df::Instruction*> last;
            for (std::size_t i = stage.fromIndex + 1; i < stage.endIndex && i < file.instructions.size(); ++i) {
                const df::Instruction& instruction = file.instructions[i];
                if (instruction.keyword != df::Keyword::Cmd && instruction.keyword != df::Keyword::Entrypoint &&
                    instruction.keyword != df::Keyword::Healthcheck)
                    continue;
                if (const df::Instruction* previous = last[instruction.keyword]) {
                    const std::string& name = instruction.keywordWord.value;
                    out.push_back(finding(previous->keywordWord.range,
                                          {"Multiple " + name +
                                               " instructions should not be used in the same stage because only the "
                                               "last one will be used",
                                           "同一阶段中不应使用多个 " + name + " 指令，因为只有最后一个会生效"}));
                }
                last[instruction.keyword] = &instruction;
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_MultipleInstructionsDisallowed() { return std::make_unique<MultipleInstructionsDisallowed>(); }

} // namespace dw::lint::rules
