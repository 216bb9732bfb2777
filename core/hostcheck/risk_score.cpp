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

int weightOf(lint::Severity severity)
{
    switch (severity) {
    case lint::Severity::Error:
        return kErrorWeight;
    case lint::Severity::Warning:
        return kWarningWeight;
    case lint::Severity::Info:
        return kInfoWeight;
    case lint::Severity::Style:
    case lint::Severity::Ignore:
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
        case lint::Severity::Error:
            ++result.errors;
            break;
        case lint::Severity::Warning:
            ++result.warnings;
            break;
        case lint::Severity::Info:
            ++result.infos;
            break;
        case lint::Severity::Style:
            ++result.styles;
            break;
        case lint::Severity::Ignore:
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
