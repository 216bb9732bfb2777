// What a lint run reports: findings with severities, bilingual messages and machine-applicable fixes.
#pragma once

#include "dockerfile/ast.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dw::lint {

/// Ordered from most to least severe; Ignore means "not reported".
enum class Severity { Error, Warning, Info, Style, Ignore };

std::string_view severityName(Severity severity); ///< "error", "warning", "info", "style", "ignore"
std::optional<Severity> severityFromName(std::string_view name);
/// True if `severity` is at least as severe as `threshold`.
bool atLeast(Severity severity, Severity threshold);

enum class Language { English, SimplifiedChinese };

struct LocalizedText {
    std::string en;
    std::string zh;
    const std::string& in(Language language) const { return language == Language::English ? en : zh; }
};

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
};

} // namespace dw::lint
