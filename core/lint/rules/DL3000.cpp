#include "lint/support_instructions.h"

namespace dw::lint::rules {
namespace {

class DL3000 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3000",
            .severity = Severity::Error,
            .family = RuleFamily::Hadolint,
            .practice = Practice::StaticAnalysis,
            .refs = {"hadolint:DL3000", "trivy:DS-0009"},
            .title = {"WORKDIR is a relative path", "WORKDIR 使用了相对路径"},
            .explanation = {
                "A relative WORKDIR is resolved against whatever directory was current before it, which may come "
                "from the base image and change when the base image does. Every later RUN, COPY and the "
                "container's start directory then depend on that hidden state. Write the full path, for example "
                "`WORKDIR /app`.",
                "相对路径的 WORKDIR 以此前的当前目录为基准，而这个目录可能来自基础镜像，并随基础镜像变化。之后的 RUN、"
                "COPY 以及容器启动目录都会依赖这一隐含状态。请写完整路径，例如 `WORKDIR /app`。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::Instruction* instruction : ctx.instructions()) {
            if (instruction->keyword != df::Keyword::Workdir || instruction->argText.empty()) continue;
            if (support::isAbsoluteOrVariablePath(instruction->argText)) continue;
            out.push_back(finding(support::rangeOnFirstLine(*instruction, instruction->argRange)));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3000() { return std::make_unique<DL3000>(); }

} // namespace dw::lint::rules
