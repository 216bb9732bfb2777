// BuildKit's newNodeFromLine: splits a logical line into keyword, builder flags and the argument chain that
// each instruction's line parser builds, keeping the source range of every piece.
#include "dockerfile/json_array.h"
#include "dockerfile/logical_line.h"

#include <algorithm>
#include <cstdlib>

namespace dw::df::detail {
namespace {

struct Span {
    std::size_t begin = 0;
    std::size_t end = 0;
};

bool isRegexWhitespace(char c) { return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r'; }
// Go code that indexes bytes and calls unicode.IsSpace(rune(b)) also treats the bytes 0x85 and 0xA0 as space.
bool isByteSpace(char c) { return isGoSpace(static_cast<unsigned char>(c)); }

Span trimSpace(const std::string& text, Span span)
{
    span.begin = skipGoSpaces(text, span.begin, span.end);
    while (span.end > span.begin) {
        std::size_t start = span.end - 1;
        while (start > span.begin && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
        std::size_t width = 1;
        char32_t c = decodeUtf8(text, start, width);
        if (start + width != span.end || !isGoSpace(c)) break;
        span.end = start;
    }
    return span;
}

// Four inline: the parts of a FROM (image, AS, name) or of a legacy `ENV key value` need no allocation.
using SpanList = util::InlineVector<Span, 4>;

SpanList splitOnWhitespace(const std::string& text, Span span)
{
    SpanList parts;
    std::size_t pos = span.begin;
    std::size_t wordStart = pos;
    while (pos < span.end) {
        if (isRegexWhitespace(text[pos])) {
            parts.push_back({wordStart, pos});
            while (pos < span.end && isRegexWhitespace(text[pos])) ++pos;
            wordStart = pos;
        } else {
            ++pos;
        }
    }
    parts.push_back({wordStart, span.end});
    return parts;
}

struct FlagWord {
    std::string value;
    Span span;
};

// extractBuilderFlags: leading `--` words (quotes and backslashes resolved), up to a bare `--` or the first
// other word. Returns the offset where the remaining arguments start.
std::size_t extractBuilderFlags(const std::string& text, Span span, std::vector<FlagWord>& flags)
{
    enum Phase { InSpaces, InWord, InQuote } phase = InSpaces;
    std::string word;
    std::size_t wordStart = span.begin;
    char quote = 0;
    bool blankOk = false;
    for (std::size_t pos = span.begin; pos <= span.end; ++pos) {
        const bool atEnd = pos == span.end;
        const char ch = atEnd ? '\0' : text[pos];
        if (phase == InSpaces) {
            if (atEnd) break;
            if (isByteSpace(ch)) continue;
            if (ch != '-' || pos + 1 == span.end || text[pos + 1] != '-') return pos;
            phase = InWord;
            wordStart = pos;
        }
        if (atEnd) {
            if (word != "--" && (blankOk || !word.empty())) flags.push_back({word, {wordStart, pos}});
            break;
        }
        if (phase == InWord) {
            if (isByteSpace(ch)) {
                phase = InSpaces;
                if (word == "--") return pos;
                if (blankOk || !word.empty()) flags.push_back({word, {wordStart, pos}});
                word.clear();
                blankOk = false;
                continue;
            }
            if (ch == '\'' || ch == '"') {
                quote = ch;
                blankOk = true;
                phase = InQuote;
                continue;
            }
            if (ch == '\\') {
                if (pos + 1 == span.end) continue;
                word += text[++pos];
                continue;
            }
            // Flag words are mostly plain: the bytes up to the next blank, quote or backslash go in at once.
            std::size_t plainEnd = pos + 1;
            while (plainEnd < span.end && !isByteSpace(text[plainEnd]) && text[plainEnd] != '\'' &&
                   text[plainEnd] != '"' && text[plainEnd] != '\\')
                ++plainEnd;
            word.append(text, pos, plainEnd - pos);
            pos = plainEnd - 1;
            continue;
        }
        if (text[pos] == quote) {
            phase = InWord;
            continue;
        }
        if (text[pos] == '\\') {
            if (pos + 1 == span.end) {
                phase = InWord;
                continue;
            }
            ++pos;
        }
        word += text[pos];
    }
    return span.end;
}

struct WordSpan {
    std::string value;
    Span span;
};

// parseWords: splits on white space, keeping quotes and escapes in the words.
std::vector<WordSpan> parseWords(const std::string& text, Span span, char32_t escape)
{
    enum Phase { InSpaces, InWord, InQuote } phase = InSpaces;
    std::vector<WordSpan> words;
    words.reserve(4); // one allocation for the usual ENV, LABEL or ARG line, not one per doubling
    // Every byte of a word is kept as written but a trailing escape character, so a word is the stretch of text
    // from wordStart to wordEnd: it is copied once when complete, not appended to byte by byte.
    std::size_t wordStart = span.begin;
    std::size_t wordEnd = span.begin;
    char32_t quote = 0;
    bool blankOk = false;
    std::size_t width = 0;
    char32_t ch = 0;
    auto keep = [&](std::size_t at, std::size_t w) { wordEnd = at + w; }; // the word now ends after this character
    auto emit = [&](std::size_t at) {
        if (blankOk || wordEnd > wordStart) words.push_back({text.substr(wordStart, wordEnd - wordStart), {wordStart, at}});
    };
    for (std::size_t pos = span.begin; pos <= span.end; pos += width) {
        const bool atEnd = pos == span.end;
        width = 1;
        if (!atEnd) ch = decodeUtf8(text, pos, width);
        if (phase == InSpaces) {
            if (atEnd) break;
            if (isGoSpace(ch)) continue;
            phase = InWord;
            wordStart = wordEnd = pos;
        }
        if (atEnd) {
            emit(pos);
            break;
        }
        if (phase == InWord) {
            if (isGoSpace(ch)) {
                phase = InSpaces;
                emit(pos);
                blankOk = false;
                continue;
            }
            if (ch == U'\'' || ch == U'"') {
                quote = ch;
                blankOk = true;
                phase = InQuote;
            }
            if (ch == escape) {
                if (pos + width == span.end) continue;
                keep(pos, width);
                pos += width;
                ch = decodeUtf8(text, pos, width);
            }
            keep(pos, width);
            continue;
        }
        if (ch == quote) phase = InWord;
        if (ch == escape && quote != U'\'') {
            if (pos + width == span.end) {
                phase = InWord;
                continue;
            }
            keep(pos, width);
            pos += width;
            ch = decodeUtf8(text, pos, width);
        }
        keep(pos, width);
    }
    return words;
}

class Builder {
public:
    Builder(const LogicalLine& line, const Dockerfile& file, Instruction& out, int onbuildDepth)
        : line_(line), file_(file), out_(out), onbuildDepth_(onbuildDepth) {}

    std::string build()
    {
        const std::string& text = line_.text;
        Span all = trimSpace(text, {0, text.size()});
        std::size_t keywordEnd = all.begin;
        while (keywordEnd < all.end && !isRegexWhitespace(text[keywordEnd])) ++keywordEnd;
        out_.keywordWord = word(text.substr(all.begin, keywordEnd - all.begin), {all.begin, keywordEnd});
        out_.keyword = keywordFromName(out_.keywordWord.value);

        Span args{all.end, all.end};
        if (keywordEnd < all.end) {
            Span rest{keywordEnd, all.end};
            while (rest.begin < rest.end && isRegexWhitespace(text[rest.begin])) ++rest.begin;
            std::vector<FlagWord> flagWords;
            std::size_t argsStart = extractBuilderFlags(text, rest, flagWords);
            for (auto& flag : flagWords) addFlag(std::move(flag));
            args = trimSpace(text, {argsStart, all.end});
        }
        out_.argText = text.substr(args.begin, args.end - args.begin);
        out_.argRange = range(args);
        out_.argTextRuns.push_back({0, static_cast<std::uint32_t>(line_.sourceOffset(args.begin))});
        for (const auto& run : line_.runs)
            if (run.textIndex > args.begin && run.textIndex <= args.end)
                out_.argTextRuns.push_back({static_cast<std::uint32_t>(run.textIndex - args.begin),
                                            static_cast<std::uint32_t>(run.sourceOffset)});
        return parseArguments(args);
    }

private:
    Range range(Span span) const { return line_.range(file_, span.begin, span.end); }
    Word word(std::string value, Span span) const { return Word{std::move(value), range(span)}; }
    Word wordAt(Span span) const { return word(line_.text.substr(span.begin, span.end - span.begin), span); }

    void addFlag(FlagWord flagWord)
    {
        Flag flag;
        flag.raw = std::move(flagWord.value);
        flag.range = range(flagWord.span);
        std::string_view body = std::string_view(flag.raw).substr(flag.raw.size() >= 2 ? 2 : flag.raw.size());
        auto equals = body.find('=');
        flag.name = std::string(body.substr(0, equals));
        if (equals != std::string_view::npos) flag.value = std::string(body.substr(equals + 1));
        out_.flags.push_back(std::move(flag));
    }

    std::string parseArguments(Span args)
    {
        switch (out_.keyword) {
        case Keyword::Run:
        case Keyword::Cmd:
        case Keyword::Entrypoint:
        case Keyword::Shell: return parseMaybeJson(args);
        case Keyword::Add:
        case Keyword::Copy:
        case Keyword::Volume: return parseMaybeJsonToList(args);
        case Keyword::From:
        case Keyword::Expose: parseWhitespaceDelimited(args); return {};
        case Keyword::Env: return parseNameValue(args, "ENV");
        case Keyword::Label: return parseNameValue(args, "LABEL");
        case Keyword::Arg: parseNameOrNameValue(args); return {};
        case Keyword::Maintainer:
        case Keyword::User:
        case Keyword::Workdir:
        case Keyword::Stopsignal:
            if (args.end > args.begin) out_.args.push_back(wordAt(args));
            return {};
        case Keyword::Healthcheck: return parseHealthcheck(args);
        case Keyword::Onbuild: return parseOnbuild(args);
        case Keyword::Unknown: out_.args.push_back(word("", {args.begin, args.begin})); return {};
        }
        return {};
    }

    enum class JsonOutcome { Parsed, Invalid, Rejected };

    JsonOutcome tryJson(Span args)
    {
        const std::string& text = line_.text;
        if (args.end == args.begin || text[args.begin] != '[') return JsonOutcome::Invalid;
        std::vector<JsonString> items;
        auto status = parseJsonArray(std::string_view(text).substr(args.begin, args.end - args.begin), items);
        if (status == JsonArrayStatus::Invalid) return JsonOutcome::Invalid;
        if (status == JsonArrayStatus::NotStringArray) return JsonOutcome::Rejected;
        out_.jsonForm = true;
        for (auto& item : items)
            out_.args.push_back(word(std::move(item.value), {args.begin + item.begin, args.begin + item.end}));
        return JsonOutcome::Parsed;
    }

    static std::string notStringArray() { return "when using JSON array syntax, arrays must be comprised of strings only"; }

    std::string parseMaybeJson(Span args)
    {
        if (args.end == args.begin) return {};
        auto outcome = tryJson(args);
        if (outcome == JsonOutcome::Rejected) return notStringArray();
        if (outcome == JsonOutcome::Invalid) out_.args.push_back(wordAt(args));
        return {};
    }

    std::string parseMaybeJsonToList(Span args)
    {
        auto outcome = tryJson(args);
        if (outcome == JsonOutcome::Rejected) return notStringArray();
        if (outcome == JsonOutcome::Invalid) parseWhitespaceDelimited(args);
        return {};
    }

    void parseWhitespaceDelimited(Span args)
    {
        if (args.end == args.begin) return;
        const SpanList parts = splitOnWhitespace(line_.text, args);
        out_.args.reserve(out_.args.size() + parts.size());
        for (Span part : parts) out_.args.push_back(wordAt(part));
    }

    std::string parseNameValue(Span args, const char* keyword)
    {
        const std::string& text = line_.text;
        auto words = parseWords(text, args, file_.escape);
        if (words.empty()) return {};
        if (words[0].value.find('=') == std::string::npos) {
            auto parts = splitOnWhitespace(text, args);
            if (parts.size() < 2) return std::string(keyword) + " must have two arguments";
            Span value{parts[1].begin, args.end};
            KeyValue pair{wordAt(parts[0]), wordAt(value), true, range({parts[0].begin, args.end})};
            out_.args.push_back(pair.key);
            out_.args.push_back(*pair.value);
            out_.args.push_back(word("", {args.end, args.end}));
            out_.pairs.push_back(std::move(pair));
            return {};
        }
        out_.args.reserve(out_.args.size() + 3 * words.size());
        out_.pairs.reserve(out_.pairs.size() + words.size());
        for (const auto& w : words) {
            auto equals = w.value.find('=');
            if (equals == std::string::npos)
                return "Syntax error - can't find = in \"" + w.value + "\". Must be of the form: name=value";
            Span key{w.span.begin, w.span.begin + equals};
            Span value{key.end + 1, w.span.end};
            KeyValue pair{word(w.value.substr(0, equals), key), word(w.value.substr(equals + 1), value), false,
                          range(w.span)};
            out_.args.push_back(pair.key);
            out_.args.push_back(*pair.value);
            out_.args.push_back(word("=", {key.end, key.end + 1}));
            out_.pairs.push_back(std::move(pair));
        }
        return {};
    }

    void parseNameOrNameValue(Span args)
    {
        for (const auto& w : parseWords(line_.text, args, file_.escape)) {
            out_.args.push_back(word(w.value, w.span));
            auto equals = w.value.find('=');
            KeyValue pair;
            pair.range = range(w.span);
            if (equals == std::string::npos) {
                pair.key = word(w.value, w.span);
            } else {
                Span key{w.span.begin, w.span.begin + equals};
                pair.key = word(w.value.substr(0, equals), key);
                pair.value = word(w.value.substr(equals + 1), {key.end + 1, w.span.end});
            }
            out_.pairs.push_back(std::move(pair));
        }
    }

    std::string parseHealthcheck(Span args)
    {
        const std::string& text = line_.text;
        std::size_t separator = args.begin;
        while (separator < args.end && !isByteSpace(text[separator])) ++separator;
        if (separator == args.begin) return {};
        std::size_t next = separator;
        while (next < args.end && isByteSpace(text[next])) ++next;
        out_.args.push_back(wordAt({args.begin, separator}));
        return parseMaybeJson({next, args.end});
    }

    std::string parseOnbuild(Span args)
    {
        if (args.end == args.begin) return {};
        // `docker build` rejects ONBUILD ONBUILD anyway; past a few levels the rest of the line is one argument
        // instead of another copy of the line per level (quadratic memory for a line of ONBUILDs).
        if (onbuildDepth_ >= kMaxOnbuildDepth) {
            out_.args.push_back(wordAt(args));
            return {};
        }
        auto inner = std::make_unique<Instruction>();
        std::string error = Builder(line_.slice(args.begin, args.end), file_, *inner, onbuildDepth_ + 1).build();
        if (!error.empty()) return error;
        inner->range = range(args);
        out_.inner = std::move(inner);
        return {};
    }

    static constexpr int kMaxOnbuildDepth = 4;

    const LogicalLine& line_;
    const Dockerfile& file_;
    Instruction& out_;
    int onbuildDepth_ = 0;
};

// Splits a line into shell words as BuildKit's lexer does with raw quotes and escapes kept.
std::vector<Span> rawShellWords(const std::string& text)
{
    std::vector<Span> words;
    std::size_t pos = 0;
    while (pos < text.size()) {
        while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\n')) ++pos;
        if (pos >= text.size()) break;
        std::size_t start = pos;
        char quote = 0;
        while (pos < text.size()) {
            char c = text[pos];
            if (quote) {
                if (c == quote) quote = 0;
                else if (c == '\\' && quote == '"' && pos + 1 < text.size()) ++pos;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '\\' && pos + 1 < text.size()) {
                ++pos;
            } else if (c == ' ' || c == '\t' || c == '\n') {
                break;
            }
            ++pos;
        }
        words.push_back({start, pos});
    }
    return words;
}

// Removes quotes and escapes of a heredoc delimiter; false if it is not exactly one word.
bool unquoteDelimiter(std::string_view raw, std::string& name)
{
    char quote = 0;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        char c = raw[i];
        if (quote) {
            if (c == quote) quote = 0;
            else if (c == '\\' && quote == '"' && i + 1 < raw.size() && std::string_view("\"\\$`").find(raw[i + 1]) != std::string_view::npos) name += raw[++i];
            else name += c;
        } else if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == '\\') {
            if (i + 1 < raw.size()) name += raw[++i];
        } else if (c == ' ' || c == '\t') {
            return false;
        } else {
            name += c;
        }
    }
    return true;
}

} // namespace

std::string buildInstruction(const LogicalLine& line, const Dockerfile& file, Instruction& out)
{
    return Builder(line, file, out, 0).build();
}

std::vector<HeredocWord> heredocsFromLine(const LogicalLine& line, std::string& /*error*/)
{
    std::vector<HeredocWord> found;
    const std::string& text = line.text;
    for (Span span : rawShellWords(text)) {
        std::string_view word = std::string_view(text).substr(span.begin, span.end - span.begin);
        std::size_t digits = 0;
        while (digits < word.size() && word[digits] >= '0' && word[digits] <= '9') ++digits;
        if (word.substr(digits, 2) != "<<") continue;
        std::size_t restStart = digits + 2;
        bool chomp = restStart < word.size() && word[restStart] == '-';
        if (chomp) ++restStart;
        std::string_view rest = word.substr(restStart);
        if (rest.empty() || rest.find('<') != std::string_view::npos) continue;
        Heredoc heredoc;
        if (!unquoteDelimiter(rest, heredoc.name)) continue;
        auto quotes = [](std::string_view s) { return std::count(s.begin(), s.end(), '\'') + std::count(s.begin(), s.end(), '"'); };
        heredoc.expand = quotes(heredoc.name) == quotes(rest);
        heredoc.chomp = chomp;
        heredoc.fileDescriptor = digits > 0 ? std::atoi(std::string(word.substr(0, digits)).c_str()) : 0;
        found.push_back({std::move(heredoc), span.begin, span.end});
    }
    return found;
}

} // namespace dw::df::detail
