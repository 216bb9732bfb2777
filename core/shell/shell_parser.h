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

enum class TokenKind { Word, Operator, Newline, End };

struct Token {
    TokenKind kind = TokenKind::End;
    Word word;           ///< for TokenKind::Word
    std::string_view op; ///< for TokenKind::Operator, a slice of the text: "&&", "|", "(", "2>", "<<-", ...
    std::size_t begin = 0;
    std::size_t end = 0;
    // Classified once by the lexer, because the grammar asks again and again.
    bool plain = false;                    ///< an unquoted word without expansions: may be a reserved word
    Separator separator = Separator::None; ///< `&&`, `||`, `;`, `|`, `|&`, `&` or a newline
    unsigned closer = 0;                   ///< the Closer bit of `)`, `;;`, `fi`, `done`, `}` ...
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
    void take();      ///< drops the next token
    Token takeToken(); ///< the next token, taken out of the lookahead
    Word takeWord();
    void takeWordInto(std::vector<Word>& words); ///< appends the next token's word, moved once
    void lexToken(Token& token); ///< into a fresh Token
    void skipBlanksAndComments();
    std::size_t continuationLength(std::size_t at) const;
    bool atOperator() const;
    void classify(Token& token) const;
    void lexOperator(Token& token); ///< into a fresh Token
    void lexWord(Word& word); ///< into a fresh Word
    std::optional<Word> lexDescriptor();
    void appendOrdinaryRun(Word& word);
    void lexBackslash(Word& word);
    void lexSingleQuoted(Word& word);
    void lexDoubleQuoted(Word& word);
    void lexAnsiCQuoted(Word& word);
    void lexDollar(Word& word, bool insideDoubleQuotes);
    void lexBacktick(Word& word);
    void lexParenSubstitution(Word& word, std::size_t open);
    void skipBalancedParens(std::size_t open);
    void skipBracedExpansion(bool insideDoubleQuotes);
    void skipToEndOfLine();
    std::size_t skipQuoted(std::size_t open) const;
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
    int parseCompound(int (Parser::*body)());
    int subshellBody();
    int groupBody();
    int ifBody();
    int loopBody();
    int forBody();
    int caseBody();
    bool parseCaseItem(int& last);
    int parseFunctionKeyword(int pipeline);
    void skipTrailingRedirections();
    void skipNewlines();
    bool takeReserved(std::string_view word);
    bool peekIsOperator(std::string_view op);
    unsigned activeClosers() const { return closerStack_.empty() ? NoCloser : closerStack_.back(); }
    void abandonRest();
    void numberPipelinesInOrder();

    std::string_view text_;
    std::size_t pos_ = 0;
    std::size_t limit_ = 0;
    std::optional<Token> lookahead_;
    std::size_t lookaheadMark_ = 0; ///< commands_.size() when the lookahead token started: where the
                                    ///< commands of its substitutions begin
    std::vector<Command> commands_;
    std::vector<PendingHeredoc> heredocs_;
    std::vector<unsigned> closerStack_; ///< per open list: its closers merged with the enclosing ones
    int depth_ = 0;
    int substitutionLevel_ = 0;
    int pipelineCounter_ = -1;
    int nesting_ = 0; ///< recursion guard against hostile input like 50,000 nested `$(`
};

bool isOperatorChar(char c);
inline bool isReserved(const Token& token, std::string_view word) {
    return token.plain && token.word.text == word;
}
bool isRedirectionOperator(std::string_view op);
bool looksLikeAssignment(std::string_view raw);

} // namespace dw::sh::detail
