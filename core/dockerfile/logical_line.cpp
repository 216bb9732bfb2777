#include "dockerfile/logical_line.h"

#include <algorithm>

namespace dw::df::detail {

void LogicalLine::append(std::string_view piece, std::size_t sourceOffset, int line)
{
    // A piece that goes on where the last one ended in the source continues its run (pieces of two physical lines
    // never do: a line break and the escape that joined them lie between).
    if (runs.empty() || offsetIn(runs.back(), text.size()) != sourceOffset)
        runs.push_back({text.size(), sourceOffset, line});
    text += piece;
}

const LogicalLine::Run& LogicalLine::searchRuns(std::size_t index) const
{
    auto run = std::upper_bound(runs.begin(), runs.end(), index,
                                [](std::size_t i, const Run& r) { return i < r.textIndex; });
    if (run != runs.begin()) --run;
    return *run;
}

Range LogicalLine::range(const Dockerfile& file, std::size_t begin, std::size_t end) const
{
    begin = std::min(begin, text.size());
    end = std::max(begin, std::min(end, text.size()));
    const Run& first = runAt(begin);
    const std::size_t startOffset = offsetIn(first, begin);
    const Run& last = end > begin ? runAt(end - 1) : first;
    const std::size_t endOffset = end > begin ? offsetIn(last, end - 1) + 1 : startOffset;
    // A run's bytes, and the offset just past them, are on its physical line: no lookup in the line index.
    const Position start = file.positionOnLine(first.line, startOffset);
    if (first.line == last.line)
        return {start, Position{start.line, start.column + static_cast<int>(file.codePointsIn(startOffset, endOffset)),
                                endOffset}};
    return {start, file.positionOnLine(last.line, endOffset)};
}

LogicalLine LogicalLine::slice(std::size_t begin, std::size_t end) const
{
    LogicalLine part;
    begin = std::min(begin, text.size());
    end = std::max(begin, std::min(end, text.size()));
    part.text = text.substr(begin, end - begin);
    const Run& first = runAt(begin);
    part.runs.push_back({0, offsetIn(first, begin), first.line});
    auto run = std::upper_bound(runs.begin(), runs.end(), begin,
                                [](std::size_t i, const Run& r) { return i < r.textIndex; });
    for (; run != runs.end() && run->textIndex < end; ++run)
        part.runs.push_back({run->textIndex - begin, run->sourceOffset, run->line});
    return part;
}

bool isWideGoSpace(char32_t c)
{
    switch (c) {
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
        return true;
    default:
        return c >= 0x2000 && c <= 0x200A;
    }
}

char32_t decodeWideUtf8(std::string_view text, std::size_t pos, std::size_t& width)
{
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    width = 1;
    unsigned char lead = byte(pos);
    int length = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 && lead < 0xF0 ? 3 : lead >= 0xC2 && lead < 0xE0 ? 2 : 0;
    if (length == 0 || pos + length > text.size()) return 0xFFFD;
    char32_t cp = lead & (0x7F >> length);
    for (int i = 1; i < length; ++i) {
        unsigned char b = byte(pos + i);
        if ((b & 0xC0) != 0x80) return 0xFFFD;
        cp = (cp << 6) | (b & 0x3F);
    }
    bool overlong = (length == 3 && cp < 0x800) || (length == 4 && cp < 0x10000);
    if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp < 0xE000)) return 0xFFFD;
    width = static_cast<std::size_t>(length);
    return cp;
}

} // namespace dw::df::detail
