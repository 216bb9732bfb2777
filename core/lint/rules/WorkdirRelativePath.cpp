#include "lint/rule_support.h"
#include "lint/support_buildkit.h"

#include <cctype>

namespace dw::lint::rules {
namespace {

// Absolute on Linux, or a Windows drive path (`C:\app`, `C:/app`) in a Dockerfile for Windows images.
bool absolute(std::string_view path)
{
    if (support::startsWith(path, "/")) return true;
    return path.size() >= 3 && std::isalpha(static_cast<unsigned char>(path[0])) && path[1] == ':' &&
           (path[2] == '/' || path[2] == '\\');
}

class WorkdirRelativePath final : public buildkit::DispatchRule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "WorkdirRelativePath",
            .severity = Severity::Warning,
            .family = RuleFamily::BuildKit,
            .practice = Practice::StaticAnalysis,
            .refs = {"buildkit:WorkdirRelativePath", "hadolint:DL3000", "trivy:DS-0009"},
            .title = {"The first WORKDIR of a stage is a relative path", "阶段中第一个 WORKDIR 是相对路径"},
            .explanation = {
                "A relative WORKDIR is resolved against the working directory of the base image, which can change "
                "when the base image is updated. Make the first WORKDIR of the stage (or of the stage it builds on) "
                "absolute, e.g. `WORKDIR /app`; later relative WORKDIRs are then well defined.",
                "相对路径的 WORKDIR 以基础镜像的工作目录为基准解析，而基础镜像更新后该目录可能改变。请将本阶段（或其所基于的"
                "阶段）中的第一个 WORKDIR 写成绝对路径，例如 `WORKDIR /app`；之后的相对 WORKDIR 就有了确定的含义。"},
        };
        return info;
    }

    void prepare(const LintContext& ctx, std::vector<Finding>& out, buildkit::DispatchHooks& hooks) const override
    {
        hooks.before = [this, &ctx, &out](const df::Instruction& instruction, const buildkit::StageState& state) {
            if (instruction.keyword != df::Keyword::Workdir || state.workdirSet) return;
            const std::string path = buildkit::processWord(instruction.argText, state.env, ctx.file().escape).result;
            if (absolute(path)) return;
            const std::string quoted = buildkit::goQuote(path);
            out.push_back(finding(buildkit::reportRange(instruction, instruction.argRange),
                                  {"Relative workdir " + quoted + " can have unexpected results if the base image changes",
                                   "相对工作目录 " + quoted + " 在基础镜像变化时可能产生意外结果"}));
        };
        hooks.only = {df::Keyword::Workdir};
    }
};

} // namespace

std::unique_ptr<Rule> make_WorkdirRelativePath() { return std::make_unique<WorkdirRelativePath>(); }

} // namespace dw::lint::rules
