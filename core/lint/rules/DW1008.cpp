#include "lint/support_dockwarden.h"

#include <algorithm>

namespace dw::lint::rules {
namespace {

std::vector<std::string> sortedFlags(const df::Instruction& run)
{
    std::vector<std::string> flags;
    for (const df::Flag& flag : run.flags) flags.push_back(flag.raw);
    std::sort(flags.begin(), flags.end());
    return flags;
}

/// A RUN that can join a merge: shell form, no heredoc, run by a POSIX shell.
bool mergeable(const LintContext& ctx, const df::Instruction& in)
{
    return in.keyword == df::Keyword::Run && !in.jsonForm && in.heredocs.empty() && ctx.isPosixShell(in);
}

/// Quotes, backticks and parentheses are closed at the end of the script: text appended after it is not
/// swallowed by an open string or substitution. (`case` patterns count as unbalanced, which only costs the fix.)
bool balanced(std::string_view text)
{
    char quote = 0;
    bool backtick = false;
    int depth = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quote == '\'') {
            if (c == '\'') quote = 0;
        } else if (c == '\\') {
            ++i;
        } else if (c == '`') {
            backtick = !backtick;
        } else if (quote == '"') {
            if (c == '"') quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '(') {
            ++depth;
        } else if (c == ')' && --depth < 0) {
            return false;
        }
    }
    return quote == 0 && !backtick && depth == 0;
}

/// The script can be followed by ` && ...`: it ends in a command, not in `;`, `&`, a pipe or a comment, and
/// leaves no quote or substitution open.
bool endsCleanly(const sh::Script& script)
{
    if (script.commands.empty() || !balanced(script.text)) return false;
    std::size_t end = 0;
    for (const sh::Command& command : script.commands) end = std::max(end, command.end);
    const std::string_view rest = std::string_view(script.text).substr(std::min(end, script.text.size()));
    if (rest.find('#') != std::string_view::npos) return false;
    const auto last = rest.find_last_not_of(" \t\r\n");
    return last == std::string_view::npos || std::string_view(";&|\\").find(rest[last]) == std::string_view::npos;
}

/// The script changes state that later commands of a merged RUN would inherit (working directory, variables,
/// shell options, an early exit).
bool leaksState(const sh::Script& script)
{
    static const std::vector<std::string_view> stateful{
        "cd", "pushd", "popd", "export", "set", "unset", "source", ".", "umask", "shopt", "alias", "exit", "exec",
        "trap", "ulimit", "readonly", "declare", "typeset", "local", "eval", "return", "shift"};
    for (const sh::Command& command : script.commands) {
        if (command.inSubstitution) continue;
        if (command.words.empty() && !command.assignments.empty()) return true;
        if (std::find(stateful.begin(), stateful.end(), command.name()) != stateful.end()) return true;
    }
    return false;
}

class DW1008 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DW1008",
            .severity = Severity::Info,
            .family = RuleFamily::Dockwarden,
            .practice = Practice::FewerLayers,
            .refs = {"hadolint:DL3059"},
            .title = {"Three or more RUN instructions in a row could be one layer",
                      "连续三条以上的 RUN 指令可以合并为一层"},
            .explanation = {
                "Every RUN adds a layer. A long run of separate RUNs makes the image larger (files created in one "
                "layer and removed in the next still take space), slower to pull and harder to keep consistent: "
                "cleanup only helps when it happens in the same layer as the download. Join related commands into "
                "one RUN with `&&` and line continuations. The quick fix does that when the commands do not change "
                "state the later ones would inherit (`cd`, `export`, `set` ...), and keeps the first RUN's flags.",
                "每条 RUN 都会新增一层。一长串分开的 RUN 让镜像变大（在一层创建、下一层删除的文件仍占空间），拉取更慢，"
                "也更难保持一致：清理只有和下载在同一层时才有效。请用 `&&` 和续行把相关命令合并为一条 RUN。当这些命令不会"
                "改变后续命令会继承的状态（`cd`、`export`、`set` 等）时，快速修复会自动合并，并保留第一条 RUN 的参数。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        const auto& all = ctx.instructions();
        for (std::size_t i = 0; i < all.size();) {
            std::size_t j = i;
            if (mergeable(ctx, *all[i])) {
                while (j + 1 < all.size() && mergeable(ctx, *all[j + 1]) && all[j + 1]->stage == all[i]->stage &&
                       sortedFlags(*all[j + 1]) == sortedFlags(*all[i]))
                    ++j;
            }
            if (j - i + 1 >= 3)
                report(ctx, std::vector<const df::Instruction*>(all.begin() + i, all.begin() + j + 1), out);
            i = j + 1;
        }
    }

private:
    void report(const LintContext& ctx, const std::vector<const df::Instruction*>& runs,
                std::vector<Finding>& out) const
    {
        const std::string count = std::to_string(runs.size());
        Finding f = finding({runs.front()->range.start, runs.back()->range.end},
                            {count + " consecutive RUN instructions create " + count +
                                 " layers; join them into one RUN",
                             count + " 条连续的 RUN 指令产生了 " + count + " 层；请合并为一条 RUN"});
        bool safe = true;
        for (std::size_t k = 0; k < runs.size() && safe; ++k) {
            const sh::Script& script = ctx.shell(*runs[k]);
            safe = endsCleanly(script) && (k + 1 == runs.size() || !leaksState(script));
        }
        if (safe) {
            const df::Dockerfile& file = ctx.file();
            const std::string escape = file.escape == U'`' ? "`" : "\\";
            std::vector<TextEdit> edits;
            for (std::size_t k = 1; k < runs.size(); ++k) {
                std::string joint = " && " + escape + "\n";
                for (int line = runs[k - 1]->range.end.line + 1; line < runs[k]->line(); ++line) {
                    const std::string_view text = file.lineText(line);
                    const auto first = text.find_first_not_of(" \t");
                    if (first != std::string_view::npos && text[first] == '#') joint += std::string(text) + "\n";
                }
                joint += "    ";
                edits.push_back(support::replaceEdit({runs[k - 1]->argRange.end, runs[k]->argRange.start}, joint));
            }
            f.fixes.push_back(support::makeFix("Merge the RUN instructions into one", "把这些 RUN 指令合并为一条",
                                               std::move(edits)));
        }
        out.push_back(std::move(f));
    }
};

} // namespace

std::unique_ptr<Rule> make_DW1008() { return std::make_unique<DW1008>(); }

} // namespace dw::lint::rules
