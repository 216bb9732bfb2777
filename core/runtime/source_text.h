// Positions in a text file for the Compose and run-line readers: byte offsets to 1-based lines and code-point
// columns (findings::FileSpan), and the checks a text must pass before a parser sees it.
#pragma once

#include "findings/finding.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dw::runtime {

class LineIndex {
  public:
    explicit LineIndex(std::string_view text);

    /// The span of [begin, end) in the text.
    findings::FileSpan span(std::size_t begin, std::size_t end) const;
    /// 0-based line of a byte offset.
    std::size_t lineOf(std::size_t offset) const;
    std::size_t lineStart(std::size_t line) const { return starts_[line]; }
    /// Offset just past the line's newline (or the end of the text).
    std::size_t nextLineStart(std::size_t offset) const;
    std::string_view text() const { return text_; }

  private:
    int columnOf(std::size_t offset) const;

    static constexpr std::size_t kStride = 64;

    std::string_view text_;
    std::vector<std::size_t> starts_;
    /// The column of every kStride-th byte, so that a column on a very long line costs at most a stride of counting.
    std::vector<std::uint32_t> checkpoints_;
};

/// The offset of the first byte that is not valid UTF-8, or nullopt when the text is valid.
std::optional<std::size_t> firstInvalidUtf8(std::string_view text);

} // namespace dw::runtime
