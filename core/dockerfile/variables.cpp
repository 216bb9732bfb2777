#include "dockerfile/variables.h"

#include "dockerfile/variables_pattern.h"
#include "util/byte_scan.h"

#include <algorithm>
#include <stdexcept>
#include <unordered_set>

namespace dw::df {
namespace {

using detail::decodeUtf8;

constexpr char32_t kEnd = 0xFFFFFFFF;
constexpr int kMaxNesting = 64;

struct Char {
    char32_t code = kEnd;
    std::string_view text;
};

struct LexFailure : std::runtime_error {
    using std::runtime_error::runtime_error;
};

[[noreturn]] void fail(const std::string& message) {
    throw LexFailure(message);
}

/// BuildKit's wordsStruct: splits on whitespace that came from unquoted text or variable values.
class WordSplitter {
  public:
    void addChar(Char ch) {
        if (detail::isSpace(ch.code)) {
            if (inWord_ && !word_.empty()) {
                words_.push_back(std::move(word_));
                word_.clear();
                inWord_ = false;
            }
        } else {
            addRaw(ch.text);
        }
    }
    void addRaw(std::string_view text) {
        word_ += text;
        inWord_ = true;
    }
    void addString(std::string_view text) {
        for (std::size_t pos = 0; pos < text.size();) {
            const auto ch = decodeUtf8(text, pos);
            addChar({ch.code, text.substr(pos, ch.size)});
            pos += ch.size;
        }
    }
    std::vector<std::string> finish() {
        if (!word_.empty()) words_.push_back(std::move(word_));
        return std::move(words_);
    }

  private:
    std::string word_;
    std::vector<std::string> words_;
    bool inWord_ = false;
};

class Lexer {
  public:
    Lexer(std::string_view source, const LexOptions& options, const VariableLookup* lookup,
          std::vector<VariableRef>* refs)
        : source_(source), options_(options), lookup_(lookup), refs_(refs) {}

    std::string run(WordSplitter* splitter) { return processUntil(kEnd, options_.rawEscapes, splitter); }

    std::vector<std::string> used;
    std::vector<std::string> undefined;
    bool truncated = false;

  private:
    /// Appends what still fits under kMaxExpansionBytes (whole UTF-8 characters only); returns what was kept.
    std::string_view append(std::string& out, std::string_view text) {
        if (out.size() + text.size() <= kMaxExpansionBytes) {
            out += text;
            return text;
        }
        truncated = true;
        std::size_t room = kMaxExpansionBytes > out.size() ? kMaxExpansionBytes - out.size() : 0;
        while (room > 0 && room < text.size() && (static_cast<unsigned char>(text[room]) & 0xC0) == 0x80) --room;
        const std::string_view kept = text.substr(0, std::min(room, text.size()));
        out += kept;
        return kept;
    }

    bool atEnd() const { return pos_ >= source_.size(); }

    Char peek() const {
        if (atEnd()) return {};
        const auto ch = decodeUtf8(source_, pos_);
        return {ch.code, source_.substr(pos_, ch.size)};
    }

    Char next() {
        const Char ch = peek();
        pos_ += ch.text.size();
        return ch;
    }

    std::string processUntil(char32_t stop, bool rawEscapes, WordSplitter* splitter) {
        std::string result;
        while (!atEnd()) {
            if (!splitter) { // a run of plain ASCII goes in whole: each of its characters would be appended as it is
                std::size_t end = pos_;
                while (end < source_.size()) {
                    const auto byte = static_cast<unsigned char>(source_[end]);
                    if (byte >= 0x80 || byte == '$' || byte == '\'' || byte == '"' || byte == options_.escape ||
                        byte == stop)
                        break;
                    ++end;
                }
                if (end > pos_) {
                    append(result, source_.substr(pos_, end - pos_));
                    pos_ = end;
                    continue;
                }
            }
            Char ch = peek();
            if (stop != kEnd && ch.code == stop) {
                next();
                return result;
            }
            if (ch.code == '$' || ch.code == '\'' || ch.code == '"') {
                const std::string part = ch.code == '$'    ? processDollar()
                                         : ch.code == '\'' ? processSingleQuote()
                                                           : processDoubleQuote(rawEscapes);
                const std::string_view kept = append(result, part);
                if (splitter && ch.code == '$')
                    splitter->addString(kept);
                else if (splitter)
                    splitter->addRaw(kept);
                continue;
            }
            ch = next();
            if (ch.code == options_.escape) {
                if (rawEscapes) {
                    const std::string_view kept = append(result, ch.text);
                    if (splitter) splitter->addRaw(kept);
                }
                ch = next();
                if (ch.code == kEnd) break;
                const std::string_view kept = append(result, ch.text);
                if (splitter) splitter->addRaw(kept);
                continue;
            }
            const std::string_view kept = append(result, ch.text);
            if (splitter && !kept.empty()) splitter->addChar(ch);
        }
        if (stop != kEnd) {
            std::string stopText;
            stopText += static_cast<char>(stop);
            fail("unexpected end of statement while looking for matching " + stopText);
        }
        return result;
    }

    std::string processSingleQuote() {
        std::string result;
        const Char open = next();
        if (options_.rawQuotes) append(result, open.text);
        while (true) {
            const Char ch = next();
            if (ch.code == kEnd) fail("unexpected end of statement while looking for matching single-quote");
            if (ch.code == '\'') {
                if (options_.rawQuotes) append(result, ch.text);
                return result;
            }
            append(result, ch.text);
        }
    }

    std::string processDoubleQuote(bool rawEscapes) {
        std::string result;
        const Char open = next();
        if (options_.rawQuotes) append(result, open.text);
        while (true) {
            Char ch = peek();
            if (ch.code == kEnd) fail("unexpected end of statement while looking for matching double-quote");
            if (ch.code == '"') {
                next();
                if (options_.rawQuotes) append(result, ch.text);
                return result;
            }
            if (ch.code == '$') {
                append(result, processDollar());
                continue;
            }
            ch = next();
            if (ch.code == options_.escape) {
                if (rawEscapes) append(result, ch.text);
                const char32_t following = peek().code;
                if (following == kEnd) continue;
                if (following == '"' || following == '$' || following == options_.escape) ch = next();
            }
            append(result, ch.text);
        }
    }

    std::string processDollar() {
        struct Depth {
            int& depth;
            explicit Depth(int& d) : depth(d) {
                if (++depth > kMaxNesting) fail("too many nested variable references");
            }
            ~Depth() { --depth; }
        } depth(depth_);

        const std::size_t begin = pos_;
        next();
        if (peek().code != '{') {
            const std::string name = processName();
            if (name.empty()) return "$";
            closeRef(openRef(name, begin, false));
            const auto value = resolve(name, false);
            if (!value && options_.skipUnsetEnv) return "$" + name;
            return value.value_or(std::string());
        }
        next();
        const char32_t first = peek().code;
        if (first == kEnd) fail("syntax error: missing '}'");
        if (first == '{' || first == '}' || first == ':') fail("syntax error: bad substitution");
        const std::string name = processName();
        const Char op = next();
        switch (op.code) {
        case '}': {
            closeRef(openRef(name, begin, false));
            const auto value = resolve(name, false);
            if (!value && options_.skipUnsetEnv) return "${" + name + "}";
            return value.value_or(std::string());
        }
        case ':':
        case '+':
        case '-':
        case '?':
        case '#':
        case '%':
            return processModifier(name, begin, op);
        case '/':
            return processReplace(name, begin);
        case kEnd:
            openRef(name, begin, false);
            fail("syntax error: missing '}'");
        default:
            fail("unsupported modifier (" + std::string(op.text) + ") in substitution");
        }
    }

    std::string processModifier(const std::string& name, std::size_t begin, Char op) {
        std::string modifierText(op.text);
        bool nullIsUnset = false;
        char32_t modifier = op.code;
        if (modifier == ':') {
            nullIsUnset = true;
            const Char second = next();
            modifierText += second.text;
            modifier = second.code;
        }
        const bool harmless = modifier == '-' || modifier == '+';
        const std::size_t ref = openRef(name, begin, harmless);
        const auto value = resolve(name, harmless);
        std::string word =
            processEnclosed('}', modifier == '#' || modifier == '%', "syntax error: missing '}'");
        closeRef(ref);

        if (!value && options_.skipUnsetEnv) return "${" + name + modifierText + word + "}";
        const bool unset = !value || (nullIsUnset && value->empty());
        switch (modifier) {
        case '-':
            return unset ? word : *value;
        case '+':
            return unset ? std::string() : word;
        case '?':
            if (collecting()) return {};
            if (!value) fail(name + ": " + (word.empty() ? "is not allowed to be unset" : word));
            if (unset) fail(name + ": " + (word.empty() ? "is not allowed to be empty" : word));
            return *value;
        case '#':
        case '%': {
            if (collecting()) return {};
            const bool longest = !word.empty() && static_cast<char32_t>(word.front()) == modifier;
            if (longest) word.erase(0, 1);
            const std::string current = value.value_or(std::string());
            const auto result = modifier == '#' ? detail::removePatternPrefix(current, word, longest)
                                                : detail::removePatternSuffix(current, word, longest);
            if (!result.ok) fail("invalid pattern (" + word + ") in substitution: " + result.error);
            return result.value;
        }
        default:
            fail("unsupported modifier (" + modifierText + ") in substitution");
        }
    }

    std::string processReplace(const std::string& name, std::size_t begin) {
        const bool all = peek().code == '/';
        if (all) next();
        const std::size_t ref = openRef(name, begin, false);
        const auto value = resolve(name, false);
        const std::string pattern = processEnclosed('/', true, "syntax error: missing '/' in ${}");
        const std::string replacement = processEnclosed('}', true, "syntax error: missing '}'");
        closeRef(ref);

        if (!value && options_.skipUnsetEnv) return "${" + name + "/" + pattern + "/" + replacement + "}";
        if (collecting()) return {};
        const auto result =
            detail::replacePattern(value.value_or(std::string()), pattern, replacement, all, kMaxExpansionBytes);
        if (result.truncated) truncated = true;
        if (!result.ok) fail("invalid pattern (" + pattern + ") in substitution: " + result.error);
        return result.value;
    }

    /// The word of a `${...}` form up to `stop`; running off the end reports `missingMessage`.
    std::string processEnclosed(char32_t stop, bool rawEscapes, const char* missingMessage) {
        try {
            return processUntil(stop, rawEscapes, nullptr);
        } catch (const LexFailure&) {
            if (atEnd()) fail(missingMessage);
            throw;
        }
    }

    std::string processName() {
        std::string name;
        while (!atEnd()) {
            // A run of ASCII letters, digits and underscores goes in whole; a name never starts with a digit here
            // (that is a positional parameter, below).
            std::size_t end = pos_;
            const char first = source_[end];
            if (util::isWordByte(first) && (!name.empty() || first < '0' || first > '9')) {
                while (end < source_.size() && util::isWordByte(source_[end]))
                    ++end;
                name.append(source_.substr(pos_, end - pos_));
                pos_ = end;
                continue;
            }
            const Char ch = peek();
            if (name.empty() && detail::isDigit(ch.code)) {
                while (!atEnd() && detail::isDigit(peek().code))
                    name += next().text;
                return name;
            }
            if (name.empty() && isSpecialParameter(ch.code)) return std::string(next().text);
            if (!detail::isLetter(ch.code) && !detail::isDigit(ch.code) && ch.code != '_') break;
            name += next().text;
        }
        return name;
    }

    static bool isSpecialParameter(char32_t ch) {
        switch (ch) {
        case '@':
        case '*':
        case '#':
        case '?':
        case '-':
        case '$':
        case '!':
        case '0':
            return true;
        default:
            return false;
        }
    }

    bool collecting() const { return refs_ != nullptr; }

    std::size_t openRef(const std::string& name, std::size_t begin, bool hasDefault) {
        if (!refs_) return 0;
        refs_->push_back({name, begin, source_.size(), hasDefault});
        return refs_->size() - 1;
    }

    void closeRef(std::size_t index) {
        if (refs_) (*refs_)[index].end = pos_;
    }

    std::optional<std::string> resolve(const std::string& name, bool harmless) {
        if (name.empty() || !lookup_ || !*lookup_) return std::nullopt;
        auto value = (*lookup_)(name);
        remember(used, name);
        if (!value && !harmless) remember(undefined, name);
        return value;
    }

    void remember(std::vector<std::string>& names, const std::string& name) {
        auto& seen = &names == &used ? usedSeen_ : undefinedSeen_;
        if (seen.insert(name).second) names.push_back(name);
    }

    std::string_view source_;
    std::size_t pos_ = 0;
    LexOptions options_;
    const VariableLookup* lookup_;
    std::vector<VariableRef>* refs_;
    int depth_ = 0;
    std::unordered_set<std::string> usedSeen_;
    std::unordered_set<std::string> undefinedSeen_;
};

std::string quoted(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += c;
        }
    }
    return out + "\"";
}

Expansion process(std::string_view word, const VariableLookup& lookup, const LexOptions& options,
                  WordSplitter* splitter) {
    Expansion expansion;
    Lexer lexer(word, options, &lookup, nullptr);
    try {
        expansion.value = lexer.run(splitter);
    } catch (const LexFailure& failure) {
        expansion.ok = false;
        expansion.error = "failed to process " + quoted(word) + ": " + failure.what();
    }
    expansion.used = std::move(lexer.used);
    expansion.undefined = std::move(lexer.undefined);
    expansion.truncated = lexer.truncated;
    return expansion;
}

} // namespace

Expansion expandWord(std::string_view word, const VariableLookup& lookup, const LexOptions& options) {
    return process(word, lookup, options, nullptr);
}

std::vector<std::string> expandWords(std::string_view text, const VariableLookup& lookup,
                                     const LexOptions& options, Expansion* info) {
    WordSplitter splitter;
    Expansion expansion = process(text, lookup, options, &splitter);
    std::vector<std::string> words;
    if (expansion.ok) words = splitter.finish();
    if (info) *info = std::move(expansion);
    return words;
}

std::vector<VariableRef> findVariableRefs(std::string_view word, char32_t escape) {
    std::vector<VariableRef> refs;
    if (word.find('$') == std::string_view::npos) return refs; // every reference starts at a `$`: most words have none
    LexOptions options;
    options.escape = escape;
    Lexer lexer(word, options, nullptr, &refs);
    try {
        lexer.run(nullptr);
    } catch (const LexFailure&) {
    }
    return refs;
}

} // namespace dw::df
