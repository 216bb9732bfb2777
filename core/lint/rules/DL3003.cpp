#include "lint/rule_support.h"

namespace dw::lint::rules {
namespace {

class DL3003 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3003",
            .severity = Severity::Warning,
            .family = RuleFamily::Hadolint,
            .practice = Practice::StaticAnalysis,
            .refs = {"hadolint:DL3003", "trivy:DS-0013"},
            .title = {"RUN changes directory with `cd`; set the directory with WORKDIR instead",
                      "RUN 中使用 `cd` 切换目录；请改用 WORKDIR 设置目录"},
            .explanation = {
                "A `cd` inside RUN only lasts until the end of that shell, so the next instruction silently "
                "starts again from the previous directory, and readers have to trace every RUN to know where "
                "files land. WORKDIR sets the directory for all following RUN, CMD, ENTRYPOINT, COPY and ADD "
                "instructions, creates it if needed, and documents it. Put `WORKDIR /path` before the commands; "
                "for a single command that has to run elsewhere, prefer the tool's own option (`make -C dir`, "
                "`git -C dir`, `tar -C dir`).",
                "RUN 中的 `cd` 只在该 shell 结束前有效，下一条指令会悄悄回到原来的目录，读者也必须逐条追踪 RUN 才知道"
                "文件落在哪里。WORKDIR 会为之后所有的 RUN、CMD、ENTRYPOINT、COPY、ADD 设置目录，必要时自动创建，并"
                "让目录一目了然。请在命令之前写 `WORKDIR /path`；若只有单个命令需要在别处执行，优先使用工具自带的选项"
                "（`make -C dir`、`git -C dir`、`tar -C dir`）。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::Instruction* run : ctx.instructions()) {
            if (run->keyword == df::Keyword::Run && ctx.shell(*run).hasCommand("cd")) out.push_back(finding(run->range));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3003() { return std::make_unique<DL3003>(); }

} // namespace dw::lint::rules
