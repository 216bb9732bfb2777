// A line diff of two texts (longest common subsequence of lines), for showing a proposed change before it is
// applied: the lines kept, removed and added, and the same as a unified diff.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dw::util {

struct DiffLine {
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    std::string text;  ///< without its newline
    int oldLine = 0;   ///< 1-based in the old text; 0 for an added line
    int newLine = 0;   ///< 1-based in the new text; 0 for a removed line
};

/// Every line of both texts in order. Texts of more than 20,000 lines each are compared line by line from both
/// ends only (the middle shows as removed and added).
std::vector<DiffLine> diffLines(std::string_view before, std::string_view after);

/// `diff -u` output with `context` lines around each change; "" when the texts are equal.
std::string unifiedDiff(std::string_view before, std::string_view after, std::string_view fromName,
                        std::string_view toName, int context = 3);

} // namespace dw::util
