#include "scan/host_objects.h"

#include "findings/risk_score.h"

#include <algorithm>

namespace dw::scan {

std::map<ObjectKey, ObjectFindings> findingsByObject(const ScanReport& report)
{
    std::map<ObjectKey, ObjectFindings> objects;
    for (std::size_t index = 0; index < report.findings.size(); ++index) {
        const findings::Finding& finding = report.findings[index];
        const auto* where = std::get_if<findings::HostObjectLocation>(&finding.location);
        if (!where) continue;
        ObjectFindings& object = objects[{where->kind, where->id}];
        object.indices.push_back(index);
        if (!finding.sameAs.empty() || finding.severity == findings::Severity::Ignore) continue;
        ++object.count;
        if (object.worst == findings::Severity::Ignore || findings::atLeast(finding.severity, object.worst))
            object.worst = finding.severity;
        object.riskPoints = std::min(findings::kGroupCap, object.riskPoints + findings::weightOf(finding.severity));
    }
    return objects;
}

RiskLevel riskLevelOf(int riskPoints)
{
    if (riskPoints <= 0) return RiskLevel::None;
    if (riskPoints < 10) return RiskLevel::Low;
    if (riskPoints < 20) return RiskLevel::Medium;
    return RiskLevel::High;
}

} // namespace dw::scan
