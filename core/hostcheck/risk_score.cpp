#include "hostcheck/risk_score.h"

#include <algorithm>

namespace dw::hostcheck {

CheckCategory categoryOf(const std::string& rule)
{
    if (rule.size() < 4 || rule.compare(0, 3, "DWH") != 0) return CheckCategory::Other;
    if (rule == "DWH501") return CheckCategory::Daemon; // CIS 5.1 swarm mode is about the host
    switch (rule[3]) {
    case '5':
        return CheckCategory::Container;
    case '2':
        return CheckCategory::Daemon;
    case '4':
        return CheckCategory::Image;
    default:
        return CheckCategory::Other;
    }
}

int weightOf(findings::Severity severity)
{
    switch (severity) {
    case findings::Severity::Error:
        return kErrorWeight;
    case findings::Severity::Warning:
        return kWarningWeight;
    case findings::Severity::Info:
        return kInfoWeight;
    case findings::Severity::Style:
    case findings::Severity::Ignore:
        return 0;
    }
    return 0;
}

RiskScore computeRiskScore(const std::vector<HostFinding>& findings)
{
    RiskScore result;
    std::map<std::string, int> weightBySubject;
    for (const HostFinding& finding : findings) {
        switch (finding.severity) {
        case findings::Severity::Error:
            ++result.errors;
            break;
        case findings::Severity::Warning:
            ++result.warnings;
            break;
        case findings::Severity::Info:
            ++result.infos;
            break;
        case findings::Severity::Style:
            ++result.styles;
            break;
        case findings::Severity::Ignore:
            continue;
        }
        ++result.findingsByCategory[categoryOf(finding.rule)];
        weightBySubject[finding.subject] += weightOf(finding.severity);
    }
    for (const auto& [subject, weight] : weightBySubject)
        result.penalty += std::min(weight, kSubjectCap);
    result.score = 100 - std::min(100, result.penalty);
    return result;
}

} // namespace dw::hostcheck
