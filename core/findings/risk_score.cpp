#include "findings/risk_score.h"

#include <algorithm>

namespace dw::findings {

int weightOf(Severity severity)
{
    switch (severity) {
    case Severity::Error: return kErrorWeight;
    case Severity::Warning: return kWarningWeight;
    case Severity::Info: return kInfoWeight;
    case Severity::Style:
    case Severity::Ignore: return 0;
    }
    return 0;
}

RiskScore computeRiskScore(const std::vector<ScoredFinding>& findings)
{
    RiskScore result;
    std::map<std::string_view, int> weightByGroup;
    for (const ScoredFinding& finding : findings) {
        switch (finding.severity) {
        case Severity::Error: ++result.errors; break;
        case Severity::Warning: ++result.warnings; break;
        case Severity::Info: ++result.infos; break;
        case Severity::Style: ++result.styles; break;
        case Severity::Ignore: continue;
        }
        if (!finding.category.empty()) {
            auto it = result.byCategory.find(finding.category);
            if (it == result.byCategory.end()) it = result.byCategory.emplace(std::string(finding.category), 0).first;
            ++it->second;
        }
        weightByGroup[finding.group] += weightOf(finding.severity);
    }
    for (const auto& [group, weight] : weightByGroup) result.penalty += std::min(weight, kGroupCap);
    result.score = 100 - std::min(100, result.penalty);
    return result;
}

} // namespace dw::findings
