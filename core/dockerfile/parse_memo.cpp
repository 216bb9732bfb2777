#include "dockerfile/parse_memo.h"

#include <unordered_map>

namespace dw::df {
namespace {

struct Shift {
    std::ptrdiff_t offset = 0;
    int line = 0;

    // A position of line 0 marks "none" (no argument text, a synthesised range): it stays as it is. Columns do
    // not change: the lines move whole.
    void apply(Position& position) const
    {
        if (position.line == 0) return;
        position.line += line;
        position.offset = static_cast<std::size_t>(static_cast<std::ptrdiff_t>(position.offset) + offset);
    }
    void apply(Range& range) const
    {
        apply(range.start);
        apply(range.end);
    }
    void apply(Word& word) const { apply(word.range); }

    void apply(Instruction& instruction) const
    {
        apply(instruction.keywordWord);
        apply(instruction.range);
        apply(instruction.argRange);
        for (Flag& flag : instruction.flags) apply(flag.range);
        for (Instruction::OffsetRun& run : instruction.argTextRuns)
            run.sourceOffset = static_cast<std::uint32_t>(static_cast<std::ptrdiff_t>(run.sourceOffset) + offset);
        for (Word& word : instruction.args) apply(word);
        for (KeyValue& pair : instruction.pairs) {
            apply(pair.key);
            if (pair.value) apply(*pair.value);
            apply(pair.range);
        }
        for (Heredoc& heredoc : instruction.heredocs) {
            apply(heredoc.marker);
            apply(heredoc.body);
        }
        if (instruction.inner) apply(*instruction.inner);
    }
};

} // namespace

Instruction cloneInstruction(const Instruction& from)
{
    Instruction copy;
    copy.keyword = from.keyword;
    copy.keywordWord = from.keywordWord;
    copy.range = from.range;
    copy.flags = from.flags;
    copy.argText = from.argText;
    copy.argRange = from.argRange;
    copy.argTextRuns = from.argTextRuns;
    copy.jsonForm = from.jsonForm;
    copy.args = from.args;
    copy.pairs = from.pairs;
    copy.heredocs = from.heredocs;
    if (from.inner) copy.inner = std::make_unique<Instruction>(cloneInstruction(*from.inner));
    copy.comments = from.comments;
    copy.stage = from.stage;
    copy.emptyContinuationLine = from.emptyContinuationLine;
    return copy;
}

struct ParseMemo::State {
    struct Entry {
        Instruction instruction;
        std::string error;
        std::size_t offset = 0;
        int line = 0;
        std::uint64_t round = 0;
    };
    struct TextHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };
    /// By the escape character ('\\' or '`'), then by the lines' bytes: a lookup copies nothing.
    using Entries = std::unordered_map<std::string, Entry, TextHash, std::equal_to<>>;
    Entries backslash;
    Entries backtick;
    Entries& entries(char32_t escape) { return escape == U'`' ? backtick : backslash; }
    std::uint64_t round = 0;
    std::size_t reused = 0;
    std::size_t built = 0;
    std::size_t lastInstructionCount = 0;
};

ParseMemo::ParseMemo() : state_(std::make_unique<State>()) {}
ParseMemo::~ParseMemo() = default;
ParseMemo::ParseMemo(ParseMemo&&) noexcept = default;
ParseMemo& ParseMemo::operator=(ParseMemo&&) noexcept = default;

std::size_t ParseMemo::reused() const { return state_->reused; }
std::size_t ParseMemo::built() const { return state_->built; }
std::size_t ParseMemo::size() const { return state_->backslash.size() + state_->backtick.size(); }

std::size_t ParseMemo::lastInstructionCount() const { return state_->lastInstructionCount; }
void ParseMemo::setLastInstructionCount(std::size_t count) { state_->lastInstructionCount = count; }

void ParseMemo::beginParse()
{
    ++state_->round;
    state_->reused = 0;
    state_->built = 0;
}

void ParseMemo::endParse()
{
    const std::uint64_t round = state_->round;
    for (State::Entries* entries : {&state_->backslash, &state_->backtick})
        std::erase_if(*entries, [round](const auto& entry) { return entry.second.round != round; });
}

bool ParseMemo::find(std::string_view lines, char32_t escape, std::size_t offset, int line, Instruction& out,
                     std::string& error)
{
    State::Entries& entries = state_->entries(escape);
    auto it = entries.find(lines);
    if (it == entries.end()) return false;
    State::Entry& entry = it->second;
    entry.round = state_->round;
    out = cloneInstruction(entry.instruction);
    Shift{static_cast<std::ptrdiff_t>(offset) - static_cast<std::ptrdiff_t>(entry.offset), line - entry.line}.apply(out);
    error = entry.error;
    ++state_->reused;
    return true;
}

void ParseMemo::store(std::string_view lines, char32_t escape, std::size_t offset, int line, const Instruction& built,
                      const std::string& error)
{
    State::Entry& entry = state_->entries(escape)[std::string(lines)];
    entry.instruction = cloneInstruction(built);
    entry.error = error;
    entry.offset = offset;
    entry.line = line;
    entry.round = state_->round;
    ++state_->built;
}

} // namespace dw::df
