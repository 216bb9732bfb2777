#include "history/recording.h"

#include "lint/risk_score.h"
#include "util/text.h"

#include <xxhash.h>

#include <cstdio>
#include <ctime>
#include <map>

namespace dw::history {
namespace {

std::string hexHash(std::string_view text)
{
    char digits[17];
    std::snprintf(digits, sizeof digits, "%016llx",
                  static_cast<unsigned long long>(XXH3_64bits(text.data(), text.size())));
    return digits;
}

ScanRecord newRecord(const std::string& kind, const std::string& target, const findings::RiskScore& risk,
                     const std::string& toolVersion)
{
    ScanRecord record;
    record.kind = kind;
    record.target = target;
    record.unixTime = static_cast<std::int64_t>(std::time(nullptr));
    record.toolVersion = toolVersion;
    record.riskScore = risk.score;
    record.errors = risk.errors;
    record.warnings = risk.warnings;
    record.infos = risk.infos;
    record.styles = risk.styles;
    return record;
}

} // namespace

ScanRecord dockerfileScanRecord(const std::string& target, const df::Dockerfile& file,
                                const std::vector<lint::Finding>& findings, findings::Language language,
                                const std::string& toolVersion)
{
    ScanRecord record = newRecord("dockerfile", target, lint::computeRiskScore(findings), toolVersion);
    std::map<std::string, int> occurrences;
    for (const lint::Finding& finding : findings) {
        const int line = finding.range.start.line;
        const std::string key = finding.rule + ":" + hexHash(util::trimmed(file.lineText(line)));
        const int occurrence = occurrences[key]++;
        record.findings.push_back({finding.rule, finding.severity, target + ":" + std::to_string(line),
                                   finding.message.in(language), key + ":" + std::to_string(occurrence)});
    }
    return record;
}

ScanRecord subjectScanRecord(const std::string& kind, const std::string& target,
                             const std::vector<LocatedFinding>& findings, const findings::RiskScore& risk,
                             findings::Language language, const std::string& toolVersion)
{
    ScanRecord record = newRecord(kind, target, risk, toolVersion);
    std::map<std::string, int> occurrences;
    for (const LocatedFinding& located : findings) {
        const findings::SubjectFinding& f = *located.finding;
        const std::string key = f.rule + ":" + hexHash(located.location) + ":" + hexHash(f.evidence);
        const int occurrence = occurrences[key]++;
        record.findings.push_back({f.rule, f.severity, located.location, f.message.in(language),
                                   key + ":" + std::to_string(occurrence)});
    }
    return record;
}

} // namespace dw::history
