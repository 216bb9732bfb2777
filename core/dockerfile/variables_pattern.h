// Internals of variables.cpp: UTF-8 and Unicode helpers and the shell patterns of `${X#pat}`, `${X%pat}`
// and `${X/pat/repl}` (`*`, `?`, `\*`, `\?`, `\\`; `\}` and `\/` are plain characters), matched the way
// BuildKit does through Go regular expressions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace dw::df::detail {

struct Utf8Char {
    char32_t code = 0;    ///< U+FFFD for an invalid byte
    std::size_t size = 0; ///< bytes taken (1 for an invalid byte)
};

/// Decodes the character at `pos` (< text.size()).
Utf8Char decodeUtf8(std::string_view text, std::size_t pos);

bool isLetter(char32_t code); ///< Go's unicode.IsLetter
bool isDigit(char32_t code);  ///< Go's unicode.IsDigit
bool isSpace(char32_t code);  ///< Go's unicode.IsSpace

struct PatternResult {
    bool ok = true;
    std::string value;
    std::string error;
    bool truncated = false; ///< the value reached `maxBytes` and was cut there
};

/// `${X#pat}` (shortest) and `${X##pat}` (longest).
PatternResult removePatternPrefix(std::string_view value, std::string_view pattern, bool longest);
/// `${X%pat}` (shortest) and `${X%%pat}` (longest).
PatternResult removePatternSuffix(std::string_view value, std::string_view pattern, bool longest);
/// `${X/pat/repl}` and `${X//pat/repl}`; with `all`, `$0`/`${0}`/`$$` in `replacement` are expanded as
/// Go's Regexp.ReplaceAllString does.
PatternResult replacePattern(std::string_view value, std::string_view pattern, std::string_view replacement,
                             bool all, std::size_t maxBytes = static_cast<std::size_t>(-1));

} // namespace dw::df::detail
