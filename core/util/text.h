// Small ASCII text helpers shared by the parsers of image files, configs and reports.
#pragma once

#include "util/byte_scan.h"

#include <cctype>
#include <initializer_list>
#include <string>
#include <string_view>
#include <type_traits>

namespace dw::util {

/// `text` without leading and trailing ASCII whitespace.
inline std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
    return text;
}

/// `c` lower-cased when it is an ASCII capital letter. Unlike std::tolower it ignores the locale and is inlined:
/// lint calls it for most bytes of a file.
constexpr char asciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

/// True when `text` holds `lowerWord` at offset `at`, whatever the case of its ASCII letters (`lowerWord` is
/// written in lower case); false when it does not fit there. Compares in place, without a lower-cased copy.
constexpr bool hasLowerAt(std::string_view text, std::size_t at, std::string_view lowerWord)
{
    if (at > text.size() || text.size() - at < lowerWord.size()) return false;
    for (std::size_t k = 0; k < lowerWord.size(); ++k)
        if (asciiLower(text[at + k]) != lowerWord[k]) return false;
    return true;
}

/// True when `text` is `lowerWord` whatever the case of its ASCII letters ("Scratch" equals "scratch").
constexpr bool equalsLower(std::string_view text, std::string_view lowerWord)
{
    return text.size() == lowerWord.size() && hasLowerAt(text, 0, lowerWord);
}

/// True when `text` has an ASCII capital letter: asciiLower(text) != text, without the copy.
constexpr bool hasAsciiUpper(std::string_view text)
{
    for (const char c : text)
        if (c >= 'A' && c <= 'Z') return true;
    return false;
}

/// True when `text` holds `lowerPart` somewhere, whatever the case of its ASCII letters (`lowerPart` is written in
/// lower case). When `lowerPart` has a byte that is no letter ('=', '-', ':'), the search looks for that byte, whose
/// case cannot vary, and compares around it: such bytes are rare in words, letters are not.
constexpr bool containsLower(std::string_view text, std::string_view lowerPart)
{
    if (lowerPart.size() > text.size()) return false;
    std::size_t anchor = 0;
    while (anchor < lowerPart.size() && lowerPart[anchor] >= 'a' && lowerPart[anchor] <= 'z') ++anchor;
    if (lowerPart.empty()) return true;
    if (anchor == lowerPart.size()) { // letters only: the candidates start with the first letter in either case
        const char lower = lowerPart.front();
        const char upper = static_cast<char>(lower - 'a' + 'A');
        const std::size_t lastStart = text.size() - lowerPart.size();
        const auto nextStart = [&](std::size_t from) {
            if (!std::is_constant_evaluated()) return findEither(text, from, lower, upper);
            for (; from < text.size(); ++from)
                if (text[from] == lower || text[from] == upper) return from;
            return std::string_view::npos;
        };
        for (std::size_t at = nextStart(0); at != std::string_view::npos && at <= lastStart; at = nextStart(at + 1))
            if (hasLowerAt(text, at, lowerPart)) return true;
        return false;
    }
    for (std::size_t at = text.find(lowerPart[anchor], anchor); at != std::string_view::npos;
         at = text.find(lowerPart[anchor], at + 1))
        if (hasLowerAt(text, at - anchor, lowerPart)) return true;
    return false;
}

/// `text` with ASCII letters lower-cased; other bytes (UTF-8 included) unchanged.
inline std::string asciiLower(std::string_view text)
{
    std::string out(text);
    for (char& c : out) c = asciiLower(c);
    return out;
}

/// The parts joined in one string, sized once: a chain of `+` regrows its result as it goes (the messages of the
/// rules with the most findings are built this way).
inline std::string concat(std::initializer_list<std::string_view> parts)
{
    std::size_t size = 0;
    for (const std::string_view part : parts) size += part.size();
    std::string out;
    out.reserve(size);
    for (const std::string_view part : parts) out += part;
    return out;
}

/// A Config.User / USER value that means root: "", "root", "0", or one of those with a ":group".
inline bool isRootUser(std::string_view user)
{
    const std::string_view name = user.substr(0, user.find(':'));
    return name.empty() || name == "root" || name == "0";
}

} // namespace dw::util
