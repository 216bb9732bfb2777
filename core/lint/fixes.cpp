#include "lint/fixes.h"

#include <algorithm>

namespace dw::lint {

std::string applyEdits(const std::string& source, std::vector<TextEdit> edits, std::size_t* applied)
{
    std::stable_sort(edits.begin(), edits.end(), [](const TextEdit& a, const TextEdit& b) {
        return a.range.start.offset < b.range.start.offset;
    });
    std::string out;
    out.reserve(source.size());
    std::size_t cursor = 0;
    std::size_t count = 0;
    for (const auto& edit : edits) {
        std::size_t begin = edit.range.start.offset;
        std::size_t end = std::max(begin, edit.range.end.offset);
        if (begin < cursor || end > source.size()) continue;
        out.append(source, cursor, begin - cursor);
        out += edit.text;
        cursor = end;
        ++count;
    }
    out.append(source, cursor, std::string::npos);
    if (applied) *applied = count;
    return out;
}

std::string applyFirstFixes(const std::string& source, const std::vector<Finding>& findings, std::size_t* applied)
{
    std::vector<TextEdit> edits;
    std::vector<std::pair<std::size_t, std::size_t>> taken;
    for (const auto& finding : findings) {
        if (finding.fixes.empty()) continue;
        const auto& fixEdits = finding.fixes.front().edits;
        bool overlaps = std::any_of(fixEdits.begin(), fixEdits.end(), [&](const TextEdit& e) {
            return std::any_of(taken.begin(), taken.end(), [&](const auto& span) {
                return e.range.start.offset < span.second && span.first < std::max(e.range.end.offset, e.range.start.offset + 1);
            });
        });
        if (overlaps) continue;
        for (const auto& e : fixEdits) {
            taken.emplace_back(e.range.start.offset, std::max(e.range.end.offset, e.range.start.offset + 1));
            edits.push_back(e);
        }
    }
    return applyEdits(source, std::move(edits), applied);
}

} // namespace dw::lint
