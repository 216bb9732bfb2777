// What a lint run reports: findings with severities, bilingual messages and machine-applicable fixes.
#pragma once

#include "dockerfile/ast.h"
#include "findings/vocabulary.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dw::lint {

using findings::atLeast;
using findings::Language;
using findings::LocalizedText;
using findings::Severity;
using findings::severityFromName;
using findings::severityName;

/// Replace the source between range.start and range.end (byte offsets are authoritative) with `text`.
struct TextEdit {
    df::Range range;
    std::string text;
};

struct Fix {
    LocalizedText title;
    std::vector<TextEdit> edits;
};

struct Finding {
    std::string rule;               ///< "DL3006", "DW1001", "StageNameCasing" ...
    Severity severity = Severity::Warning;
    df::Range range;
    LocalizedText message;
    std::vector<Fix> fixes;
    /// Set when an equivalent rule's finding on the same line is the one shown (see folding.h); it views the
    /// static id in findings::equivalenceGroups(), so it costs no allocation.
    std::string_view sameAs{};
};

} // namespace dw::lint
