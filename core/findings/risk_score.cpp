#include "findings/risk_score.h"

#include <algorithm>
#include <utility>
#include <vector>

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
    std::vector<std::pair<std::string_view, int>> weights; // (group, weight) of each counted finding
    weights.reserve(findings.size());
    // A scan's findings fall into a handful of categories: they are tallied here and go into the map once each.
    std::vector<std::pair<std::string_view, int>> categories;
    for (const ScoredFinding& finding : findings) {
        switch (finding.severity) {
        case Severity::Error: ++result.errors; break;
        case Severity::Warning: ++result.warnings; break;
        case Severity::Info: ++result.infos; break;
        case Severity::Style: ++result.styles; break;
        case Severity::Ignore: continue;
        }
        if (!finding.category.empty()) {
            auto it = std::find_if(categories.begin(), categories.end(),
                                   [&](const auto& tally) { return tally.first == finding.category; });
            if (it == categories.end()) categories.emplace_back(finding.category, 1);
            else ++it->second;
        }
        weights.emplace_back(finding.group, weightOf(finding.severity));
    }
    for (const auto& [category, count] : categories) result.byCategory[std::string(category)] += count;
    // Each group's weights add up to at most kGroupCap: sorted, a group's findings sit side by side.
    std::sort(weights.begin(), weights.end());
    for (std::size_t first = 0; first < weights.size();) {
        int groupWeight = 0;
        std::size_t next = first;
        for (; next < weights.size() && weights[next].first == weights[first].first; ++next)
            groupWeight += weights[next].second;
        result.penalty += std::min(groupWeight, kGroupCap);
        first = next;
    }
    result.score = 100 - std::min(100, result.penalty);
    return result;
}

} // namespace dw::findings
