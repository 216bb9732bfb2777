// Helpers shared by the report formats (not part of the public API).
#pragma once

#include "lint/finding.h"
#include "lint/rule.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace dw::lint::formats {

inline constexpr std::string_view kSyntaxErrorRule = "DL1000";
inline constexpr char32_t kReplacementCharacter = U'\uFFFD';

/// The text in `language`, falling back to English when there is no translation.
const std::string& localized(const LocalizedText& text, Language language);

/// The registry's description of a rule, or nullptr when no rule object has that id (e.g. DL1000).
const RuleInfo* ruleInfo(std::string_view ruleId);

/// Decodes the UTF-8 code point at `index` and advances past it; an invalid byte yields U+FFFD.
char32_t decodeCodePoint(std::string_view text, std::size_t& index);
void appendUtf8(std::string& out, char32_t codePoint);

/// Pretty-printed JSON with invalid UTF-8 replaced by U+FFFD, ending in a newline.
std::string dumpJson(const nlohmann::ordered_json& json);

/// Calls `visit(codePoint)` for every code point of UTF-8 text.
template <typename Visitor> void forEachCodePoint(std::string_view text, Visitor&& visit)
{
    std::size_t index = 0;
    while (index < text.size())
        visit(decodeCodePoint(text, index));
}

} // namespace dw::lint::formats
