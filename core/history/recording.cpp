#include "history/recording.h"

#include "lint/risk_score.h"

#include <xxhash.h>

#include <cstdio>
#include <ctime>
#include <map>

namespace dw::history {
namespace {

std::string_view lineText(std::string_view source, int line)
{
    std::size_t start = 0;
    for (int n = 1; n < line && start < source.size(); ++n) {
        const std::size_t next = source.find('\n', start);
        if (next == std::string_view::npos) return {};
        start = next + 1;
    }
    std::string_view text = source.substr(start, source.find('\n', start) - start);
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
    return text;
}

std::string hexHash(std::string_view text)
{
    char digits[17];
    std::snprintf(digits, sizeof digits, "%016llx",
                  static_cast<unsigned long long>(XXH3_64bits(text.data(), text.size())));
    return digits;
}

} // namespace

ScanRecord dockerfileScanRecord(const std::string& target, std::string_view source,
                                const std::vector<lint::Finding>& findings, findings::Language language,
                                const std::string& toolVersion)
{
    ScanRecord record;
    record.kind = "dockerfile";
    record.target = target;
    record.unixTime = static_cast<std::int64_t>(std::time(nullptr));
    record.toolVersion = toolVersion;
    const findings::RiskScore risk = lint::computeRiskScore(findings);
    record.riskScore = risk.score;
    record.errors = risk.errors;
    record.warnings = risk.warnings;
    record.infos = risk.infos;
    record.styles = risk.styles;
    // The line index is built once: a large file with many findings must not rescan the source per finding.
    std::vector<std::size_t> lineStarts{0};
    for (std::size_t i = 0; i < source.size(); ++i)
        if (source[i] == '\n') lineStarts.push_back(i + 1);
    std::map<std::string, int> occurrences;
    for (const lint::Finding& finding : findings) {
        const int line = finding.range.start.line;
        std::string_view text;
        if (line >= 1 && static_cast<std::size_t>(line) <= lineStarts.size())
            text = lineText(source.substr(lineStarts[static_cast<std::size_t>(line) - 1]), 1);
        const std::string key = finding.rule + ":" + hexHash(text);
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
