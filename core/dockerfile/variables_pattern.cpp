#include "dockerfile/variables_pattern.h"

#include "util/unicode_properties.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace dw::df::detail {

Utf8Char decodeUtf8(std::string_view text, std::size_t pos) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(pos);
    if (lead < 0x80) return {lead, 1};
    std::size_t size = 0;
    char32_t code = 0;
    char32_t minimum = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        size = 2, code = lead & 0x1F, minimum = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        size = 3, code = lead & 0x0F, minimum = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        size = 4, code = lead & 0x07, minimum = 0x10000;
    } else {
        return {U'\uFFFD', 1};
    }
    if (pos + size > text.size()) return {U'\uFFFD', 1};
    for (std::size_t i = 1; i < size; ++i) {
        if ((byte(pos + i) & 0xC0) != 0x80) return {U'\uFFFD', 1};
        code = (code << 6) | (byte(pos + i) & 0x3F);
    }
    if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return {U'\uFFFD', 1};
    return {code, size};
}

bool isLetter(char32_t code) {
    if (code < 0x80) return (code >= 'a' && code <= 'z') || (code >= 'A' && code <= 'Z');
    return util::unicode::isAlpha(code);
}

bool isDigit(char32_t code) {
    if (code < 0x80) return code >= '0' && code <= '9';
    return util::unicode::isDigit(code);
}

bool isSpace(char32_t code) {
    if (code < 0x80) return code == ' ' || (code >= '\t' && code <= '\r');
    return util::unicode::isWhiteSpace(code);
}

namespace {

struct Token {
    enum Kind { Literal, AnyChar, Star } kind = Literal;
    std::string_view text; ///< the character of a Literal
};

/// The pattern as BuildKit's convertShellPatternToRegex reads it.
bool compilePattern(std::string_view pattern, std::vector<Token>& tokens, std::string& error) {
    std::size_t pos = 0;
    while (pos < pattern.size()) {
        const Utf8Char ch = decodeUtf8(pattern, pos);
        std::string_view text = pattern.substr(pos, ch.size);
        pos += ch.size;
        if (ch.code == '*') {
            tokens.push_back({Token::Star, {}});
            continue;
        }
        if (ch.code == '?') {
            tokens.push_back({Token::AnyChar, {}});
            continue;
        }
        if (ch.code == '\\') {
            if (pos < pattern.size() && (pattern[pos] == '}' || pattern[pos] == '/')) continue;
            if (pos >= pattern.size()) {
                error = "invalid escape '\\'";
                return false;
            }
            const Utf8Char escaped = decodeUtf8(pattern, pos);
            text = pattern.substr(pos, escaped.size);
            pos += escaped.size;
            if (escaped.code != '*' && escaped.code != '?' && escaped.code != '\\') {
                error = "invalid escape '\\" + std::string(text) + "'";
                return false;
            }
        }
        tokens.push_back({Token::Literal, text});
    }
    return true;
}

/// Leftmost-first (Perl) matching of a compiled pattern, like Go's regexp: stars try their preferred length
/// first, and no `.` crosses a newline. Backtracking with a visited set over (star, position) keeps it
/// linear.
class PatternMatcher {
  public:
    PatternMatcher(std::vector<Token> tokens, bool greedy, std::string_view value)
        : tokens_(std::move(tokens)), greedy_(greedy), value_(value) {
        for (std::size_t pos = 0; pos < value.size(); pos += decodeUtf8(value, pos).size)
            offsets_.push_back(pos);
        offsets_.push_back(value.size());
        starIndex_.assign(tokens_.size(), 0);
        std::size_t stars = 0;
        for (std::size_t i = 0; i < tokens_.size(); ++i)
            if (tokens_[i].kind == Token::Star) starIndex_[i] = stars++;
        visited_.assign(stars * offsets_.size(), 0);
    }

    std::size_t length() const { return offsets_.size() - 1; }
    std::string_view slice(std::size_t from, std::size_t to) const {
        return value_.substr(offsets_[from], offsets_[to] - offsets_[from]);
    }

    /// First match starting at or after `from` (only at `from` when anchored), as character indexes.
    bool search(std::size_t from, bool anchored, std::size_t& begin, std::size_t& end) {
        if (++generation_ == 0) {
            std::fill(visited_.begin(), visited_.end(), 0);
            generation_ = 1;
        }
        for (std::size_t start = from; start <= length(); ++start) {
            if (matchFrom(start, end)) {
                begin = start;
                return true;
            }
            if (anchored) break;
        }
        return false;
    }

  private:
    std::string_view charAt(std::size_t index) const { return slice(index, index + 1); }

    bool matchFrom(std::size_t start, std::size_t& end) {
        stack_.clear();
        stack_.emplace_back(0, start);
        while (!stack_.empty()) {
            auto [token, at] = stack_.back();
            stack_.pop_back();
            while (true) {
                if (token == tokens_.size()) {
                    end = at;
                    return true;
                }
                const Token& current = tokens_[token];
                if (current.kind == Token::Star) {
                    std::uint32_t& mark = visited_[starIndex_[token] * offsets_.size() + at];
                    if (mark == generation_) break;
                    mark = generation_;
                    const bool canTake = at < length() && charAt(at) != "\n";
                    if (greedy_) {
                        stack_.emplace_back(token + 1, at);
                        if (canTake) stack_.emplace_back(token, at + 1);
                    } else {
                        if (canTake) stack_.emplace_back(token, at + 1);
                        stack_.emplace_back(token + 1, at);
                    }
                    break;
                }
                if (at >= length()) break;
                if (current.kind == Token::AnyChar ? charAt(at) == "\n" : charAt(at) != current.text) break;
                ++token;
                ++at;
            }
        }
        return false;
    }

    std::vector<Token> tokens_;
    bool greedy_;
    std::string_view value_;
    std::vector<std::size_t> offsets_;
    std::vector<std::size_t> starIndex_;
    std::vector<std::uint32_t> visited_;
    std::uint32_t generation_ = 0;
    std::vector<std::pair<std::size_t, std::size_t>> stack_;
};

constexpr std::size_t kMaxMatcherStates = std::size_t{1} << 22;

PatternResult failure(std::string message) {
    return {false, {}, std::move(message)};
}

bool tooComplex(std::string_view value, std::string_view pattern) {
    const auto stars = static_cast<std::size_t>(std::count(pattern.begin(), pattern.end(), '*'));
    return stars * (value.size() + 1) > kMaxMatcherStates;
}

/// Characters of a string, an escape and the character it escapes kept together (BuildKit's reversePattern).
std::vector<std::string_view> characterUnits(std::string_view text, bool pairEscapes) {
    std::vector<std::string_view> units;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t size = decodeUtf8(text, pos).size;
        if (pairEscapes && text[pos] == '\\' && pos + 1 < text.size()) size += decodeUtf8(text, pos + 1).size;
        units.push_back(text.substr(pos, size));
        pos += size;
    }
    return units;
}

std::string reversed(std::string_view text, bool pairEscapes) {
    auto units = characterUnits(text, pairEscapes);
    std::string out;
    out.reserve(text.size());
    for (auto it = units.rbegin(); it != units.rend(); ++it)
        out += *it;
    return out;
}

/// Go's Regexp.Expand for a pattern without groups: only `$0`/`${0}` (the match) and `$$` produce text.
std::string expandTemplate(std::string_view templ, std::string_view match) {
    std::string out;
    while (!templ.empty()) {
        const std::size_t dollar = templ.find('$');
        if (dollar == std::string_view::npos) break;
        out += templ.substr(0, dollar);
        templ.remove_prefix(dollar + 1);
        if (!templ.empty() && templ.front() == '$') {
            out += '$';
            templ.remove_prefix(1);
            continue;
        }
        const bool brace = !templ.empty() && templ.front() == '{';
        std::size_t i = brace ? 1 : 0;
        const std::size_t nameStart = i;
        while (i < templ.size()) {
            const Utf8Char ch = decodeUtf8(templ, i);
            if (!isLetter(ch.code) && !isDigit(ch.code) && ch.code != '_') break;
            i += ch.size;
        }
        const std::string_view name = templ.substr(nameStart, i - nameStart);
        if (name.empty() || (brace && (i >= templ.size() || templ[i] != '}'))) {
            out += '$';
            continue;
        }
        templ.remove_prefix(brace ? i + 1 : i);
        if (name == "0") out += match;
    }
    out += templ;
    return out;
}

PatternResult removePrefix(std::string_view value, std::string_view pattern, bool longest) {
    std::vector<Token> tokens;
    std::string error;
    if (!compilePattern(pattern, tokens, error)) return failure(std::move(error));
    if (tooComplex(value, pattern)) return failure("pattern too complex for the value");
    PatternMatcher matcher(std::move(tokens), longest, value);
    std::size_t begin = 0;
    std::size_t end = 0;
    if (!matcher.search(0, true, begin, end)) return {true, std::string(value), {}};
    return {true, std::string(matcher.slice(end, matcher.length())), {}};
}

} // namespace

PatternResult removePatternPrefix(std::string_view value, std::string_view pattern, bool longest) {
    return removePrefix(value, pattern, longest);
}

PatternResult removePatternSuffix(std::string_view value, std::string_view pattern, bool longest) {
    PatternResult result = removePrefix(reversed(value, false), reversed(pattern, true), longest);
    if (result.ok) result.value = reversed(result.value, false);
    return result;
}

static PatternResult capped(std::string value, std::size_t maxBytes) {
    PatternResult result;
    if (value.size() > maxBytes) {
        std::size_t cut = maxBytes;
        while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) --cut;
        value.resize(cut);
        result.truncated = true;
    }
    result.value = std::move(value);
    return result;
}

PatternResult replacePattern(std::string_view value, std::string_view pattern, std::string_view replacement,
                             bool all, std::size_t maxBytes) {
    std::vector<Token> tokens;
    std::string error;
    if (!compilePattern(pattern, tokens, error)) return failure(std::move(error));
    if (tooComplex(value, pattern)) return failure("pattern too complex for the value");
    PatternMatcher matcher(std::move(tokens), true, value);
    std::size_t begin = 0;
    std::size_t end = 0;
    if (!all) {
        if (!matcher.search(0, false, begin, end)) return {true, std::string(value), {}};
        std::string out(matcher.slice(0, begin));
        out += replacement;
        out += matcher.slice(end, matcher.length());
        return capped(std::move(out), maxBytes);
    }
    std::string out;
    std::size_t lastEnd = 0;
    std::size_t searchFrom = 0;
    while (searchFrom <= matcher.length() && matcher.search(searchFrom, false, begin, end)) {
        out += matcher.slice(lastEnd, begin);
        if (end > lastEnd || begin == 0) out += expandTemplate(replacement, matcher.slice(begin, end));
        lastEnd = end;
        searchFrom = end > searchFrom ? end : searchFrom + 1;
        if (out.size() > maxBytes) return capped(std::move(out), maxBytes);
    }
    out += matcher.slice(lastEnd, matcher.length());
    return capped(std::move(out), maxBytes);
}

} // namespace dw::df::detail
