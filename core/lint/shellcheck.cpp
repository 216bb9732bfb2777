#include "lint/shellcheck.h"

#include "util/subprocess.h"

#include <nlohmann/json.hpp>

#include <map>
#include <set>

namespace dw::lint {
namespace {

struct Block {
    const df::Instruction* run = nullptr;
    int firstLine = 0; ///< line of the script's first line in the combined input
    int lineCount = 0;
};

struct Batch {
    std::string dialect;
    std::string script;
    std::vector<Block> blocks;
    int nextLine = 1;
};

std::string dialectOf(const std::vector<std::string>& shell)
{
    std::string name = shell.empty() ? "sh" : shell.front().substr(shell.front().find_last_of('/') + 1);
    if (name == "bash" || name == "ksh" || name == "dash") return name;
    return "sh";
}

std::string scriptOf(const LintContext& ctx, const df::Instruction& run)
{
    if (run.jsonForm || !ctx.isPosixShell(run)) return {};
    return ctx.shell(run).text;
}

void appendLine(Batch& batch, const std::string& line)
{
    batch.script += line + "\n";
    ++batch.nextLine;
}

Severity severityOf(const std::string& level)
{
    if (level == "error") return Severity::Error;
    if (level == "warning") return Severity::Warning;
    if (level == "info") return Severity::Info;
    return Severity::Style;
}

// Column `column` (1-based) of line `lineInScript` of the RUN's script, as a byte offset into the script text.
std::optional<std::size_t> scriptOffset(const std::string& script, int lineInScript, int column)
{
    std::size_t offset = 0;
    for (int line = 1; line < lineInScript; ++line) {
        offset = script.find('\n', offset);
        if (offset == std::string::npos) return std::nullopt;
        ++offset;
    }
    std::size_t lineEnd = script.find('\n', offset);
    if (lineEnd == std::string::npos) lineEnd = script.size();
    for (std::size_t i = offset; i < offset + static_cast<std::size_t>(column - 1) && i < lineEnd; ++i)
        if (script[i] == '\t' || static_cast<unsigned char>(script[i]) >= 0x80) return std::nullopt; // columns would drift
    std::size_t result = offset + static_cast<std::size_t>(column - 1);
    return result <= lineEnd ? std::optional<std::size_t>(result) : std::nullopt;
}

void collectFindings(const LintContext& ctx, const Batch& batch, const nlohmann::json& comments, std::vector<Finding>& out)
{
    for (const auto& comment : comments) {
        const int line = comment.value("line", 0);
        const Block* block = nullptr;
        for (const auto& b : batch.blocks)
            if (line >= b.firstLine && line < b.firstLine + b.lineCount) block = &b;
        if (!block) continue;
        const df::Instruction& run = *block->run;
        const std::string& script = ctx.shell(run).text;
        Finding f;
        f.rule = "SC" + std::to_string(comment.value("code", 0));
        f.severity = severityOf(comment.value("level", "style"));
        const std::string message = comment.value("message", "");
        f.message = {message, "ShellCheck：" + message};
        auto begin = scriptOffset(script, line - block->firstLine + 1, comment.value("column", 1));
        auto end = scriptOffset(script, comment.value("endLine", line) - block->firstLine + 1, comment.value("endColumn", 1));
        f.range = begin && end && *end >= *begin ? ctx.scriptRange(run, *begin, *end) : run.range;
        if (f.range.start.line != run.line()) f.range.start = run.range.start; // hadolint reports at the RUN
        out.push_back(std::move(f));
    }
}

} // namespace

ShellcheckStatus runShellcheck(const LintContext& ctx, std::vector<Finding>& out, const std::string& executable)
{
    ShellcheckStatus status;
    if (!util::findExecutable(executable)) {
        status.available = false;
        return status;
    }
    std::set<std::string> variables;
    for (const auto* in : ctx.instructions())
        if (in->keyword == df::Keyword::Env || in->keyword == df::Keyword::Arg)
            for (const auto& pair : in->pairs) variables.insert(pair.key.value);

    std::map<std::string, Batch> batches;
    for (const auto* in : ctx.instructions()) {
        if (in->keyword != df::Keyword::Run) continue;
        std::string script = scriptOf(ctx, *in);
        if (script.empty()) continue;
        Batch& batch = batches[dialectOf(ctx.shellFor(*in))];
        if (batch.script.empty()) {
            // Variables from ENV/ARG are known to the shell; a RUN's variables do not reach the next RUN.
            appendLine(batch, "# shellcheck disable=SC2030,SC2031,SC2154");
            for (const auto& name : variables)
                if (!name.empty() && name.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_") == std::string::npos)
                    appendLine(batch, "export " + name + "=x");
        }
        appendLine(batch, "(");
        Block block{in, batch.nextLine, 0};
        if (script.back() != '\n') script += '\n';
        for (char c : script) block.lineCount += c == '\n';
        batch.script += script;
        batch.nextLine += block.lineCount;
        batch.blocks.push_back(block);
        appendLine(batch, ")");
    }
    for (auto& [dialect, batch] : batches) {
        batch.dialect = dialect;
        auto result = util::runProcess({executable, "--format=json1", "--shell=" + dialect, "-"}, batch.script,
                                       std::chrono::seconds(20));
        if (!result || result->timedOut) {
            status.error = result ? "shellcheck timed out" : "shellcheck could not be started";
            continue;
        }
        auto doc = nlohmann::json::parse(result->out, nullptr, false);
        if (doc.is_discarded() || !doc.contains("comments")) {
            status.error = "shellcheck gave unreadable output";
            continue;
        }
        collectFindings(ctx, batch, doc["comments"], out);
    }
    return status;
}

} // namespace dw::lint
