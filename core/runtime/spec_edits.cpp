#include "runtime/spec_edits.h"

namespace dw::runtime {

findings::TextEdit SpecEditor::edit(std::size_t begin, std::size_t end, std::string text) const
{
    return findings::TextEdit{lines_.span(begin, end), std::move(text)};
}

std::optional<findings::TextEdit> SpecEditor::remove(const Site& site) const
{
    if (!inThisFile(site)) return std::nullopt;
    const std::string_view text = lines_.text();
    const std::size_t begin = site.span.offset;
    const std::size_t end = site.span.endOffset;
    if (spec_.kind == SourceKind::RunLine) {
        std::size_t start = begin;
        while (start > 0) {
            const char c = text[start - 1];
            if (c == ' ' || c == '\t') --start;
            else if (c == '\n' && start >= 2 && text[start - 2] == '\\') start -= 2;
            else break;
        }
        return edit(start, end, "");
    }
    const std::size_t lineStart = lines_.lineStart(lines_.lineOf(begin));
    const std::string_view before = text.substr(lineStart, begin - lineStart);
    const std::size_t dash = before.find_first_not_of(" \t");
    const bool alone = dash == std::string_view::npos || (before[dash] == '-' && before.find_first_not_of(" \t", dash + 1) == std::string_view::npos);
    if (!alone) return std::nullopt;
    const std::size_t lineEnd = lines_.nextLineStart(end > begin ? end - 1 : end);
    const std::string_view after = text.substr(end, lineEnd - end);
    const std::size_t rest = after.find_first_not_of(" \t\r\n");
    if (rest != std::string_view::npos && after[rest] != '#') return std::nullopt;
    return edit(lineStart, lineEnd, "");
}

std::optional<findings::TextEdit> SpecEditor::add(const std::vector<std::string>& composeLines,
                                                  const std::string& runWords) const
{
    if (!spec_.insert.possible || spec_.insert.offset > lines_.text().size()) return std::nullopt;
    if (spec_.kind == SourceKind::RunLine) return edit(spec_.insert.offset, spec_.insert.offset, " " + runWords);
    std::string inserted;
    const std::string_view text = lines_.text();
    if (spec_.insert.offset == text.size() && !text.empty() && text.back() != '\n') inserted += '\n';
    for (const std::string& line : composeLines) inserted += spec_.insert.indent + line + "\n";
    return edit(spec_.insert.offset, spec_.insert.offset, inserted);
}

std::optional<findings::TextEdit> SpecEditor::addToList(const std::string& key, const std::string& composeItem,
                                                        const std::string& runWords) const
{
    if (spec_.kind == SourceKind::RunLine) return add({}, runWords);
    const auto items = spec_.items.find(key);
    if (items == spec_.items.end() || items->second.empty()) return add({key + ": [" + composeItem + "]"}, runWords);
    const Site& last = items->second.back().site;
    if (!inThisFile(last)) return std::nullopt;
    const std::string_view text = lines_.text();
    const std::size_t lineStart = lines_.lineStart(lines_.lineOf(last.span.offset));
    const std::string_view before = text.substr(lineStart, last.span.offset - lineStart);
    const std::size_t dash = before.find_first_not_of(" \t");
    if (dash != std::string_view::npos && before[dash] == '-' &&
        before.find_first_not_of(" \t", dash + 1) == std::string_view::npos) {
        const std::size_t next = lines_.nextLineStart(last.span.endOffset > 0 ? last.span.endOffset - 1 : 0);
        std::string line = (next == text.size() && !text.empty() && text.back() != '\n') ? "\n" : "";
        line += std::string(before) + composeItem + "\n";
        return edit(next, next, line);
    }
    // a flow list: after the last item, before the closing bracket
    return edit(last.span.endOffset, last.span.endOffset, ", " + composeItem);
}

std::optional<findings::TextEdit> SpecEditor::replace(const Site& site, const std::string& text) const
{
    if (!inThisFile(site)) return std::nullopt;
    return edit(site.span.offset, site.span.endOffset, text);
}

std::string yamlQuoted(std::string_view text)
{
    const bool plain = !text.empty() && text.find_first_of(":#{}[],&*!|>'\"%@`") == std::string_view::npos &&
                       text.front() != '-' && text.front() != ' ' && text.back() != ' ';
    if (plain) return std::string(text);
    std::string quoted = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') quoted += '\\';
        quoted += c;
    }
    return quoted + "\"";
}

} // namespace dw::runtime
