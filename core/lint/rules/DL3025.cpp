#include "lint/support_instructions.h"

namespace dw::lint::rules {
namespace {

class DL3025 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3025",
            .severity = Severity::Warning,
            .family = RuleFamily::Hadolint,
            .practice = Practice::RuntimeHardening,
            .refs = {"hadolint:DL3025"},
            .title = {"CMD, ENTRYPOINT or HEALTHCHECK CMD is written in shell form: use the JSON exec form",
                      "CMD、ENTRYPOINT 或 HEALTHCHECK CMD 使用了 shell 形式：请改用 JSON exec 形式"},
            .explanation = {
                "In shell form the command runs as a child of `/bin/sh -c`, so the shell is PID 1: `docker stop` "
                "sends SIGTERM to the shell, which does not pass it on, and the container is killed after the "
                "timeout without a clean shutdown. The exec form `[\"program\", \"arg\"]` starts the program "
                "directly, and an exec-form ENTRYPOINT also receives CMD's arguments. When you need shell "
                "features, call the shell explicitly (`[\"/bin/sh\", \"-c\", \"...\"]`) and `exec` the last command.",
                "shell 形式下命令作为 `/bin/sh -c` 的子进程运行，shell 成为 PID 1：`docker stop` 发送的 SIGTERM 到达 "
                "shell 后不会被转发，容器只能在超时后被强制终止，无法正常退出。exec 形式 `[\"程序\", \"参数\"]` 直接"
                "启动程序，exec 形式的 ENTRYPOINT 还能接收 CMD 的参数。确实需要 shell 功能时，请显式调用 shell"
                "（`[\"/bin/sh\", \"-c\", \"...\"]`），并用 `exec` 启动最后一条命令。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::Instruction* instruction : ctx.instructions()) {
            if (instruction->jsonForm) continue;
            std::string text;
            df::Range textRange;
            switch (instruction->keyword) {
            case df::Keyword::Cmd:
            case df::Keyword::Entrypoint:
                text = instruction->argText;
                textRange = instruction->argRange;
                break;
            case df::Keyword::Healthcheck:
                if (instruction->args.size() < 2 || support::toLower(instruction->args[0].value) != "cmd") continue;
                text = instruction->args[1].value;
                textRange = instruction->args[1].range;
                break;
            default:
                continue;
            }
            if (text.empty()) continue;
            Finding f = finding(instruction->range);
            // An exec-form ENTRYPOINT would start receiving the stage's CMD as arguments: no automatic fix then.
            const bool entrypointWithCmd = instruction->keyword == df::Keyword::Entrypoint &&
                                           support::stageHasCmd(ctx, instruction->stage);
            auto words = support::plainCommandWords(text);
            if (words && ctx.isPosixShell(*instruction) && !entrypointWithCmd) {
                f.fixes.push_back(support::makeFix("Rewrite in JSON exec form", "改写为 JSON exec 形式",
                                                   {support::replaceEdit(textRange, support::jsonArray(*words))}));
            }
            out.push_back(std::move(f));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3025() { return std::make_unique<DL3025>(); }

} // namespace dw::lint::rules
