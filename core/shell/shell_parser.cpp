// The grammar of the shell parser: lists, pipelines, simple and compound commands.
//
// Every parse function returns the index of its "representative" command: the simple command whose `next`
// receives the operator that follows (for a compound command, its last inner command), or -1.
#include "shell/shell_parser.h"

#include <algorithm>
#include <array>
#include <utility>

namespace dw::sh::detail {

namespace {

// Each nested construct costs about two levels; real scripts stay far below this.
constexpr int kMaxNesting = 100;

bool isHeredocOperator(std::string_view op) {
    while (!op.empty() && op.front() >= '0' && op.front() <= '9')
        op.remove_prefix(1);
    return op == "<<" || op == "<<-";
}

bool startsTestExpression(const Command& command) {
    return command.words.size() == 1 && !command.words[0].quoted && command.words[0].text == "[[";
}

Word operatorAsWord(const Token& token) {
    Word word;
    word.text = std::string(token.op);
    word.begin = token.begin;
    word.end = token.end;
    return word;
}

bool isTestOperator(const Token& token) {
    return token.kind == TokenKind::Operator && (token.op == "&&" || token.op == "||" || token.op == "(" ||
                                                 token.op == ")" || token.op == "<" || token.op == ">");
}

class ScopedIncrement {
  public:
    explicit ScopedIncrement(int& counter) : counter_(counter) { ++counter_; }
    ~ScopedIncrement() { --counter_; }
    ScopedIncrement(const ScopedIncrement&) = delete;
    ScopedIncrement& operator=(const ScopedIncrement&) = delete;

  private:
    int& counter_;
};

} // namespace

class NestingGuard {
  public:
    explicit NestingGuard(Parser& parser) : increment_(parser.nesting_), parser_(parser) {}
    bool tooDeep() const { return parser_.nesting_ > kMaxNesting; }

  private:
    ScopedIncrement increment_;
    const Parser& parser_;
};

std::vector<Command> Parser::run() {
    parseList(NoCloser, true);
    numberPipelinesInOrder();
    return std::move(commands_);
}

// Pipelines are numbered when they start, but the commands inside a first word's substitutions start theirs
// before the command they belong to; renumbering by first appearance keeps the numbers in source order.
void Parser::numberPipelinesInOrder() {
    std::vector<int> renumbered(static_cast<std::size_t>(pipelineCounter_ + 1), -1);
    int nextNumber = 0;
    for (Command& command : commands_) {
        int& number = renumbered[static_cast<std::size_t>(command.pipeline)];
        if (number < 0) number = nextNumber++;
        command.pipeline = number;
    }
}

void Parser::abandonRest() {
    pos_ = limit_;
    lookahead_.reset();
    heredocs_.clear();
}

int Parser::parseList(unsigned closers, bool barrier) {
    NestingGuard guard(*this);
    if (guard.tooDeep()) {
        abandonRest();
        return -1;
    }
    closerStack_.push_back(barrier ? closers : closers | activeClosers());
    int last = -1;
    int pipeline = -1;
    bool continuesPipeline = false;
    while (true) {
        const Token& token = peek();
        if (token.kind == TokenKind::End) break;
        if (const unsigned closer = token.closer) {
            if (closer & activeClosers()) break;
            take(); // a stray `fi`, `)` or `;;` is not a command
            continue;
        }
        if (token.separator != Separator::None) {
            take();
            continuesPipeline = false;
            continue;
        }
        if (!continuesPipeline) pipeline = ++pipelineCounter_;
        const int representative = parseCommand(pipeline);
        if (representative >= 0) last = representative;
        continuesPipeline = takeSeparator(representative);
    }
    closerStack_.pop_back();
    return last;
}

bool Parser::takeSeparator(int representative) {
    const Separator separator = peek().separator;
    if (separator == Separator::None) return false;
    if (representative >= 0 && commands_[representative].next == Separator::None)
        commands_[representative].next = separator;
    take();
    if (separator == Separator::And || separator == Separator::Or || separator == Separator::Pipe)
        skipNewlines();
    return separator == Separator::Pipe;
}

int Parser::parseCommand(int pipeline) {
    NestingGuard guard(*this);
    if (guard.tooDeep()) {
        abandonRest();
        return -1;
    }
    while (isReserved(peek(), "!"))
        take();
    const Token& token = peek();
    if (token.kind == TokenKind::End || token.closer != NoCloser || token.separator != Separator::None)
        return -1;
    if (token.kind == TokenKind::Operator) {
        if (token.op == "(") return parseCompound(&Parser::subshellBody);
        if (token.op == "((") {
            take();
            skipTrailingRedirections();
            return -1;
        }
        if (isRedirectionOperator(token.op)) return parseSimpleCommand(pipeline);
        take();
        return -1;
    }
    if (isReserved(token, "if")) return parseCompound(&Parser::ifBody);
    if (isReserved(token, "while") || isReserved(token, "until")) return parseCompound(&Parser::loopBody);
    if (isReserved(token, "for") || isReserved(token, "select")) return parseCompound(&Parser::forBody);
    if (isReserved(token, "case")) return parseCompound(&Parser::caseBody);
    if (isReserved(token, "{")) return parseCompound(&Parser::groupBody);
    if (isReserved(token, "function")) return parseFunctionKeyword(pipeline);
    return parseSimpleCommand(pipeline);
}

int Parser::parseSimpleCommand(int pipeline) {
    // The slot goes before the commands of the first word's substitutions, which were emitted when it was
    // peeked.
    const std::size_t slot = std::min(lookaheadMark_, commands_.size());
    commands_.emplace(commands_.begin() + static_cast<std::ptrdiff_t>(slot));
    Command command;
    command.words.reserve(8); // one allocation for most commands; not trimmed after: a copy costs more than the slack
    command.depth = depth_;
    command.inSubstitution = substitutionLevel_ > 0;
    command.pipeline = pipeline;
    bool started = false;
    bool inTestExpression = false;
    const auto cover = [&](std::size_t begin, std::size_t end) {
        if (!started) command.begin = begin;
        started = true;
        command.end = end;
    };
    while (true) {
        const Token& token = peek();
        if (token.kind == TokenKind::Word) {
            cover(token.begin, token.end);
            const bool assignment = command.words.empty() && looksLikeAssignment(token.word.raw());
            takeWordInto(assignment ? command.assignments : command.words);
            if (assignment) continue;
            if (command.words.size() == 1 && peekIsOperator("(")) return parseFunctionBody(slot, pipeline);
            const Word& word = command.words.back();
            if (inTestExpression && !word.quoted && word.text == "]]") inTestExpression = false;
            if (startsTestExpression(command)) inTestExpression = true;
        } else if (inTestExpression && isTestOperator(token)) {
            command.words.push_back(operatorAsWord(token));
            cover(token.begin, token.end);
            take();
        } else if (token.kind == TokenKind::Operator && isRedirectionOperator(token.op)) {
            Word redirection = parseRedirection();
            cover(redirection.begin, redirection.end);
            command.redirections.push_back(std::move(redirection));
        } else {
            break;
        }
    }
    command.updateName();
    commands_[slot] = std::move(command);
    return static_cast<int>(slot);
}

int Parser::parseFunctionBody(std::size_t slot, int pipeline) {
    commands_.erase(commands_.begin() + static_cast<std::ptrdiff_t>(slot));
    if (lookaheadMark_ > slot) --lookaheadMark_;
    take();
    if (peekIsOperator(")")) take();
    skipNewlines();
    return parseCommand(pipeline);
}

int Parser::parseFunctionKeyword(int pipeline) {
    take();
    if (peek().kind == TokenKind::Word) take();
    if (peekIsOperator("(")) take();
    if (peekIsOperator(")")) take();
    skipNewlines();
    return parseCommand(pipeline);
}

Word Parser::parseRedirection() {
    const Token op = takeToken();
    Word redirection;
    redirection.begin = op.begin;
    redirection.end = op.end;
    redirection.text = std::string(op.op);
    std::optional<Word> target = op.op.ends_with('&') ? lexDescriptor() : std::nullopt;
    if (!target && peek().kind == TokenKind::Word) target = takeWord();
    if (target) {
        redirection.text += target->text;
        redirection.end = target->end;
        redirection.quoted = target->quoted;
        redirection.hasExpansion = target->hasExpansion;
        if (isHeredocOperator(op.op)) heredocs_.push_back({target->text, op.op.ends_with('-')});
    }
    redirection.setRaw(text_.substr(redirection.begin, redirection.end - redirection.begin));
    return redirection;
}

void Parser::skipTrailingRedirections() {
    while (peek().kind == TokenKind::Operator && isRedirectionOperator(peek().op))
        parseRedirection();
}

int Parser::parseCompound(int (Parser::*body)()) {
    take(); // the opening keyword or bracket
    int last = -1;
    {
        ScopedIncrement nested(depth_);
        last = (this->*body)();
    }
    skipTrailingRedirections();
    return last;
}

int Parser::subshellBody() {
    const int last = parseList(CloseParen, false);
    if (peekIsOperator(")")) take();
    return last;
}

int Parser::groupBody() {
    const int last = parseList(CloseBrace, false);
    takeReserved("}");
    return last;
}

int Parser::ifBody() {
    int last = -1;
    do {
        parseList(CloseThen, false);
        if (!takeReserved("then")) return last;
        last = parseList(CloseElif | CloseElse | CloseFi, false);
    } while (takeReserved("elif"));
    if (takeReserved("else")) last = parseList(CloseFi, false);
    takeReserved("fi");
    return last;
}

int Parser::loopBody() {
    parseList(CloseDo, false);
    if (!takeReserved("do")) return -1;
    const int last = parseList(CloseDone, false);
    takeReserved("done");
    return last;
}

int Parser::forBody() {
    if (peek().kind == TokenKind::Word || peekIsOperator("((")) take();
    skipNewlines();
    if (takeReserved("in")) {
        while (peek().kind == TokenKind::Word)
            take();
    }
    if (peekIsOperator(";") || peek().kind == TokenKind::Newline) take();
    skipNewlines();
    return loopBody();
}

int Parser::caseBody() {
    if (peek().kind == TokenKind::Word) take();
    skipNewlines();
    takeReserved("in");
    int last = -1;
    while (parseCaseItem(last)) {
    }
    return last;
}

bool Parser::parseCaseItem(int& last) {
    skipNewlines();
    if (takeReserved("esac")) return false;
    if (peekIsOperator("(")) take();
    while (peek().kind == TokenKind::Word || peekIsOperator("|"))
        take();
    if (!peekIsOperator(")")) return false;
    take();
    if (const int representative = parseList(CloseCaseItem | CloseEsac, false); representative >= 0)
        last = representative;
    if (peek().closer == CloseCaseItem) {
        take();
        return true;
    }
    return isReserved(peek(), "esac");
}

void Parser::skipNewlines() {
    while (peek().kind == TokenKind::Newline)
        take();
}

bool Parser::takeReserved(std::string_view word) {
    if (!isReserved(peek(), word)) return false;
    take();
    return true;
}

bool Parser::peekIsOperator(std::string_view op) {
    const Token& token = peek();
    return token.kind == TokenKind::Operator && token.op == op;
}

} // namespace dw::sh::detail
