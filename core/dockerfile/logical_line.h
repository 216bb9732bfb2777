// Internal to the parser: a logical line (continuations joined) that remembers where each byte came from.
#pragma once

#include "dockerfile/ast.h"

#include <string>
#include <vector>

namespace dw::df::detail {

struct LogicalLine {
    /// A stretch of text whose bytes are consecutive in the source.
    struct Run {
        std::size_t textIndex = 0;
        std::size_t sourceOffset = 0;
        int line = 0; ///< 0-based physical line its bytes are on: positions are counted from that line's start
    };
    std::string text;
    std::vector<Run> runs; ///< sorted by textIndex; one per joined physical line piece

    /// Adds a piece of 0-based physical line `line` that starts at `sourceOffset`.
    void append(std::string_view piece, std::size_t sourceOffset, int line);
    /// Source offset of text[index]; index == text.size() gives the end of the last byte.
    std::size_t sourceOffset(std::size_t index) const { return offsetIn(runAt(index), index); }
    /// Source range of text[begin, end): the same as file.rangeOf() of its offsets, counted on the runs' lines.
    Range range(const Dockerfile& file, std::size_t begin, std::size_t end) const;
    LogicalLine slice(std::size_t begin, std::size_t end) const;

private:
    /// The run holding text[index] (the last run for index == text.size()); runs must not be empty.
    const Run& runAt(std::size_t index) const { return runs.size() == 1 ? runs.front() : searchRuns(index); }
    const Run& searchRuns(std::size_t index) const;
    static std::size_t offsetIn(const Run& run, std::size_t index)
    {
        return run.sourceOffset + (index - run.textIndex);
    }
};

/// Fills an instruction from its logical line (BuildKit's newNodeFromLine). Returns an error message for a
/// line BuildKit's parser rejects, "" otherwise.
std::string buildInstruction(const LogicalLine& line, const Dockerfile& file, Instruction& out);

/// Heredoc words of an instruction line (BuildKit's heredocsFromLine), with their offsets in `line.text`.
struct HeredocWord {
    Heredoc heredoc;
    std::size_t begin = 0;
    std::size_t end = 0;
};
std::vector<HeredocWord> heredocsFromLine(const LogicalLine& line, std::string& error);

/// Instruction-level checks that `docker build` applies after parsing (unknown instruction, argument counts,
/// unknown flags, stage names), and the stage model.
void validateAndBuildStages(Dockerfile& file);

bool isWideGoSpace(char32_t c); ///< isGoSpace() above U+007F
/// unicode.IsSpace, as Go's strings.TrimSpace uses it. Inline: the parser asks for most characters of a file.
inline bool isGoSpace(char32_t c) { return c < 0x80 ? c == U' ' || (c >= U'\t' && c <= U'\r') : isWideGoSpace(c); }
char32_t decodeWideUtf8(std::string_view text, std::size_t pos, std::size_t& width); ///< decodeUtf8 above U+007F
/// Decodes one UTF-8 code point at `pos` (U+FFFD and width 1 for an invalid byte). Inline for ASCII, which is
/// nearly every byte the parser sees.
inline char32_t decodeUtf8(std::string_view text, std::size_t pos, std::size_t& width)
{
    const auto lead = static_cast<unsigned char>(text[pos]);
    if (lead < 0x80) {
        width = 1;
        return lead;
    }
    return decodeWideUtf8(text, pos, width);
}

/// The offset after the Go spaces that start at `pos` in `text`, looking at none that starts at `end` or later.
inline std::size_t skipGoSpaces(std::string_view text, std::size_t pos, std::size_t end)
{
    while (pos < end) {
        std::size_t width = 1;
        if (!isGoSpace(decodeUtf8(text, pos, width))) break;
        pos += width;
    }
    return pos;
}

} // namespace dw::df::detail
