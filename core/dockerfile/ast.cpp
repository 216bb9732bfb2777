#include "dockerfile/ast.h"

#include "util/text.h"

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace dw::df {
namespace {

struct KeywordEntry {
    Keyword keyword;
    std::string_view name;
};

constexpr std::array<KeywordEntry, 18> kKeywords{{
    {Keyword::From, "FROM"},
    {Keyword::Run, "RUN"},
    {Keyword::Cmd, "CMD"},
    {Keyword::Label, "LABEL"},
    {Keyword::Maintainer, "MAINTAINER"},
    {Keyword::Expose, "EXPOSE"},
    {Keyword::Env, "ENV"},
    {Keyword::Add, "ADD"},
    {Keyword::Copy, "COPY"},
    {Keyword::Entrypoint, "ENTRYPOINT"},
    {Keyword::Volume, "VOLUME"},
    {Keyword::User, "USER"},
    {Keyword::Workdir, "WORKDIR"},
    {Keyword::Arg, "ARG"},
    {Keyword::Onbuild, "ONBUILD"},
    {Keyword::Stopsignal, "STOPSIGNAL"},
    {Keyword::Healthcheck, "HEALTHCHECK"},
    {Keyword::Shell, "SHELL"},
}};

bool equalsIgnoreAsciiCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return util::asciiLower(x) == util::asciiLower(y);
           });
}

} // namespace

std::string_view keywordName(Keyword keyword)
{
    for (const auto& entry : kKeywords)
        if (entry.keyword == keyword) return entry.name;
    return {};
}

Keyword keywordFromName(std::string_view word)
{
    if (word.empty()) return Keyword::Unknown;
    // Every line of a file asks: the length and first letter rule out all but one or two names before a compare.
    const char first = util::asciiLower(word[0]);
    for (const auto& entry : kKeywords)
        if (entry.name.size() == word.size() && util::asciiLower(entry.name[0]) == first
            && equalsIgnoreAsciiCase(entry.name, word))
            return entry.keyword;
    return Keyword::Unknown;
}

std::string Instruction::name() const
{
    if (keyword == Keyword::Unknown) return keywordWord.value;
    return std::string(keywordName(keyword));
}

const Flag* Instruction::flag(std::string_view flagName) const
{
    for (const auto& f : flags)
        if (f.name == flagName) return &f;
    return nullptr;
}

std::vector<const Flag*> Instruction::flagsNamed(std::string_view flagName) const
{
    std::vector<const Flag*> found;
    for (const auto& f : flags)
        if (f.name == flagName) found.push_back(&f);
    return found;
}

const Directive* Dockerfile::directive(std::string_view directiveName) const
{
    for (const auto& d : directives)
        if (d.name == directiveName) return &d;
    return nullptr;
}

bool Dockerfile::hasParserErrors() const
{
    return std::any_of(errors.begin(), errors.end(), [](const SyntaxError& e) { return e.kind == ErrorKind::Parser; });
}

std::string_view Dockerfile::lineText(int line) const
{
    if (line < 1 || line > lineCount()) return {};
    std::size_t begin = lineStarts[line - 1];
    std::size_t end = line < lineCount() ? lineStarts[line] : source.size();
    std::string_view text(source.data() + begin, end - begin);
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
    return text;
}

namespace {
bool isContinuationByte(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) == 0x80; }
} // namespace

std::size_t Instruction::argSourceOffset(std::size_t index) const
{
    if (argTextRuns.empty()) return range.start.offset;
    index = std::min(index, argText.size());
    auto run = std::upper_bound(argTextRuns.begin(), argTextRuns.end(), index,
                                [](std::size_t i, const OffsetRun& r) { return i < r.textIndex; });
    if (run != argTextRuns.begin()) --run;
    return run->sourceOffset + (index - run->textIndex);
}

Position Dockerfile::positionAt(std::size_t offset) const
{
    offset = std::min(offset, source.size());
    const std::size_t checkpoint = offset / kColumnStride;
    std::size_t lineIndex = 0; // in lineStarts
    if (checkpoint < lineCheckpoints.size()) {
        lineIndex = lineCheckpoints[checkpoint];
        while (lineIndex + 1 < lineStarts.size() && lineStarts[lineIndex + 1] <= offset)
            ++lineIndex;
    } else if (!lineStarts.empty()) {
        lineIndex = static_cast<std::size_t>(std::upper_bound(lineStarts.begin(), lineStarts.end(), offset) -
                                             lineStarts.begin()) - 1;
    }
    std::size_t begin = lineStarts.empty() ? 0 : lineStarts[lineIndex];
    std::size_t column = 1;
    if (checkpoint < columnCheckpoints.size() && checkpoint * kColumnStride >= begin) {
        begin = checkpoint * kColumnStride;
        column = columnCheckpoints[checkpoint];
    }
    return Position{static_cast<int>(lineIndex) + 1, static_cast<int>(column + codePointsIn(begin, offset)), offset};
}

Range Dockerfile::rangeOf(std::size_t begin, std::size_t end) const
{
    const Position start = positionAt(begin);
    end = std::min(end, source.size());
    if (end < start.offset || std::memchr(source.data() + start.offset, '\n', end - start.offset))
        return {start, positionAt(end)};
    return {start, Position{start.line, start.column + static_cast<int>(codePointsIn(start.offset, end)), end}};
}

std::size_t Dockerfile::continuationBytesIn(std::size_t from, std::size_t to) const
{
    // Eight bytes at a time: a UTF-8 continuation byte is 10xxxxxx, so its top bit is set and the next one clear.
    std::size_t continuations = 0;
    std::size_t i = from;
    for (; i + 8 <= to; i += 8) {
        std::uint64_t word;
        std::memcpy(&word, source.data() + i, sizeof word);
        // One flag per byte, at its top bit; the multiply adds the eight flags up in the top byte (the target
        // has no POPCNT instruction to count on).
        const std::uint64_t flags = (word & ~(word << 1) & 0x8080808080808080ULL) >> 7;
        continuations += static_cast<std::size_t>((flags * 0x0101010101010101ULL) >> 56);
    }
    for (; i < to; ++i)
        continuations += isContinuationByte(source[i]);
    return continuations;
}

namespace {

#if defined(__SSE2__)
/// The 64 bytes at a stride's start, as bit masks (bit i for byte i).
struct StrideBits {
    std::uint64_t newlines = 0;
    std::uint64_t nonAscii = 0;      ///< bytes above 0x7F
    std::uint64_t continuations = 0; ///< UTF-8 continuation bytes (10xxxxxx), which start no column
};

StrideBits strideBits(const char* text)
{
    StrideBits bits;
    const auto mask = [](__m128i flags) { return std::uint64_t{static_cast<std::uint16_t>(_mm_movemask_epi8(flags))}; };
    const __m128i newline = _mm_set1_epi8('\n');
    __m128i bytes[4];
#pragma GCC unroll 4
    for (int part = 0; part < 4; ++part) {
        bytes[part] = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text + 16 * part));
        bits.newlines |= mask(_mm_cmpeq_epi8(bytes[part], newline)) << (16 * part);
        bits.nonAscii |= mask(bytes[part]) << (16 * part);
    }
    if (bits.nonAscii == 0) return bits;
#pragma GCC unroll 4
    for (int part = 0; part < 4; ++part) {
        const std::uint64_t second = mask(_mm_add_epi8(bytes[part], bytes[part])); // bit 6, moved to the top
        bits.continuations |= (mask(bytes[part]) & ~second) << (16 * part);
    }
    return bits;
}
#endif

} // namespace

void Dockerfile::indexLines()
{
    lineStarts.clear();
    columnCheckpoints.clear();
    lineCheckpoints.clear();
    sourceIsAscii = false;
    if (source.empty()) return;
    // Room for lines of 20 bytes on average (the corpus averages 37, and 29 of its 591 files have shorter lines):
    // most files fill the list without regrowing it.
    lineStarts.reserve(source.size() / 20 + 2);
    lineStarts.push_back(0);
    columnCheckpoints.reserve(source.size() / kColumnStride + 1);
    lineCheckpoints.reserve(columnCheckpoints.capacity());
    const char* const text = source.data();
    const std::size_t size = source.size();
    std::uint32_t column = 1;
    bool nonAscii = false; // most Dockerfiles are plain ASCII: then a column is a byte count
    std::size_t chunk = 0;
#if defined(__SSE2__)
    // A whole stride at a time: its line breaks and the bytes that start no column come out as bit masks.
    static_assert(kColumnStride == 64);
    const std::size_t strides = size / kColumnStride;
    columnCheckpoints.resize(strides);
    lineCheckpoints.resize(strides);
    for (std::size_t stride = 0; stride < strides; ++stride, chunk += kColumnStride) {
        columnCheckpoints[stride] = column;
        lineCheckpoints[stride] = static_cast<std::uint32_t>(lineStarts.size() - 1);
        const StrideBits bits = strideBits(text + chunk);
        nonAscii |= bits.nonAscii != 0;
        std::size_t from = 0; // in the stride: where the last line began
        for (std::uint64_t newlines = bits.newlines; newlines; newlines &= newlines - 1) {
            const auto at = static_cast<std::size_t>(std::countr_zero(newlines));
            if (chunk + at + 1 < size) lineStarts.push_back(chunk + at + 1);
            from = at + 1;
            column = 1;
        }
        const std::uint64_t continuations = from < kColumnStride ? bits.continuations >> from : 0;
        column += static_cast<std::uint32_t>(kColumnStride - from - (continuations ? std::popcount(continuations) : 0));
    }
#endif
    for (; chunk < size; chunk += kColumnStride) { // the last, short stride (every stride without SSE2)
        columnCheckpoints.push_back(column);
        lineCheckpoints.push_back(static_cast<std::uint32_t>(lineStarts.size() - 1));
        const std::size_t end = std::min(chunk + kColumnStride, size);
        for (std::size_t i = chunk; i < end; ++i) {
            const auto byte = static_cast<unsigned char>(text[i]);
            nonAscii |= byte > 0x7F;
            if (byte == '\n') {
                if (i + 1 < size) lineStarts.push_back(i + 1);
                column = 1;
            } else if (!isContinuationByte(text[i])) {
                ++column;
            }
        }
    }
    sourceIsAscii = !nonAscii;
}

std::optional<int> Dockerfile::findStage(std::string_view ref, int before) const
{
    int limit = std::min<int>(before, static_cast<int>(stages.size()));
    for (int i = 0; i < limit; ++i)
        if (!stages[i].name.empty() && equalsIgnoreAsciiCase(stages[i].name, ref)) return i;
    int index = 0;
    auto [ptr, ec] = std::from_chars(ref.data(), ref.data() + ref.size(), index);
    if (ec == std::errc() && ptr == ref.data() + ref.size() && index >= 0 && index < limit) return index;
    return std::nullopt;
}

} // namespace dw::df
