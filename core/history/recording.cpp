#include "history/recording.h"

#include "dockerfile/ast.h"
#include "findings/catalogue.h"
#include "util/text.h"

#include <xxhash.h>

#include <algorithm>
#include <cstdio>
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

// "container web", "image app:1.0 layer 2 etc/x": the form the first records were written with.
std::string objectLocation(const findings::Location& location)
{
    if (const auto* image = std::get_if<findings::ImageLocation>(&location)) {
        std::string where = "image " + image->image;
        if (image->layer) where += " layer " + std::to_string(*image->layer);
        if (!image->path.empty()) where += " " + image->path;
        return where;
    }
    return findings::locationText(location);
}

} // namespace

ScanRecord scanRecord(const scan::ScanReport& report, const std::string& target, findings::Language language)
{
    ScanRecord record;
    record.kind = std::string(findings::engineName(report.kind));
    record.target = target;
    record.unixTime = report.unixTime;
    record.toolVersion = report.toolVersion;
    record.riskScore = report.risk.score;
    record.errors = report.risk.errors;
    record.warnings = report.risk.warnings;
    record.infos = report.risk.infos;
    record.styles = report.risk.styles;
    std::map<std::string, int> occurrences;
    for (const findings::Finding& finding : report.findings) {
        std::string key;
        std::string location;
        if (const auto* file = findings::fileLocationOf(finding)) {
            const int line = file->span.line;
            const std::string_view text = report.dockerfile ? report.dockerfile->lineText(line) : std::string_view();
            key = finding.rule + ":" + hexHash(util::trimmed(text));
            location = target + ":" + std::to_string(line);
        } else {
            location = objectLocation(finding.location);
            key = finding.rule + ":" + hexHash(location) + ":" + hexHash(finding.evidence);
        }
        const int occurrence = occurrences[key]++;
        record.findings.push_back({finding.rule, finding.severity, std::move(location),
                                   finding.message.in(language), key + ":" + std::to_string(occurrence)});
    }
    return record;
}

bool markAgainstBaseline(scan::ScanReport& report, const ScanRecord& current, const ScanRecord& baseline)
{
    if (current.target != baseline.target || current.kind != baseline.kind) return false;
    if (current.findings.size() != report.findings.size()) return false;
    const std::vector<bool> fresh = newSince(baseline, current);
    for (std::size_t i = 0; i < report.findings.size() && i < fresh.size(); ++i)
        report.findings[i].baseline = fresh[i] ? findings::BaselineState::New : findings::BaselineState::Unchanged;
    return true;
}

scan::ScanReport reportOfRecord(const ScanRecord& record)
{
    scan::ScanReport report;
    report.kind = findings::engineFromName(record.kind).value_or(findings::Engine::Dockerfile);
    report.target = record.target;
    report.unixTime = record.unixTime;
    report.toolVersion = record.toolVersion;
    report.risk.score = record.riskScore;
    report.risk.errors = record.errors;
    report.risk.warnings = record.warnings;
    report.risk.infos = record.infos;
    report.risk.styles = record.styles;
    for (const RecordedFinding& recorded : record.findings) {
        findings::Finding finding;
        finding.rule = recorded.rule;
        finding.severity = recorded.severity;
        finding.message = {recorded.message, recorded.message};
        finding.location = findings::FileLocation{recorded.location, {}};
        if (const findings::RuleDescription* rule = findings::findRule(recorded.rule)) {
            finding.title = &rule->title;
            finding.refs.assign(rule->refs.begin(), rule->refs.end());
            finding.remedy = rule->remedy;
        }
        report.findings.push_back(std::move(finding));
    }
    return report;
}

std::vector<ScanRecord> oldestFirst(std::vector<ScanRecord> scans)
{
    std::stable_sort(scans.begin(), scans.end(),
                     [](const ScanRecord& a, const ScanRecord& b) { return a.unixTime < b.unixTime; });
    return scans;
}

} // namespace dw::history
