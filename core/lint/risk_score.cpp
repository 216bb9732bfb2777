#include "lint/risk_score.h"

#include "lint/registry.h"

namespace dw::lint {

findings::RiskScore computeRiskScore(const std::vector<Finding>& findings)
{
    std::vector<findings::ScoredFinding> scored;
    scored.reserve(findings.size());
    for (const Finding& finding : findings) {
        if (!finding.sameAs.empty()) continue;
        const Rule* rule = findRule(finding.rule);
        // DL1000 (syntax) and SCxxxx (ShellCheck) have no rule object: they are static analysis.
        const Practice practice = rule ? rule->info().practice : Practice::StaticAnalysis;
        scored.push_back({finding.severity, finding.rule, std::string(findings::practiceId(practice))});
    }
    return findings::computeRiskScore(scored);
}

} // namespace dw::lint
