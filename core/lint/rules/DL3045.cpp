#include "lint/support_instructions.h"

#include <vector>

namespace dw::lint::rules {
namespace {

class DL3045 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3045",
            .severity = Severity::Warning,
            .family = RuleFamily::Hadolint,
            .practice = Practice::StaticAnalysis,
            .refs = {"hadolint:DL3045"},
            .title = {"COPY to a relative destination before any WORKDIR is set",
                      "在设置 WORKDIR 之前 COPY 到了相对路径"},
            .explanation = {
                "A relative COPY destination is resolved against the working directory, and until the stage (or a "
                "stage it is built FROM) sets WORKDIR that directory is whatever the base image chose: `/` in most "
                "images, something else in others, and it can change with the base image. Set `WORKDIR` first or "
                "write an absolute destination such as `/app/`.",
                "相对的 COPY 目标以工作目录为基准；在本阶段（或其所基于的阶段）设置 WORKDIR 之前，这个目录由基础镜像决定："
                "大多数镜像是 `/`，有些则不同，而且可能随基础镜像变化。请先设置 `WORKDIR`，或写绝对路径，例如 `/app/`。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        if (ctx.onbuildPass()) return;
        const df::Dockerfile& file = ctx.file();
        // Whether WORKDIR has been set in each stage, counting what a stage inherits from the stage it is based on.
        std::vector<bool> hasWorkdir(file.stages.size(), false);
        int current = -1;
        for (const df::Instruction* instruction : ctx.instructions()) {
            const int stage = instruction->stage;
            if (stage != current && stage >= 0) {
                current = stage;
                const int base = file.stages[static_cast<std::size_t>(stage)].baseStage;
                hasWorkdir[static_cast<std::size_t>(stage)] = base >= 0 && hasWorkdir[static_cast<std::size_t>(base)];
            }
            if (instruction->keyword == df::Keyword::Workdir && stage >= 0) hasWorkdir[static_cast<std::size_t>(stage)] = true;
            if (instruction->keyword != df::Keyword::Copy) continue;
            if (stage >= 0 && hasWorkdir[static_cast<std::size_t>(stage)]) continue;
            const std::vector<support::PathArg> paths = support::copyPaths(*instruction);
            if (paths.size() < 2 || support::isAbsoluteOrVariablePath(paths.back().value)) continue;
            out.push_back(finding(support::rangeOnFirstLine(*instruction, paths.back().range)));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3045() { return std::make_unique<DL3045>(); }

} // namespace dw::lint::rules
