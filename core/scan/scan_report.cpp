#include "scan/scan_report.h"

#include "findings/catalogue.h"
#include "hostcheck/category.h"

namespace dw::scan {
namespace {

std::string_view categoryOf(Engine kind, const findings::Finding& finding)
{
    const findings::RuleDescription* rule = findings::findRule(finding.rule);
    switch (kind) {
    case Engine::Dockerfile:
        // DL1000 (syntax) and SCxxxx (ShellCheck) have no catalogue entry: they are static analysis.
        return findings::practiceId(rule ? rule->practice : findings::Practice::StaticAnalysis);
    case Engine::Host:
        switch (hostcheck::categoryOf(finding.rule)) {
        case hostcheck::CheckCategory::Container: return "container";
        case hostcheck::CheckCategory::Daemon: return "daemon";
        case hostcheck::CheckCategory::Image: return "image";
        case hostcheck::CheckCategory::Other: break;
        }
        return "other";
    case Engine::Image:
        return rule ? rule->family : std::string_view("content");
    }
    return {};
}


} // namespace

findings::RiskScore riskScoreOf(Engine kind, const std::vector<findings::Finding>& findings)
{
    // Host findings are grouped by their object; the texts must outlive the computation.
    std::vector<std::string> objects;
    if (kind == Engine::Host) {
        objects.reserve(findings.size());
        for (const findings::Finding& finding : findings) objects.push_back(findings::locationText(finding.location));
    }
    std::vector<findings::ScoredFinding> scored;
    scored.reserve(findings.size());
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const findings::Finding& finding = findings[i];
        if (!finding.sameAs.empty()) continue;
        const std::string_view group = kind == Engine::Host ? std::string_view(objects[i]) : std::string_view(finding.rule);
        scored.push_back({finding.severity, group, categoryOf(kind, finding)});
    }
    return findings::computeRiskScore(scored);
}

findings::Severity worstSeverity(const ScanReport& report)
{
    findings::Severity worst = findings::Severity::Ignore;
    for (const findings::Finding& finding : report.findings)
        if (static_cast<int>(finding.severity) < static_cast<int>(worst)) worst = finding.severity;
    return worst;
}

bool reachesThreshold(const ScanReport& report, findings::Severity threshold)
{
    return firstFindingReaching(report, threshold) != nullptr;
}

const findings::Finding* firstFindingReaching(const ScanReport& report, findings::Severity threshold)
{
    if (threshold == findings::Severity::Ignore) return nullptr;
    for (const findings::Finding& finding : report.findings) {
        if (finding.baseline == findings::BaselineState::Unchanged) continue;
        if (findings::atLeast(finding.severity, threshold)) return &finding;
    }
    return nullptr;
}

} // namespace dw::scan
