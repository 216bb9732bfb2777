#include "lint/formats/format_support.h"
#include "lint/formats/report.h"
#include "lint/risk_score.h"

namespace dw::lint {

namespace {

using Json = nlohmann::ordered_json;

Json editJson(const TextEdit& edit)
{
    return Json{{"line", edit.range.start.line},
                {"column", edit.range.start.column},
                {"endLine", edit.range.end.line},
                {"endColumn", edit.range.end.column},
                {"text", edit.text}};
}

Json fixJson(const Fix& fix, Language language)
{
    Json edits = Json::array();
    for (const TextEdit& edit : fix.edits)
        edits.push_back(editJson(edit));
    return Json{{"title", formats::localized(fix.title, language)}, {"edits", std::move(edits)}};
}

Json findingJson(const Finding& finding, Language language)
{
    Json fixes = Json::array();
    for (const Fix& fix : finding.fixes)
        fixes.push_back(fixJson(fix, language));
    Json out{{"rule", finding.rule},
             {"severity", severityName(finding.severity)},
             {"refs", findingRefs(finding)},
             {"line", finding.range.start.line},
             {"column", finding.range.start.column},
             {"endLine", finding.range.end.line},
             {"endColumn", finding.range.end.column},
             {"message", formats::localized(finding.message, language)},
             {"fixes", std::move(fixes)}};
    if (!finding.sameAs.empty()) out["sameAs"] = std::string(finding.sameAs);
    return out;
}

Json summaryJson(const findings::RiskScore& risk)
{
    return Json{{"riskScore", risk.score},
                {"penalty", risk.penalty},
                {"bySeverity",
                 {{"error", risk.errors}, {"warning", risk.warnings}, {"info", risk.infos}, {"style", risk.styles}}},
                {"byPractice", risk.byCategory}};
}

} // namespace

std::string formatJson(const std::vector<FileReport>& files, const ReportOptions& options)
{
    Json fileList = Json::array();
    for (const FileReport& file : files) {
        Json findings = Json::array();
        for (std::size_t i = 0; i < file.findings.size(); ++i) {
            Json item = findingJson(file.findings[i], options.language);
            if (i < file.newSinceBaseline.size()) item["baseline"] = file.newSinceBaseline[i] ? "new" : "unchanged";
            findings.push_back(std::move(item));
        }
        Json entry{{"path", file.path}, {"findings", std::move(findings)}};
        if (file.error.empty()) // a file that could not be read has no score
            entry["summary"] = summaryJson(computeRiskScore(file.findings));
        if (!file.waived.empty()) {
            Json waived = Json::array();
            for (const auto& held : file.waived) {
                Json item = findingJson(held.finding, options.language);
                item["waiver"] = {{"reason", held.waiver.reason}, {"expires", held.waiver.expires}};
                waived.push_back(std::move(item));
            }
            entry["waived"] = std::move(waived);
        }
        if (!file.error.empty())
            entry["error"] = file.error;
        fileList.push_back(std::move(entry));
    }
    Json report{{"tool", "dockwarden"}, {"version", options.toolVersion}, {"files", std::move(fileList)}};
    if (!options.warnings.empty()) report["warnings"] = options.warnings;
    return formats::dumpJson(report);
}

} // namespace dw::lint
