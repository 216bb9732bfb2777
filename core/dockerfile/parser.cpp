// The line loop of BuildKit's parser: parser directives, comments, continuation lines and heredoc bodies.
#include "dockerfile/parser.h"

#include "dockerfile/logical_line.h"
#include "dockerfile/parse_memo.h"

#include <algorithm>
#include <set>

namespace dw::df {
namespace {

using detail::LogicalLine;

struct PhysicalLine {
    std::string_view text; ///< without the line break (trailing \r and \n removed)
    std::size_t offset = 0;
};

/// Most lines start with a letter or '#': answered inline, without a call.
inline std::size_t leadingSpaceLength(std::string_view text)
{
    if (text.empty()) return 0;
    const auto byte = static_cast<unsigned char>(text.front());
    if (byte < 0x80 && !detail::isGoSpace(byte)) return 0;
    return detail::skipGoSpaces(text, 0, text.size());
}

bool isRegexSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

class LineParser {
public:
    LineParser(Dockerfile& file, ParseMemo* memo) : file_(file), memo_(memo) {}

    void run()
    {
        computeLines();
        // Room for most logical lines at once, rather than regrowing the shared buffer through the first long RUN.
        line_.text.reserve(std::min<std::size_t>(file_.source.size(), 1024));
        // Without a memo's count: an instruction per four lines (the corpus has one per five), so most files
        // build theirs without a regrowth (each moves every instruction built so far), the rest with one.
        if (file_.instructions.capacity() == 0)
            file_.instructions.reserve(std::min<std::size_t>(file_.lineCount() / 4 + 4, kMaxInstructions));
        while (next_ < file_.lineCount()) {
            if (file_.instructions.size() >= kMaxInstructions || file_.comments.size() >= kMaxComments) {
                addError("the file has more than " + std::to_string(kMaxInstructions) + " instructions or " +
                             std::to_string(kMaxComments) + " comment lines, more than Dockwarden reads; lines " +
                             std::to_string(next_ + 1) + " to " + std::to_string(file_.lineCount()) +
                             " were not parsed",
                         next_, file_.lineCount() - 1);
                break;
            }
            parseOne();
        }
        if (file_.instructions.empty() && !file_.hasParserErrors()) {
            Range where{file_.positionAt(0), file_.positionAt(file_.source.size())};
            file_.errors.push_back({ErrorKind::Parser, "file with no instructions", where});
        }
    }

private:
    void computeLines()
    {
        file_.indexLines();
    }

    PhysicalLine physicalLine(int index) const
    {
        std::size_t begin = file_.lineStarts[index];
        std::size_t end = index + 1 < file_.lineCount() ? file_.lineStarts[index + 1] : file_.source.size();
        std::string_view text(file_.source.data() + begin, end - begin);
        while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
        if (index == 0 && text.substr(0, 3) == "\xEF\xBB\xBF") {
            text.remove_prefix(3);
            begin += 3;
        }
        return {text, begin};
    }

    Range lineRange(int index) const
    {
        PhysicalLine line = physicalLine(index);
        return {file_.positionOnLine(index, line.offset), lineEnd(index)};
    }

    Position lineEnd(int index) const
    {
        PhysicalLine line = physicalLine(index);
        return file_.positionOnLine(index, line.offset + line.text.size());
    }

    void addError(std::string message, int firstLine, int lastLine)
    {
        Range range{lineRange(firstLine).start, lineRange(lastLine).end};
        file_.errors.push_back({ErrorKind::Parser, std::move(message), range});
    }

    // BuildKit's DirectiveParser: `# name = value` lines at the very top, until the first other line.
    // Returns true when the line was a parser directive.
    bool possibleDirective(std::string_view text, int index)
    {
        if (directivesDone_) return false;
        std::size_t pos = 0;
        auto skip = [&] { while (pos < text.size() && isRegexSpace(text[pos])) ++pos; };
        auto isAlpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
        auto isAlnum = [&](char c) { return isAlpha(c) || (c >= '0' && c <= '9'); };
        if (text.empty() || text[0] != '#') return finishDirectives();
        ++pos;
        skip();
        std::size_t nameBegin = pos;
        if (pos >= text.size() || !isAlpha(text[pos])) return finishDirectives();
        while (pos < text.size() && isAlnum(text[pos])) ++pos;
        std::string name(text.substr(nameBegin, pos - nameBegin));
        skip();
        if (pos >= text.size() || text[pos] != '=') return finishDirectives();
        ++pos;
        skip();
        std::size_t valueEnd = text.size();
        while (valueEnd > pos && isRegexSpace(text[valueEnd - 1])) --valueEnd;
        if (valueEnd <= pos) return finishDirectives();
        std::transform(name.begin(), name.end(), name.begin(), [](char c) { return char(std::tolower(c)); });
        if (name != "syntax" && name != "escape" && name != "check") return finishDirectives();
        if (!seenDirectives_.insert(name).second) {
            addError("only one " + name + " parser directive can be used", index, index);
            return true;
        }
        std::string value(text.substr(pos, valueEnd - pos));
        PhysicalLine line = physicalLine(index);
        std::size_t at = static_cast<std::size_t>(text.data() - file_.source.data());
        file_.directives.push_back({name, value, {file_.positionAt(at), file_.positionAt(line.offset + line.text.size())}});
        if (name == "escape") {
            if (value == "`") file_.escape = U'`';
            else if (value == "\\") file_.escape = U'\\';
            else addError("invalid escape token '" + value + "' does not match ` or \\", index, index);
        }
        return true;
    }

    bool finishDirectives()
    {
        directivesDone_ = true;
        return false;
    }

    /// `lead` is leadingSpaceLength(text).
    static bool isCommentLine(std::string_view text, std::size_t lead)
    {
        return lead < text.size() && text[lead] == '#';
    }

    // The escape at the end of a line (optionally followed by blanks) continues the instruction, unless
    // it is itself escaped: `C:\\` ends the line.
    bool trimContinuation(std::string_view& text) const
    {
        const char escape = static_cast<char>(file_.escape);
        std::size_t end = text.size();
        while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
        if (end == 0 || text[end - 1] != escape) return false;
        if (end >= 2 && text[end - 2] == escape) return false;
        text = text.substr(0, end - 1);
        return true;
    }

    void recordComment(int index, std::string_view text, std::size_t lead, std::size_t offset, bool startsBlockLine)
    {
        std::string_view body = text.substr(lead + 1);
        std::size_t b = leadingSpaceLength(body);
        std::size_t e = body.size();
        while (e > b && isRegexSpace(body[e - 1])) --e;
        const std::string_view trimmed = body.substr(b, e - b);
        // A comment inside a continued instruction starts no block: its one copy is the file's.
        const Range range{file_.positionOnLine(index, offset + lead), file_.positionOnLine(index, offset + text.size())};
        file_.comments.push_back({std::string(trimmed), range});
        if (!startsBlockLine) return;
        if (trimmed.empty()) pendingComments_.clear();
        else pendingComments_.push_back(file_.comments.size() - 1);
    }

    void parseOne()
    {
        const int startIndex = next_++;
        PhysicalLine first = physicalLine(startIndex);
        std::size_t lead = leadingSpaceLength(first.text);
        std::string_view content = first.text.substr(lead);
        const bool directive = possibleDirective(content, startIndex);
        if (isCommentLine(first.text, lead)) {
            recordComment(startIndex, first.text, lead, first.offset, !directive);
            return;
        }
        bool continues = trimContinuation(content);
        if (!continues && content.empty()) return;

        LogicalLine& line = line_; // one buffer for every instruction of the file: no regrowth as lines join
        line.text.clear();
        line.runs.clear();
        line.append(content, first.offset + lead, startIndex);
        int lastIndex = startIndex;
        bool emptyContinuation = false;
        while (continues && next_ < file_.lineCount()) {
            const int index = next_++;
            lastIndex = index;
            PhysicalLine piece = physicalLine(index);
            possibleDirective(piece.text, index);
            const std::size_t pieceLead = leadingSpaceLength(piece.text);
            if (isCommentLine(piece.text, pieceLead)) {
                recordComment(index, piece.text, pieceLead, piece.offset, false);
                continue;
            }
            if (pieceLead == piece.text.size()) {
                emptyContinuation = true;
                continue;
            }
            std::string_view text = piece.text;
            continues = trimContinuation(text);
            line.append(text, piece.offset, index);
        }

        Instruction instruction;
        std::string error = build(line, startIndex, lastIndex, instruction);
        if (!error.empty()) {
            addError(std::move(error), startIndex, lastIndex);
            pendingComments_.clear();
            return;
        }
        instruction.emptyContinuationLine = emptyContinuation;
        instruction.comments.reserve(pendingComments_.size());
        for (const std::size_t index : pendingComments_) instruction.comments.push_back(file_.comments[index].text);
        pendingComments_.clear();
        if (!readHeredocs(line, instruction, startIndex, lastIndex)) return;
        instruction.range = {file_.positionOnLine(startIndex, first.offset + lead), lineEnd(lastIndex)};
        file_.instructions.push_back(std::move(instruction));
    }

    // Line 0 is never memoised: a byte order mark is dropped there and nowhere else.
    std::string build(const LogicalLine& line, int startIndex, int lastIndex, Instruction& instruction)
    {
        if (!memo_ || startIndex == 0) return detail::buildInstruction(line, file_, instruction);
        const std::size_t begin = file_.lineStarts[startIndex];
        const std::size_t end = lastIndex + 1 < file_.lineCount() ? file_.lineStarts[lastIndex + 1] : file_.source.size();
        const std::string_view lines = std::string_view(file_.source).substr(begin, end - begin);
        std::string error;
        if (memo_->find(lines, file_.escape, begin, startIndex + 1, instruction, error)) return error;
        error = detail::buildInstruction(line, file_, instruction);
        memo_->store(lines, file_.escape, begin, startIndex + 1, instruction, error);
        return error;
    }

    static bool canContainHeredoc(const Instruction& instruction)
    {
        const Instruction& target = instruction.inner ? *instruction.inner : instruction;
        bool kind = target.keyword == Keyword::Run || target.keyword == Keyword::Copy || target.keyword == Keyword::Add;
        return kind && !target.jsonForm;
    }

    bool readHeredocs(const LogicalLine& line, Instruction& instruction, int startIndex, int& lastIndex)
    {
        if (!canContainHeredoc(instruction) || line.text.find("<<") == std::string::npos) return true;
        std::string error;
        auto words = detail::heredocsFromLine(line, error);
        if (!error.empty()) {
            addError(std::move(error), startIndex, lastIndex);
            return false;
        }
        Instruction& target = instruction.inner ? *instruction.inner : instruction;
        for (auto& word : words) {
            Heredoc heredoc = std::move(word.heredoc);
            heredoc.marker = line.range(file_, word.begin, word.end);
            bool terminated = false;
            std::size_t bodyBegin = next_ < file_.lineCount() ? file_.lineStarts[next_] : file_.source.size();
            std::size_t bodyEnd = bodyBegin;
            while (next_ < file_.lineCount()) {
                const int index = next_++;
                lastIndex = index;
                PhysicalLine body = physicalLine(index);
                std::string_view candidate = body.text;
                if (heredoc.chomp)
                    while (!candidate.empty() && candidate.front() == '\t') candidate.remove_prefix(1);
                if (candidate == heredoc.name) {
                    terminated = true;
                    break;
                }
                std::size_t lineEnd = index + 1 < file_.lineCount() ? file_.lineStarts[index + 1] : file_.source.size();
                heredoc.content.append(file_.source, file_.lineStarts[index], lineEnd - file_.lineStarts[index]);
                bodyEnd = lineEnd;
            }
            if (!terminated) {
                addError("unterminated heredoc", startIndex, lastIndex);
                return false;
            }
            heredoc.body = {file_.positionAt(bodyBegin), file_.positionAt(bodyEnd)};
            target.heredocs.push_back(std::move(heredoc));
        }
        return true;
    }

    Dockerfile& file_;
    ParseMemo* memo_ = nullptr;
    int next_ = 0;
    bool directivesDone_ = false;
    std::set<std::string> seenDirectives_;
    std::vector<std::size_t> pendingComments_; ///< the block above the next instruction, as indices in file_.comments
    LogicalLine line_;
};

} // namespace

namespace {

Dockerfile parseWith(std::string source, ParseMemo* memo)
{
    Dockerfile file;
    file.source = std::move(source);
    // An edit rarely changes the number of instructions: room for the last parse's count (and a few more) spares
    // the vector its doublings, each of which moves every instruction built so far.
    if (memo) file.instructions.reserve(memo->lastInstructionCount() + 16);
    LineParser(file, memo).run();
    // The slack of the last doubling would outlive the parse; below 64 KiB it is not worth moving every instruction.
    const std::size_t size = file.instructions.size();
    const std::size_t slack = file.instructions.capacity() - size;
    if (slack > size / 8 + 16 && slack * sizeof(Instruction) > 64 * 1024) file.instructions.shrink_to_fit();
    if (memo) memo->setLastInstructionCount(size);
    detail::validateAndBuildStages(file);
    return file;
}

} // namespace

Dockerfile parse(std::string source)
{
    return parseWith(std::move(source), nullptr);
}

Dockerfile parse(std::string source, ParseMemo& memo)
{
    memo.beginParse();
    Dockerfile file = parseWith(std::move(source), &memo);
    memo.endParse();
    return file;
}

} // namespace dw::df
