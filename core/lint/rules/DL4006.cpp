#include "lint/support_rpm.h"
#include "util/lexical_path.h"

#include <algorithm>

namespace dw::lint::rules {
namespace {

// `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` and the like: a shell that knows pipefail, with `-o` (alone or
// in a cluster such as `-eo`) and `pipefail` among its arguments.
bool setsPipefail(const std::vector<std::string>& shell)
{
    if (shell.empty()) return false;
    const std::string_view name = util::baseNameAnySeparator(shell.front());
    if (name != "bash" && name != "zsh" && name != "ash") return false;
    const auto option = [](const std::string& arg) {
        return arg.size() > 1 && arg[0] == '-' && arg[1] != '-' && arg.find('o') != std::string::npos;
    };
    return std::any_of(shell.begin() + 1, shell.end(), option) &&
           std::find(shell.begin() + 1, shell.end(), "pipefail") != shell.end();
}

class DL4006 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL4006",
            .severity = Severity::Warning,
            .family = RuleFamily::Hadolint,
            .practice = Practice::StaticAnalysis,
            .refs = {"hadolint:DL4006"},
            .title = {"A RUN with a pipe ignores failures on the left: set `-o pipefail` in SHELL",
                      "带管道的 RUN 会忽略左侧命令的失败：请在 SHELL 中设置 `-o pipefail`"},
            .explanation = {
                "A pipeline's exit status is that of its last command, so in `curl -fsSL $URL | tar -xz` a failed "
                "download is hidden and the build carries on with a broken result. Set "
                "`SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]` before such RUNs so any failing command fails "
                "the step. On Alpine or BusyBox images, where bash is usually absent, use "
                "`SHELL [\"/bin/ash\", \"-o\", \"pipefail\", \"-c\"]`.",
                "管道的退出状态取自最后一个命令，因此在 `curl -fsSL $URL | tar -xz` 中下载失败会被掩盖，构建带着错误的结果"
                "继续进行。请在这类 RUN 之前设置 `SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]`，让管道中任一命令失败"
                "都会使该步骤失败。在通常没有 bash 的 Alpine 或 BusyBox 镜像中，请使用 "
                "`SHELL [\"/bin/ash\", \"-o\", \"pipefail\", \"-c\"]`。"},
            .checksOnbuild = false,
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::Instruction* run : ctx.instructions()) {
            // SHELL does not apply to exec form, which picks its own interpreter.
            if (run->keyword != df::Keyword::Run || run->jsonForm || !ctx.isPosixShell(*run)) continue;
            const std::vector<std::string>& shell = ctx.shellFor(*run);
            if (setsPipefail(shell) || !ctx.shell(*run).hasPipe()) continue;
            Finding f = finding(run->range);
            // Only when bash is likely there and nothing but the default shell would change.
            const bool defaultShell = shell.size() == 2 && shell[0] == "/bin/sh" && shell[1] == "-c";
            if (defaultShell && !rpm::lacksGnuUserland(rpm::baseImage(ctx, run->stage))) {
                const std::string_view line = ctx.file().lineText(run->line());
                const std::string indent(line.substr(0, line.find_first_not_of(" \t")));
                f.fixes.push_back(support::makeFix(
                    "Use bash with pipefail for this stage", "本阶段改用带 pipefail 的 bash",
                    {support::insertEdit(run->range.start,
                                         "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n" + indent)}));
            }
            out.push_back(std::move(f));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL4006() { return std::make_unique<DL4006>(); }

} // namespace dw::lint::rules
