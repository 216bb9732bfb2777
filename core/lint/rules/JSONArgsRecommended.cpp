#include "lint/rule_support.h"
#include "lint/support_buildkit.h"
#include "lint/support_instructions.h"

#include <algorithm>
#include <cctype>

namespace dw::lint::rules {
namespace {

// A word that means the same to /bin/sh and in an exec-form array: no quoting, expansion or operators.
bool plainWord(std::string_view word)
{
    return !word.empty() && std::all_of(word.begin(), word.end(), [](unsigned char c) {
        return std::isalnum(c) || std::string_view("_./:=,+@%-").find(char(c)) != std::string_view::npos;
    });
}

class JSONArgsRecommended final : public buildkit::DispatchRule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "JSONArgsRecommended",
            .severity = Severity::Warning,
            .family = RuleFamily::BuildKit,
            .practice = Practice::RuntimeHardening,
            .refs = {"buildkit:JSONArgsRecommended", "hadolint:DL3025"},
            .title = {"CMD or ENTRYPOINT uses the shell form", "CMD 或 ENTRYPOINT 使用了 shell 形式"},
            .explanation = {
                "In shell form the container's main process is `/bin/sh -c`, which does not pass signals such as "
                "SIGTERM on to your program, so `docker stop` waits for the timeout and kills it. Use the JSON (exec) "
                "form, e.g. `CMD [\"nginx\", \"-g\", \"daemon off;\"]`, or set a SHELL explicitly if a shell is really "
                "wanted. The fix converts simple commands.",
                "shell 形式下容器的主进程是 `/bin/sh -c`，它不会把 SIGTERM 等信号转发给你的程序，因此 `docker stop` "
                "会等到超时后强行终止。请使用 JSON（exec）形式，例如 `CMD [\"nginx\", \"-g\", \"daemon off;\"]`；"
                "如果确实需要 shell，请显式设置 SHELL。快速修复会转换简单的命令。"},
        };
        return info;
    }

    void prepare(const LintContext& ctx, std::vector<Finding>& out, buildkit::DispatchHooks& hooks) const override
    {
        hooks.before = [this, &ctx, &out](const df::Instruction& instruction, const buildkit::StageState& state) {
            if (instruction.keyword != df::Keyword::Cmd && instruction.keyword != df::Keyword::Entrypoint) return;
            if (instruction.jsonForm || state.shellSet) return;
            const std::string& name = instruction.keywordWord.value;
            Finding f = finding(instruction.keywordWord.range,
                                {"JSON arguments recommended for " + name +
                                     " to prevent unintended behavior related to OS signals",
                                 name + " 建议使用 JSON 参数形式，以免出现与操作系统信号相关的意外行为"});
            const bool entrypointWithCmd = instruction.keyword == df::Keyword::Entrypoint &&
                                           support::stageHasCmd(ctx, instruction.stage);
            if (!entrypointWithCmd && ctx.isPosixShell(instruction))
                if (auto fix = execFormFix(ctx.file(), instruction)) f.fixes.push_back(std::move(*fix));
            out.push_back(std::move(f));
        };
        hooks.only = {df::Keyword::Cmd, df::Keyword::Entrypoint};
    }

private:
    static std::optional<Fix> execFormFix(const df::Dockerfile& file, const df::Instruction& instruction)
    {
        if (instruction.args.empty() || !instruction.heredocs.empty()) return std::nullopt;
        if (instruction.argRange.start.line != instruction.argRange.end.line) return std::nullopt;
        if (buildkit::sourceText(file, instruction.argRange) != instruction.argText) return std::nullopt;
        std::string array = "[";
        std::size_t words = 0;
        std::string_view text = instruction.argText;
        while (!text.empty()) {
            std::size_t start = text.find_first_not_of(" \t");
            if (start == std::string_view::npos) break;
            std::size_t end = text.find_first_of(" \t", start);
            std::string_view word = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
            if (!plainWord(word)) return std::nullopt;
            array += (words++ ? ", \"" : "\"") + std::string(word) + "\"";
            text = end == std::string_view::npos ? std::string_view() : text.substr(end);
        }
        if (words == 0) return std::nullopt;
        return support::makeFix("Use the JSON (exec) form", "改用 JSON（exec）形式",
                                {support::replaceEdit(instruction.argRange, array + "]")});
    }
};

} // namespace

std::unique_ptr<Rule> make_JSONArgsRecommended() { return std::make_unique<JSONArgsRecommended>(); }

} // namespace dw::lint::rules
