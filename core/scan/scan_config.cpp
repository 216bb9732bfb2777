#include "scan/scan_config.h"

namespace dw::scan {

void applyConfigAndWaivers(ScanReport& report, const lint::Config& config,
                           const std::function<const std::string&(const findings::Finding&)>& targetOf)
{
    for (findings::Finding& finding : report.findings)
        finding.severity = config.effectiveSeverity(finding.rule, finding.severity);
    std::erase_if(report.findings,
                  [](const findings::Finding& f) { return f.severity == findings::Severity::Ignore; });
    findings::WaiverLedger waivers(config.waivers, findings::todayUtc());
    waivers.apply(
        report.findings, report.waived, [](const findings::Finding& f) -> const std::string& { return f.rule; },
        targetOf);
    report.warnings.insert(report.warnings.end(), config.warnings.begin(), config.warnings.end());
    for (std::string& warning : waivers.warnings()) report.warnings.push_back(std::move(warning));
}

} // namespace dw::scan
