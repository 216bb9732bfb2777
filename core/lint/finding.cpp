#include "lint/finding.h"

#include <array>

namespace dw::lint {
namespace {
constexpr std::array<std::string_view, 5> kSeverityNames{"error", "warning", "info", "style", "ignore"};
}

std::string_view severityName(Severity severity) { return kSeverityNames[static_cast<std::size_t>(severity)]; }

std::optional<Severity> severityFromName(std::string_view name)
{
    for (std::size_t i = 0; i < kSeverityNames.size(); ++i)
        if (kSeverityNames[i] == name) return static_cast<Severity>(i);
    if (name == "none") return Severity::Ignore;
    return std::nullopt;
}

bool atLeast(Severity severity, Severity threshold)
{
    return severity != Severity::Ignore && static_cast<int>(severity) <= static_cast<int>(threshold);
}

} // namespace dw::lint
