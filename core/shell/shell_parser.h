// Internal to core/shell: the recursive-descent parser behind dw::sh::parse(). The lexer half lives in
// shell_lexer.cpp, the grammar half in shell_parser.cpp.
#pragma once

#include "shell/shell_script.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dw::sh::detail {

enum class TokenKind { Word, Operator, Newline, End };

struct Token {
    TokenKind kind = TokenKind::End;
    Word word;      ///< for TokenKind::Word
    std::string op; ///< for TokenKind::Operator: "&&", "|", "(", "2>", "<<-", ...
    std::size_t begin = 0;
    std::size_t end = 0;
};

/// The tokens that can end a nested command list, as bits so that a stack of them can be merged.
enum Closer : unsigned {
    NoCloser = 0,
    CloseThen = 1u << 0,
    CloseElif = 1u << 1,
    CloseElse = 1u << 2,
    CloseFi = 1u << 3,
    CloseDo = 1u << 4,
    CloseDone = 1u << 5,
    CloseEsac = 1u << 6,
    CloseBrace = 1u << 7,
    CloseParen = 1u << 8,
    CloseCaseItem = 1u << 9,
};

struct PendingHeredoc {
    std::string delimiter;
    bool stripTabs = false;
};

class Parser {
public:
    explicit Parser(std::string_view text);
    std::vector<Command> run();

private:
    friend class NestingGuard;

    // Lexer (shell_lexer.cpp)
    const Token& peek();
    Token take();
    Token lexToken();
    void skipBlanksAndComments();
    bool atOperator() const;
    Token lexOperator();
    Word lexWord();
    void lexBackslash(Word& word);
    void lexSingleQuoted(Word& word);
    void lexDoubleQuoted(Word& word);
    void lexAnsiCQuoted(Word& word);
    void lexDollar(Word& word, bool insideDoubleQuotes);
    void lexBacktick(Word& word);
    void lexParenSubstitution(std::size_t open);
    void lexArrayValue(Word& word);
    void skipBalancedParens(std::size_t open);
    void skipBracedExpansion();
    void readPendingHeredocs();
    void skipHeredocBody(const PendingHeredoc& heredoc);
    void parseSubstitution(std::size_t innerLimit, unsigned closers);
    char charAt(std::size_t index) const { return index < limit_ ? text_[index] : '\0'; }

    // Grammar (shell_parser.cpp)
    int parseList(unsigned closers, bool barrier);
    bool takeSeparator(int representative);
    int parseCommand(int pipeline);
    int parseSimpleCommand(int pipeline);
    int parseFunctionBody(std::size_t slot, int pipeline);
    Word parseRedirection();
    int parseSubshell();
    int parseGroup();
    int parseIf();
    int parseLoop();
    int parseFor();
    int parseCase();
    bool parseCaseItem(int& last);
    int parseFunctionKeyword(int pipeline);
    void skipTrailingRedirections();
    void skipNewlines();
    bool takeReserved(std::string_view word);
    unsigned closerOf(const Token& token) const;
    unsigned activeClosers() const { return closerStack_.empty() ? NoCloser : closerStack_.back(); }
    void abandonRest();

    std::string_view text_;
    std::size_t pos_ = 0;
    std::size_t limit_ = 0;
    std::optional<Token> lookahead_;
    std::vector<Command> commands_;
    std::vector<PendingHeredoc> heredocs_;
    std::vector<unsigned> closerStack_; ///< per open list: its closers merged with the enclosing ones
    int depth_ = 0;
    int substitutionLevel_ = 0;
    int pipelineCounter_ = -1;
    int nesting_ = 0; ///< recursion guard against hostile input like 50,000 nested `$(`
};

bool isOperatorChar(char c);
bool isReserved(const Token& token, std::string_view word);
bool isRedirectionOperator(std::string_view op);
bool isAssignmentWord(const Word& word);

} // namespace dw::sh::detail
