#include "lint/rule_support.h"

namespace dw::lint::rules {
namespace {

bool isRootUser(std::string_view user)
{
    const std::string_view name = user.substr(0, user.find(':'));
    return name == "root" || name == "0";
}

// True when the RUN at `index` of the file runs as root: no USER before it in its stage or in the stages
// that stage is built on, or the last one names root.
bool runsAsRoot(const df::Dockerfile& file, std::size_t index)
{
    int stage = file.instructions[index].stage;
    std::size_t end = index;
    while (stage >= 0) {
        const df::Stage& current = file.stages[stage];
        for (std::size_t i = end; i-- > current.fromIndex;) {
            const df::Instruction& instruction = file.instructions[i];
            if (instruction.keyword == df::Keyword::User)
                return !instruction.args.empty() && isRootUser(instruction.args.front().value);
        }
        stage = current.baseStage;
        if (stage >= 0) end = file.stages[stage].endIndex;
    }
    return true;
}

class DL3004 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3004",
            .severity = Severity::Error,
            .family = RuleFamily::Hadolint,
            .practice = Practice::LeastPrivilegeUser,
            .refs = {"hadolint:DL3004", "trivy:DS-0010", "dockle:DKL-DI-0001"},
            .title = {"RUN uses sudo", "RUN 中使用了 sudo"},
            .explanation = {
                "Build steps already run as the current USER, root unless changed, so sudo adds nothing but a "
                "package to install, a sudoers policy and a TTY or password prompt that can stall the build. "
                "Left in the image, it also lets the runtime user raise its privileges. Run the privileged "
                "commands while USER is root and switch to the unprivileged USER afterwards; when a process "
                "must drop privileges at run time, use a tool built for that such as gosu or su-exec.",
                "构建步骤本身就以当前 USER 身份执行（未修改时为 root），sudo 只会额外带来一个要安装的软件包、一份 "
                "sudoers 策略，以及可能让构建卡住的终端或密码提示。留在镜像里，它还让运行时用户可以提升权限。请在 "
                "USER 为 root 时执行需要特权的命令，之后再切换到非特权 USER；若进程需要在运行时降低权限，请使用 gosu "
                "或 su-exec 这类专门工具。"},
            .checksOnbuild = true,
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        const df::Dockerfile& file = ctx.file();
        for (const df::Instruction* run : ctx.instructions()) {
            if (run->keyword != df::Keyword::Run) continue;
            const std::vector<const sh::Command*> sudos = ctx.shell(*run).commandsNamed("sudo");
            if (sudos.empty()) continue;
            Finding f = finding(run->range);
            // Dropping `sudo ` is only the same command when it had no options and the step runs as root.
            const bool inFile = !ctx.onbuildPass() && run >= file.instructions.data() &&
                                run < file.instructions.data() + file.instructions.size();
            bool safe = inFile && runsAsRoot(file, static_cast<std::size_t>(run - file.instructions.data()));
            std::vector<TextEdit> edits;
            for (const sh::Command* sudo : sudos) {
                const auto& words = sudo->words;
                if (!safe || words.size() < 2 || support::startsWith(words[1].text, "-")) {
                    safe = false;
                    break;
                }
                edits.push_back(support::replaceEdit(ctx.scriptRange(*run, words[0].begin, words[1].begin), ""));
            }
            if (safe) f.fixes.push_back(support::makeFix("Remove sudo", "删除 sudo", std::move(edits)));
            out.push_back(std::move(f));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3004() { return std::make_unique<DL3004>(); }

} // namespace dw::lint::rules
