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

RiskScore computeRiskScore(const std::vector<HostFinding>& findings)
{
    std::vector<findings::ScoredFinding> scored;
    scored.reserve(findings.size());
    for (const HostFinding& finding : findings) scored.push_back({finding.severity, finding.subject, {}});
    RiskScore result;
    static_cast<findings::RiskScore&>(result) = findings::computeRiskScore(scored);
    for (const HostFinding& finding : findings)
        if (finding.severity != findings::Severity::Ignore) ++result.findingsByCategory[categoryOf(finding.rule)];
    return result;
}

} // namespace dw::hostcheck
