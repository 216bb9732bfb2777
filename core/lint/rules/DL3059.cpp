#include "lint/rule_support.h"

#include <algorithm>

namespace dw::lint::rules {
namespace {

// Number of commands the RUN executes, nested ones included but bare assignments (`A=1`) not, as hadolint
// counts them (exec form and non-POSIX shells are parsed as plain shell text).
std::size_t commandCount(const LintContext& ctx, const df::Instruction& run)
{
    const auto named = [](const sh::Script& script) {
        return static_cast<std::size_t>(std::count_if(script.commands.begin(), script.commands.end(),
                                                      [](const sh::Command& c) { return !c.words.empty(); }));
    };
    if (run.jsonForm) {
        std::string text;
        for (const df::Word& arg : run.args) text += (text.empty() ? "" : " ") + arg.value;
        return named(sh::parse(text));
    }
    if (!ctx.isPosixShell(run)) return named(sh::parse(run.argText));
    return named(ctx.shell(run));
}

std::vector<std::string> sortedFlags(const df::Instruction& run)
{
    std::vector<std::string> flags;
    for (const df::Flag& flag : run.flags) flags.push_back(flag.raw);
    std::sort(flags.begin(), flags.end());
    return flags;
}

// Joins `second` onto `first` with ` && <escape>`: the text between them (comment lines kept, blank lines
// dropped) and the second RUN's keyword and flags are replaced. Only for plain shell-form RUNs.
std::optional<Fix> mergeFix(const LintContext& ctx, const df::Instruction& first, const df::Instruction& second)
{
    for (const df::Instruction* run : {&first, &second})
        if (run->jsonForm || !run->heredocs.empty() || run->argText.empty()) return std::nullopt;
    const std::string_view text = first.argText;
    if (text.find('#') != std::string_view::npos || text.back() == ';' || text.back() == '&' ||
        text.back() == '|')
        return std::nullopt;
    const df::Dockerfile& file = ctx.file();
    const std::string escape = file.escape == U'`' ? "`" : "\\";
    std::string replacement = " && " + escape + "\n";
    for (int line = first.argRange.end.line + 1; line < second.range.start.line; ++line) {
        const std::string_view content = file.lineText(line);
        if (content.find_first_not_of(" \t") != std::string_view::npos)
            replacement += std::string(content) + "\n";
    }
    replacement += "    ";
    return support::makeFix("Merge into the previous RUN", "合并到上一条 RUN",
                            {support::replaceEdit({first.argRange.end, second.argRange.start}, replacement)});
}

class DL3059 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3059",
            .severity = Severity::Info,
            .family = RuleFamily::Hadolint,
            .practice = Practice::FewerLayers,
            .refs = {"hadolint:DL3059"},
            .title = {"Consecutive RUN instructions could be merged into one",
                      "相邻的多条 RUN 指令可以合并为一条"},
            .explanation = {
                "Every RUN adds a layer. Short RUNs that follow each other directly, with the same flags, can be "
                "joined with `&&` into one RUN: the image has fewer layers, and files removed later in the same "
                "RUN never reach a layer at all. RUNs that already chain several commands are left alone, since "
                "splitting those is usually deliberate (for example to keep the build cache effective).",
                "每条 RUN 都会增加一层。紧挨着、标志相同的简短 RUN 可以用 `&&` 合并为一条：镜像层数更少，而且在同一条 RUN "
                "中随后删除的文件根本不会进入任何层。已经串联了多个命令的 RUN 不会被提示，因为这种拆分通常是有意为之"
                "（例如为了更好地利用构建缓存）。"},
            .checksOnbuild = false,
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        const df::Instruction* previous = nullptr; // the RUN just before, with nothing but comments between
        for (const df::Instruction* instruction : ctx.instructions()) {
            if (instruction->keyword != df::Keyword::Run) {
                previous = nullptr;
                continue;
            }
            if (previous && sortedFlags(*previous) == sortedFlags(*instruction) &&
                commandCount(ctx, *previous) <= 1 && commandCount(ctx, *instruction) <= 1) {
                Finding f = finding(instruction->range);
                if (auto fix = mergeFix(ctx, *previous, *instruction)) f.fixes.push_back(std::move(*fix));
                out.push_back(std::move(f));
            }
            previous = instruction;
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3059() { return std::make_unique<DL3059>(); }

} // namespace dw::lint::rules
