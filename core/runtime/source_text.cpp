#include "runtime/source_text.h"

#include <algorithm>

namespace dw::runtime {

LineIndex::LineIndex(std::string_view text) : text_(text)
{
    starts_.push_back(0);
    checkpoints_.reserve(text.size() / kStride + 1);
    std::uint32_t column = 1;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i % kStride == 0) checkpoints_.push_back(column);
        if (text[i] == '\n') {
            starts_.push_back(i + 1);
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
}

std::size_t LineIndex::lineOf(std::size_t offset) const
{
    const auto next = std::upper_bound(starts_.begin(), starts_.end(), offset);
    return static_cast<std::size_t>(next - starts_.begin()) - 1;
}

std::size_t LineIndex::nextLineStart(std::size_t offset) const
{
    const std::size_t line = lineOf(offset);
    return line + 1 < starts_.size() ? starts_[line + 1] : text_.size();
}

int LineIndex::columnOf(std::size_t offset) const
{
    std::size_t start = starts_[lineOf(offset)];
    int column = 1;
    const std::size_t checkpoint = offset / kStride * kStride;
    if (checkpoint > start && offset / kStride < checkpoints_.size()) {
        start = checkpoint;
        column = static_cast<int>(checkpoints_[offset / kStride]);
    }
    for (std::size_t i = start; i < offset && i < text_.size(); ++i)
        if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
    return column;
}

findings::FileSpan LineIndex::span(std::size_t begin, std::size_t end) const
{
    begin = std::min(begin, text_.size());
    end = std::clamp(end, begin, text_.size());
    findings::FileSpan span;
    span.offset = begin;
    span.endOffset = end;
    span.line = static_cast<int>(lineOf(begin)) + 1;
    span.column = columnOf(begin);
    span.endLine = static_cast<int>(lineOf(end)) + 1;
    span.endColumn = columnOf(end);
    return span;
}

std::optional<std::size_t> firstInvalidUtf8(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        const auto byte = static_cast<unsigned char>(text[i]);
        std::size_t length = 0;
        std::uint32_t min = 0;
        if (byte < 0x80) length = 1;
        else if ((byte & 0xE0) == 0xC0) length = 2, min = 0x80;
        else if ((byte & 0xF0) == 0xE0) length = 3, min = 0x800;
        else if ((byte & 0xF8) == 0xF0) length = 4, min = 0x10000;
        else return i;
        if (i + length > text.size()) return i;
        std::uint32_t code = length == 1 ? byte : byte & (0x7F >> length);
        for (std::size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xC0) != 0x80) return i;
            code = (code << 6) | (next & 0x3F);
        }
        if (length > 1 && (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))) return i;
        i += length;
    }
    return std::nullopt;
}

} // namespace dw::runtime
