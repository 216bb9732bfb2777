#include "lint/support_instructions.h"

#include "util/text.h"

#include <array>
#include <cctype>
#include <cstdio>

namespace dw::lint::support {
namespace {

bool isQuote(char c) { return c == '"' || c == '\''; }

bool isPlainChar(unsigned char c)
{
    if (c >= 0x80 || std::isalnum(c)) return true;
    switch (c) {
    case '-': case '_': case '.': case '/': case ':': case ',': case '@': case '+': case '%': case '^': case '=':
        return true;
    default:
        return false;
    }
}

// Words that only the shell understands: as the program of an exec-form command they would fail to start.
bool isShellOnlyWord(std::string_view word)
{
    static constexpr std::array<std::string_view, 24> words = {
        "exec", "cd", "export", "source", ".", "set", "unset", "if", "then", "for", "while", "until",
        "case", "do", "done", "fi", "eval", "ulimit", "umask", "trap", "exit", "alias", "read", "wait"};
    for (std::string_view w : words)
        if (w == word) return true;
    return false;
}

} // namespace

std::string_view dropQuotes(std::string_view text)
{
    while (!text.empty() && isQuote(text.front())) text.remove_prefix(1);
    while (!text.empty() && isQuote(text.back())) text.remove_suffix(1);
    return text;
}

bool isAbsoluteOrVariablePath(std::string_view path)
{
    path = dropQuotes(path);
    if (path.empty()) return false;
    if (path.front() == '/' || path.front() == '$') return true;
    return path.size() >= 2 && std::isalpha(static_cast<unsigned char>(path[0])) && path[1] == ':' &&
           (path.size() == 2 || path[2] == '\\' || path[2] == '/');
}

df::Range rangeOnFirstLine(const df::Instruction& instruction, const df::Range& detail)
{
    if (detail.start.line == instruction.line()) return detail;
    return {instruction.range.start, detail.end};
}

std::vector<PathArg> copyPaths(const df::Instruction& instruction)
{
    std::vector<PathArg> paths;
    paths.reserve(instruction.args.size());
    for (const df::Word& word : instruction.args)
        paths.push_back({instruction.jsonForm ? std::string_view(word.value) : dropQuotes(word.value), word.range});
    return paths;
}

bool isLocalArchive(std::string_view path)
{
    static constexpr std::array<std::string_view, 17> suffixes = {
        ".tar", ".Z", ".bz2", ".gz", ".lz", ".lzma", ".tZ", ".tb2", ".tbz", ".tbz2",
        ".tgz", ".tlz", ".tpz", ".txz", ".xz", ".zst", ".tzst"};
    path = dropQuotes(path);
    for (std::string_view suffix : suffixes)
        if (endsWith(path, suffix)) return true;
    return false;
}

bool isRemoteSource(std::string_view path)
{
    path = dropQuotes(path);
    return startsWith(path, "http://") || startsWith(path, "https://") || startsWith(path, "git@") ||
           startsWith(path, "git://");
}

std::optional<std::vector<std::string>> plainCommandWords(std::string_view text)
{
    std::vector<std::string> words;
    std::string current;
    bool inWord = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            if (inWord) words.push_back(std::move(current));
            current.clear();
            inWord = false;
            continue;
        }
        inWord = true;
        if (isQuote(c)) {
            const std::size_t close = text.find(c, i + 1);
            if (close == std::string_view::npos) return std::nullopt;
            std::string_view quoted = text.substr(i + 1, close - i - 1);
            if (c == '"' && quoted.find_first_of("$`\\") != std::string_view::npos) return std::nullopt;
            current += quoted;
            i = close;
        } else if (isPlainChar(static_cast<unsigned char>(c))) {
            // `NAME=value` before the program is an assignment.
            if (c == '=' && words.empty()) return std::nullopt;
            current += c;
        } else {
            return std::nullopt;
        }
    }
    if (inWord) words.push_back(std::move(current));
    if (words.empty() || words.front().empty() || isShellOnlyWord(words.front())) return std::nullopt;
    return words;
}

std::string jsonArray(const std::vector<std::string>& words)
{
    std::string out = "[";
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i) out += ", ";
        out += '"';
        for (char c : words[i]) {
            if (c == '"' || c == '\\') {
                out += '\\';
                out += c;
            } else if (static_cast<unsigned char>(c) < 0x20) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(c));
                out += buffer;
            } else {
                out += c;
            }
        }
        out += '"';
    }
    return out + "]";
}

std::optional<std::string> csvField(std::string_view value, std::string_view key)
{
    if (auto field = csvFieldView(value, key)) return std::string(*field);
    return std::nullopt;
}

std::optional<std::string_view> csvFieldView(std::string_view value, std::string_view key)
{
    std::size_t start = 0;
    while (start <= value.size()) {
        std::size_t end = value.find(',', start);
        if (end == std::string_view::npos) end = value.size();
        std::string_view field = value.substr(start, end - start);
        const std::size_t eq = field.find('=');
        if (eq != std::string_view::npos && util::equalsLower(field.substr(0, eq), key))
            return dropQuotes(field.substr(eq + 1));
        start = end + 1;
    }
    return std::nullopt;
}

bool registryMatches(std::string_view pattern, std::string_view registry)
{
    const std::string p = toLower(pattern), r = toLower(registry);
    // Classic glob matching with backtracking over the last '*'.
    std::size_t pi = 0, ri = 0, star = std::string::npos, mark = 0;
    while (ri < r.size()) {
        if (pi < p.size() && p[pi] == '*') {
            star = pi++;
            mark = ri;
        } else if (pi < p.size() && p[pi] == r[ri]) {
            ++pi;
            ++ri;
        } else if (star != std::string::npos) {
            pi = star + 1;
            ri = ++mark;
        } else {
            return false;
        }
    }
    while (pi < p.size() && p[pi] == '*') ++pi;
    return pi == p.size();
}

bool stageHasCmd(const LintContext& ctx, int stage)
{
    for (const df::Instruction* instruction : ctx.instructions())
        if (instruction->stage == stage && instruction->keyword == df::Keyword::Cmd) return true;
    return false;
}

std::vector<bool> stagesKeptInImage(const df::Dockerfile& file)
{
    std::vector<bool> kept(file.stages.size(), false);
    if (!kept.empty()) kept.back() = true;
    for (const df::Stage& stage : file.stages)
        if (stage.baseStage >= 0) kept[static_cast<std::size_t>(stage.baseStage)] = true;
    return kept;
}

} // namespace dw::lint::support
