#include "lint/pragmas.h"

#include <algorithm>
#include <sstream>

namespace dw::lint {
namespace {

std::string_view trim(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

bool consumeWord(std::string_view& text, std::string_view word)
{
    text = trim(text);
    // Every comment of a file is asked for "hadolint" and "dockwarden": the first byte settles most.
    if (!word.empty() && (text.empty() || text.front() != word.front())) return false;
    if (text.substr(0, word.size()) != word) return false;
    text.remove_prefix(word.size());
    return true;
}

std::set<std::string> splitList(std::string_view list, char separator)
{
    std::set<std::string> items;
    std::size_t start = 0;
    while (start <= list.size()) {
        auto end = list.find(separator, start);
        if (end == std::string_view::npos) end = list.size();
        std::string_view item = trim(list.substr(start, end - start));
        if (!item.empty()) items.emplace(item);
        start = end + 1;
    }
    return items;
}

// hadolint's pragma grammar takes only DL and SC codes: anything else makes it ignore the whole comment.
bool isHadolintCode(const std::string& id)
{
    if (id.size() < 3 || !((id[0] == 'D' && id[1] == 'L') || (id[0] == 'S' && id[1] == 'C'))) return false;
    return std::all_of(id.begin() + 2, id.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool isRuleName(const std::string& id)
{
    return std::all_of(id.begin(), id.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_'; });
}

} // namespace

std::optional<Pragma> parsePragma(std::string_view text)
{
    // Every comment of a file is asked twice (the suppressions and DL1001): a pragma's first word starts with 'h'
    // or 'd', which settles nearly every other comment at once.
    std::size_t first = 0;
    while (first < text.size() && (text[first] == ' ' || text[first] == '\t')) ++first;
    if (first == text.size() || (text[first] != 'h' && text[first] != 'd')) return std::nullopt;
    const bool hadolint = consumeWord(text, "hadolint");
    if (!hadolint && !consumeWord(text, "dockwarden")) return std::nullopt;
    Pragma pragma;
    if (consumeWord(text, "global")) pragma.scope = PragmaScope::Global;
    else if (consumeWord(text, "stage")) pragma.scope = PragmaScope::Stage;
    if (!consumeWord(text, "ignore") || !consumeWord(text, "=")) return std::nullopt;
    text = trim(text);
    auto comment = text.find('#');
    if (comment != std::string_view::npos) text = text.substr(0, comment);
    // The list ends at the first blank that is not next to a comma.
    std::string list;
    bool pendingSpace = false;
    for (char c : text) {
        if (c == ' ' || c == '\t') {
            pendingSpace = true;
            continue;
        }
        if (pendingSpace && c != ',' && !list.empty() && list.back() != ',') break;
        pendingSpace = false;
        list += c;
    }
    pragma.rules = splitList(list, ',');
    if (pragma.rules.empty()) return std::nullopt;
    for (const auto& id : pragma.rules)
        if (hadolint ? !isHadolintCode(id) : !isRuleName(id)) return std::nullopt;
    return pragma;
}

Suppressions::Suppressions(const df::Dockerfile& file) : file_(file)
{
    for (const auto& comment : file.comments) {
        auto pragma = parsePragma(comment.text);
        if (!pragma) continue;
        const int line = comment.range.start.line;
        for (const auto& rule : pragma->rules) {
            switch (pragma->scope) {
            case PragmaScope::NextLine: byLine_.emplace(line + 1, rule); break;
            case PragmaScope::Global: global_.insert(rule); break;
            case PragmaScope::Stage:
                for (const auto& stage : file.stages) {
                    if (file.instructions[stage.fromIndex].line() > line) {
                        byStage_.emplace(stage.index, rule);
                        break;
                    }
                }
                break;
            }
        }
    }
}

bool Suppressions::suppressed(const std::string& rule, int line) const
{
    if (global_.count(rule) || byLine_.count({line, rule})) return true;
    if (byStage_.empty()) return false;
    for (const auto& stage : file_.stages) {
        int first = file_.instructions[stage.fromIndex].line();
        int last = file_.instructions[stage.endIndex - 1].range.end.line;
        if (line >= first && line <= last) return byStage_.count({stage.index, rule}) > 0;
    }
    return false;
}

bool CheckConfig::enabled(std::string_view rule, bool experimentalRule) const
{
    if (experimentalRule) return experimentalAll || (!experimental.empty() && experimental.count(std::string(rule)));
    return !skipAll && (skip.empty() || !skip.count(std::string(rule)));
}

void CheckConfig::merge(const CheckConfig& other)
{
    skipAll = skipAll || other.skipAll;
    skip.insert(other.skip.begin(), other.skip.end());
    experimentalAll = experimentalAll || other.experimentalAll;
    experimental.insert(other.experimental.begin(), other.experimental.end());
    error = error || other.error;
}

CheckConfig parseCheckConfig(std::string_view value)
{
    CheckConfig config;
    value = trim(value);
    value = value.substr(0, value.find_first_of(" \t"));
    for (const auto& part : splitList(value, ';')) {
        auto equals = part.find('=');
        if (equals == std::string::npos) {
            config.problem = "invalid check option \"" + part + "\"";
            continue;
        }
        std::string key = part.substr(0, equals);
        std::string val = part.substr(equals + 1);
        if (key == "skip") {
            if (val == "all") config.skipAll = true;
            else for (const auto& r : splitList(val, ',')) config.skip.insert(r);
        } else if (key == "experimental") {
            if (val == "all") config.experimentalAll = true;
            else for (const auto& r : splitList(val, ',')) config.experimental.insert(r);
        } else if (key == "error") {
            config.error = val == "true" || val == "1" || val == "TRUE" || val == "True";
        } else {
            config.problem = "invalid check option \"" + key + "\"";
        }
    }
    return config;
}

} // namespace dw::lint
