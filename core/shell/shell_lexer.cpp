// Tokens and words of the shell parser: quoting, escapes, expansions, operators and heredoc bodies.
#include "shell/shell_parser.h"

#include <algorithm>
#include <array>
#include <utility>

namespace dw::sh::detail {

namespace {

bool isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\r';
}
bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
bool isNameStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool isNameChar(char c) {
    return isNameStart(c) || isDigit(c);
}
bool isSpecialParameter(char c) {
    return c != '\0' && (isDigit(c) || std::string_view("@*#?$!-").find(c) != std::string_view::npos);
}

/// The length of the longest operator at the start of `rest` (not empty): `;;&`, `<<<`, `<<-`, `&>>`, then the
/// two-byte ones (`&&`, `||`, `|&`, `;;`, `;&`, `<<`, `>>`, `>|`, `>&`, `<&`, `<>`, `&>`, `((`), else one byte.
std::size_t operatorLength(std::string_view rest) {
    const auto at = [&](std::size_t i) { return i < rest.size() ? rest[i] : '\0'; };
    const char second = at(1);
    switch (rest[0]) {
    case ';':
        if (second == ';') return at(2) == '&' ? 3 : 2;
        return second == '&' ? 2 : 1;
    case '<':
        if (second == '<') return at(2) == '<' || at(2) == '-' ? 3 : 2;
        return second == '&' || second == '>' ? 2 : 1;
    case '&':
        if (second == '>') return at(2) == '>' ? 3 : 2;
        return second == '&' ? 2 : 1;
    case '|':
        return second == '|' || second == '&' ? 2 : 1;
    case '>':
        return second == '>' || second == '|' || second == '&' ? 2 : 1;
    case '(':
        return second == '(' ? 2 : 1;
    default:
        return 1;
    }
}

// Operators are at most three bytes and words checked here at most four: switching on the first byte and the
// length leaves one comparison at most (these run for every token).
Separator separatorOf(std::string_view op) {
    switch (op[0]) {
    case '&':
        if (op.size() == 1) return Separator::Background;
        return op == "&&" ? Separator::And : Separator::None;
    case '|':
        if (op.size() == 1 || op == "|&") return Separator::Pipe;
        return op == "||" ? Separator::Or : Separator::None;
    case ';':
        return op.size() == 1 ? Separator::Semicolon : Separator::None;
    default:
        return Separator::None;
    }
}

unsigned closingOperator(std::string_view op) {
    if (op[0] == ')') return op.size() == 1 ? CloseParen : NoCloser;
    if (op[0] == ';' && (op == ";;" || op == ";&" || op == ";;&")) return CloseCaseItem;
    return NoCloser;
}

unsigned closingWord(std::string_view word) {
    switch (word.size()) {
    case 1:
        return word[0] == '}' ? CloseBrace : NoCloser;
    case 2:
        if (word == "fi") return CloseFi;
        return word == "do" ? CloseDo : NoCloser;
    case 4:
        switch (word[0]) {
        case 't': return word == "then" ? CloseThen : NoCloser;
        case 'e':
            if (word == "elif") return CloseElif;
            if (word == "else") return CloseElse;
            return word == "esac" ? CloseEsac : NoCloser;
        case 'd': return word == "done" ? CloseDone : NoCloser;
        default: return NoCloser;
        }
    default:
        return NoCloser;
    }
}

constexpr auto kSpecialInWord = [] {
    std::array<bool, 256> table{};
    for (const char c : std::string_view(" \t\r\n\\'\"$`;&|<>()"))
        table[static_cast<unsigned char>(c)] = true;
    return table;
}();

constexpr auto kSpecialInDoubleQuotes = [] {
    std::array<bool, 256> table{};
    for (const char c : std::string_view("\"\\$`"))
        table[static_cast<unsigned char>(c)] = true;
    return table;
}();

/// True for characters with no meaning inside an unquoted word, which can be copied in runs.
bool isOrdinaryWordChar(char c) {
    return !kSpecialInWord[static_cast<unsigned char>(c)];
}

char ansiCEscape(char c) {
    switch (c) {
    case 'n':
        return '\n';
    case 't':
        return '\t';
    case 'r':
        return '\r';
    case 'a':
        return '\a';
    case 'b':
        return '\b';
    case 'f':
        return '\f';
    case 'v':
        return '\v';
    case 'e':
        return '\x1b';
    default:
        return c;
    }
}

} // namespace

bool isOperatorChar(char c) {
    return c == ';' || c == '&' || c == '|' || c == '<' || c == '>' || c == '(' || c == ')';
}

bool isRedirectionOperator(std::string_view op) {
    return op.find_first_of("<>") != std::string_view::npos;
}

bool looksLikeAssignment(std::string_view raw) {
    const std::size_t equals = raw.find('=');
    if (equals == std::string_view::npos) return false;
    std::string_view name = raw.substr(0, equals);
    if (name.ends_with('+')) name.remove_suffix(1);
    return !name.empty() && isNameStart(name.front()) && std::all_of(name.begin(), name.end(), isNameChar);
}

Parser::Parser(std::string_view text) : text_(text), limit_(text.size()) {
    commands_.reserve(text.size() / 48 + 2); // about one command per 48 bytes in real RUN scripts: few regrowths
}

const Token& Parser::peek() {
    if (!lookahead_) {
        const std::size_t mark = commands_.size();
        lexToken(lookahead_.emplace()); // in place: a token is never moved on its way to the grammar
        lookaheadMark_ = mark;
    }
    return *lookahead_;
}

void Parser::take() {
    peek();
    lookahead_.reset();
}

Token Parser::takeToken() {
    peek();
    Token token = std::move(*lookahead_);
    lookahead_.reset();
    return token;
}

void Parser::takeWordInto(std::vector<Word>& words) {
    peek();
    words.push_back(std::move(lookahead_->word));
    lookahead_.reset();
}

Word Parser::takeWord() {
    peek();
    Word word = std::move(lookahead_->word);
    lookahead_.reset();
    return word;
}

void Parser::lexToken(Token& token) {
    skipBlanksAndComments();
    token.begin = pos_;
    if (pos_ >= limit_) {
        token.end = pos_;
        return;
    }
    if (text_[pos_] == '\n') {
        ++pos_;
        token.kind = TokenKind::Newline;
        token.separator = Separator::Semicolon;
        token.end = pos_;
        readPendingHeredocs();
        return;
    }
    if (atOperator()) {
        lexOperator(token);
    } else {
        token.kind = TokenKind::Word;
        lexWord(token.word);
        token.end = pos_;
    }
    classify(token);
}

void Parser::classify(Token& token) const {
    if (token.kind == TokenKind::Operator) {
        token.separator = separatorOf(token.op);
        token.closer = closingOperator(token.op);
    } else if (token.kind == TokenKind::Word) {
        token.plain = !token.word.quoted && !token.word.hasExpansion;
        if (token.plain) token.closer = closingWord(token.word.text);
    }
}

void Parser::skipBlanksAndComments() {
    while (pos_ < limit_) {
        const char c = text_[pos_];
        if (isBlank(c)) {
            ++pos_;
        } else if (const std::size_t length = continuationLength(pos_)) {
            pos_ += length;
        } else if (c == '#') {
            skipToEndOfLine();
        } else {
            break;
        }
    }
}

void Parser::skipToEndOfLine() {
    const std::size_t newline = text_.substr(0, limit_).find('\n', pos_);
    pos_ = newline == std::string_view::npos ? limit_ : newline;
}

bool Parser::atOperator() const {
    const char c = text_[pos_];
    if ((c == '<' || c == '>') && charAt(pos_ + 1) == '(') return false; // process substitution: a word
    if (isOperatorChar(c)) return true;
    std::size_t p = pos_;
    while (isDigit(charAt(p)))
        ++p;
    return p > pos_ && (charAt(p) == '<' || charAt(p) == '>');
}

void Parser::lexOperator(Token& token) {
    token.kind = TokenKind::Operator;
    token.begin = pos_;
    std::size_t p = pos_;
    while (isDigit(charAt(p)))
        ++p;
    const std::string_view rest = text_.substr(p, limit_ - p); // not empty: atOperator() saw an operator
    pos_ = std::min(p + operatorLength(rest), limit_);
    token.op = text_.substr(token.begin, pos_ - token.begin);
    if (token.op == "((") skipBalancedParens(p); // the token covers the whole arithmetic command
    token.end = pos_;
}

// After `>&` or `<&`: the `1` of `2>&1>file` is a descriptor, not the start of another `1>` redirection.
std::optional<Word> Parser::lexDescriptor() {
    skipBlanksAndComments();
    std::size_t end = pos_;
    while (isDigit(charAt(end)))
        ++end;
    if (end == pos_ && charAt(end) == '-') ++end;
    const char after = charAt(end);
    if (end == pos_ || !(after == '\0' || isBlank(after) || after == '\n' || isOperatorChar(after)))
        return std::nullopt;
    Word word;
    word.begin = pos_;
    word.end = end;
    word.text = std::string(text_.substr(pos_, end - pos_));
    pos_ = end;
    return word;
}

void Parser::lexWord(Word& word) {
    word.begin = pos_;
    // Most words are plain: ordinary characters up to a blank, a line break, the end, or an operator that cannot
    // continue a word (`<(`, `>(` and `a=(` can). Such a word is its own text, copied once.
    std::size_t plainEnd = pos_;
    while (plainEnd < limit_ && isOrdinaryWordChar(text_[plainEnd]))
        ++plainEnd;
    const char stop = charAt(plainEnd);
    if (plainEnd > pos_ && (plainEnd == limit_ || isBlank(stop) || stop == '\n' || stop == ';' || stop == '&' ||
                            stop == '|' || stop == ')')) {
        word.text.assign(text_.data() + pos_, plainEnd - pos_);
        pos_ = plainEnd;
        word.end = plainEnd;
        return;
    }
    while (pos_ < limit_) {
        const char c = text_[pos_];
        if (isBlank(c) || c == '\n') break;
        if (isOperatorChar(c)) {
            const std::string_view sofar = text_.substr(word.begin, pos_ - word.begin);
            if ((c == '<' || c == '>') && charAt(pos_ + 1) == '(') {
                word.text += c;
                lexParenSubstitution(word, pos_ + 1);
            } else if (c == '(' && sofar.ends_with('=') && looksLikeAssignment(sofar)) {
                const std::size_t open = pos_;
                skipBalancedParens(open); // bash array: a=(1 2 3)
                word.text.append(text_.substr(open, pos_ - open));
            } else {
                break;
            }
            continue;
        }
        switch (c) {
        case '\\':
            lexBackslash(word);
            break;
        case '\'':
            lexSingleQuoted(word);
            break;
        case '"':
            lexDoubleQuoted(word);
            break;
        case '$':
            lexDollar(word, false);
            break;
        case '`':
            lexBacktick(word);
            break;
        default:
            appendOrdinaryRun(word);
        }
    }
    word.end = pos_;
    word.setRaw(text_.substr(word.begin, word.end - word.begin));
}

void Parser::appendOrdinaryRun(Word& word) {
    const std::size_t start = pos_;
    while (pos_ < limit_ && isOrdinaryWordChar(text_[pos_]))
        ++pos_;
    if (pos_ == start) ++pos_; // a lone special character the caller did not handle
    word.text.append(text_.substr(start, pos_ - start));
}

// A backslash-newline (or backslash-CRLF) joins lines; returns its length at `at`, or 0.
std::size_t Parser::continuationLength(std::size_t at) const {
    if (charAt(at) != '\\') return 0;
    if (charAt(at + 1) == '\n') return 2;
    return charAt(at + 1) == '\r' && charAt(at + 2) == '\n' ? 3 : 0;
}

void Parser::lexBackslash(Word& word) {
    if (const std::size_t length = continuationLength(pos_)) {
        pos_ += length;
        return;
    }
    if (pos_ + 1 >= limit_) {
        word.text += '\\';
        ++pos_;
        return;
    }
    word.text += text_[pos_ + 1];
    pos_ += 2;
    word.quoted = true;
}

void Parser::lexSingleQuoted(Word& word) {
    word.quoted = true;
    const std::size_t close = std::min(text_.substr(0, limit_).find('\'', pos_ + 1), limit_);
    word.text.append(text_.substr(pos_ + 1, close - pos_ - 1));
    pos_ = std::min(close + 1, limit_);
}

void Parser::lexDoubleQuoted(Word& word) {
    word.quoted = true;
    ++pos_;
    while (pos_ < limit_) {
        const char c = text_[pos_];
        if (c == '"') {
            ++pos_;
            return;
        }
        if (c == '\\') {
            const char next = charAt(pos_ + 1);
            if (const std::size_t length = continuationLength(pos_)) {
                pos_ += length;
            } else if (next == '$' || next == '`' || next == '"' || next == '\\') {
                word.text += next;
                pos_ += 2;
            } else {
                word.text += c;
                ++pos_;
            }
        } else if (c == '$') {
            lexDollar(word, true);
        } else if (c == '`') {
            lexBacktick(word);
        } else {
            const std::size_t start = pos_; // a run of characters with no meaning inside double quotes
            while (++pos_ < limit_ && !kSpecialInDoubleQuotes[static_cast<unsigned char>(text_[pos_])]) {
            }
            word.text.append(text_.substr(start, pos_ - start));
        }
    }
}

void Parser::lexAnsiCQuoted(Word& word) {
    word.quoted = true;
    pos_ += 2;
    while (pos_ < limit_ && text_[pos_] != '\'') {
        if (text_[pos_] == '\\' && pos_ + 1 < limit_) {
            word.text += ansiCEscape(text_[pos_ + 1]);
            pos_ += 2;
        } else {
            word.text += text_[pos_++];
        }
    }
    pos_ = std::min(pos_ + 1, limit_);
}

void Parser::lexDollar(Word& word, bool insideDoubleQuotes) {
    const std::size_t start = pos_;
    const char next = charAt(pos_ + 1);
    if (next == '(' && charAt(pos_ + 2) == '(') {
        skipBalancedParens(pos_ + 1);
    } else if (next == '(') {
        word.text += '$';
        lexParenSubstitution(word, pos_ + 1);
        return;
    } else if (next == '{') {
        ++pos_;
        skipBracedExpansion(insideDoubleQuotes);
    } else if (isNameStart(next)) {
        ++pos_;
        while (isNameChar(charAt(pos_)))
            ++pos_;
    } else if (isSpecialParameter(next)) {
        pos_ += 2;
    } else if (next == '\'' && !insideDoubleQuotes) {
        lexAnsiCQuoted(word);
        return;
    } else if (next == '"' && !insideDoubleQuotes) {
        ++pos_;
        lexDoubleQuoted(word);
        return;
    } else {
        word.text += '$';
        ++pos_;
        return;
    }
    word.text.append(text_.substr(start, pos_ - start));
    word.hasExpansion = true;
}

void Parser::lexParenSubstitution(Word& word, std::size_t open) {
    pos_ = open + 1;
    parseSubstitution(limit_, CloseParen);
    word.text.append(text_.substr(open, pos_ - open));
    word.hasExpansion = true;
}

void Parser::lexBacktick(Word& word) {
    const std::size_t start = pos_;
    std::size_t close = start + 1;
    while (close < limit_ && text_[close] != '`')
        close += text_[close] == '\\' ? 2 : 1;
    close = std::min(close, limit_);
    pos_ = start + 1;
    parseSubstitution(close, NoCloser);
    pos_ = std::min(close + 1, limit_);
    word.text.append(text_.substr(start, pos_ - start));
    word.hasExpansion = true;
}

void Parser::parseSubstitution(std::size_t innerLimit, unsigned closers) {
    // The token being lexed around the substitution lives in lookahead_ (see peek()), which the inner commands'
    // tokens need: it waits here and goes back to the same storage, where the lexer's references point.
    std::optional<Token> outer;
    outer.swap(lookahead_);
    const std::size_t outerLimit = limit_;
    limit_ = innerLimit;
    ++depth_;
    ++substitutionLevel_;
    parseList(closers, true);
    if (closers & CloseParen && peekIsOperator(")")) take();
    lookahead_.reset();
    lookahead_.swap(outer);
    --substitutionLevel_;
    --depth_;
    limit_ = outerLimit;
}

std::size_t Parser::skipQuoted(std::size_t open) const {
    const char quote = text_[open];
    std::size_t p = open + 1;
    while (p < limit_ && text_[p] != quote)
        p += (quote == '"' && text_[p] == '\\') ? 2 : 1;
    return std::min(p + 1, limit_);
}

void Parser::skipBalancedParens(std::size_t open) {
    std::size_t p = open;
    int depth = 0;
    while (p < limit_) {
        const char c = text_[p];
        if (c == '\'' || c == '"') {
            p = skipQuoted(p);
            continue;
        }
        p += c == '\\' ? 2 : 1;
        if (c == '(') ++depth;
        if (c == ')' && --depth == 0) break;
    }
    pos_ = std::min(p, limit_);
}

void Parser::skipBracedExpansion(bool insideDoubleQuotes) {
    std::size_t p = pos_;
    int depth = 0;
    while (p < limit_) {
        const char c = text_[p];
        if (c == '"' || (c == '\'' && !insideDoubleQuotes)) {
            p = skipQuoted(p);
            continue;
        }
        p += c == '\\' ? 2 : 1;
        if (c == '{') ++depth;
        if (c == '}' && --depth == 0) break;
    }
    pos_ = std::min(p, limit_);
}

void Parser::readPendingHeredocs() {
    const std::vector<PendingHeredoc> pending = std::move(heredocs_);
    heredocs_.clear();
    for (const PendingHeredoc& heredoc : pending)
        skipHeredocBody(heredoc);
}

void Parser::skipHeredocBody(const PendingHeredoc& heredoc) {
    const std::string_view bounded = text_.substr(0, limit_);
    while (pos_ < limit_) {
        const std::size_t newline = std::min(bounded.find('\n', pos_), limit_);
        std::string_view line = bounded.substr(pos_, newline - pos_);
        pos_ = std::min(newline + 1, limit_);
        if (heredoc.stripTabs) line.remove_prefix(std::min(line.find_first_not_of('\t'), line.size()));
        if (line.ends_with('\r')) line.remove_suffix(1);
        if (line == heredoc.delimiter) return;
    }
}

} // namespace dw::sh::detail
