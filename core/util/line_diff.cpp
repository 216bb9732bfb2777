#include "util/line_diff.h"

#include <algorithm>
#include <cstdint>

namespace dw::util {
namespace {

std::vector<std::string_view> splitLines(std::string_view text)
{
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) {
            lines.push_back(text.substr(start));
            break;
        }
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

constexpr std::size_t kMaxCells = 25'000'000; // the LCS table's budget (bytes of uint16 cells / 2)

} // namespace

std::vector<DiffLine> diffLines(std::string_view before, std::string_view after)
{
    const std::vector<std::string_view> a = splitLines(before);
    const std::vector<std::string_view> b = splitLines(after);
    // Common head and tail first: most proposals change a few lines in the middle.
    std::size_t head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head]) ++head;
    std::size_t tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a[a.size() - 1 - tail] == b[b.size() - 1 - tail]) ++tail;
    const std::size_t n = a.size() - head - tail;
    const std::size_t m = b.size() - head - tail;
    std::vector<DiffLine> out;
    int oldLine = 0, newLine = 0;
    auto same = [&](std::string_view line) { out.push_back({DiffLine::Kind::Same, std::string(line), ++oldLine, ++newLine}); };
    auto removed = [&](std::string_view line) { out.push_back({DiffLine::Kind::Removed, std::string(line), ++oldLine, 0}); };
    auto added = [&](std::string_view line) { out.push_back({DiffLine::Kind::Added, std::string(line), 0, ++newLine}); };
    for (std::size_t i = 0; i < head; ++i) same(a[i]);
    if ((n + 1) * (m + 1) > kMaxCells) {
        for (std::size_t i = 0; i < n; ++i) removed(a[head + i]);
        for (std::size_t j = 0; j < m; ++j) added(b[head + j]);
    } else {
        // lcs[i][j]: the longest common subsequence of a[head+i..] and b[head+j..]
        std::vector<std::uint32_t> lcs((n + 1) * (m + 1), 0);
        auto at = [&](std::size_t i, std::size_t j) -> std::uint32_t& { return lcs[i * (m + 1) + j]; };
        for (std::size_t i = n; i-- > 0;)
            for (std::size_t j = m; j-- > 0;)
                at(i, j) = a[head + i] == b[head + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
        std::size_t i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[head + i] == b[head + j]) {
                same(a[head + i]);
                ++i, ++j;
            } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
                removed(a[head + i++]); // removals before additions, as diff -u shows them
            } else {
                added(b[head + j++]);
            }
        }
    }
    for (std::size_t k = a.size() - tail; k < a.size(); ++k) same(a[k]);
    return out;
}

std::string unifiedDiff(std::string_view before, std::string_view after, std::string_view fromName,
                        std::string_view toName, int context)
{
    const std::vector<DiffLine> lines = diffLines(before, after);
    std::string out;
    std::size_t i = 0;
    while (i < lines.size()) {
        if (lines[i].kind == DiffLine::Kind::Same) {
            ++i;
            continue;
        }
        // A hunk: from `context` lines before this change to `context` lines after the last change that is at most
        // 2 * context lines from the next.
        const std::size_t start = i >= static_cast<std::size_t>(context) ? i - static_cast<std::size_t>(context) : 0;
        std::size_t end = i;
        std::size_t quiet = 0;
        while (end < lines.size() && quiet <= static_cast<std::size_t>(2 * context)) {
            quiet = lines[end].kind == DiffLine::Kind::Same ? quiet + 1 : 0;
            ++end;
        }
        end = std::min(lines.size(), end - (quiet > static_cast<std::size_t>(context) ? quiet - static_cast<std::size_t>(context) : 0));
        int oldStart = 0, newStart = 0, oldCount = 0, newCount = 0;
        for (std::size_t k = start; k < end; ++k) {
            if (lines[k].kind != DiffLine::Kind::Added) {
                if (oldCount++ == 0) oldStart = lines[k].oldLine;
            }
            if (lines[k].kind != DiffLine::Kind::Removed) {
                if (newCount++ == 0) newStart = lines[k].newLine;
            }
        }
        if (out.empty()) out = "--- " + std::string(fromName) + "\n+++ " + std::string(toName) + "\n";
        out += "@@ -" + std::to_string(oldStart) + "," + std::to_string(oldCount) + " +" + std::to_string(newStart) + "," +
               std::to_string(newCount) + " @@\n";
        for (std::size_t k = start; k < end; ++k)
            out += (lines[k].kind == DiffLine::Kind::Same ? " " : lines[k].kind == DiffLine::Kind::Removed ? "-" : "+") +
                   lines[k].text + "\n";
        i = end;
    }
    return out;
}

} // namespace dw::util
