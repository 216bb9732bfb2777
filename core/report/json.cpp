#include "report/format_support.h"

namespace dw::report {

using formats::Json;

namespace {

Json spanFields(Json out, const findings::FileSpan& span)
{
    out["line"] = span.line;
    out["column"] = span.column;
    out["endLine"] = span.endLine;
    out["endColumn"] = span.endColumn;
    return out;
}

Json fixJson(const findings::TextFix& fix, Language language)
{
    Json edits = Json::array();
    for (const findings::TextEdit& edit : fix.edits) {
        Json item = spanFields(Json::object(), edit.span);
        item["text"] = edit.text;
        edits.push_back(std::move(item));
    }
    return Json{{"title", formats::localized(fix.title, language)}, {"edits", std::move(edits)}};
}

// A finding of a file's report that lies in another file (the Dockerfile a Compose service builds) names it.
Json fileFindingJson(const findings::Finding& finding, const scan::ScanReport& report, Language language)
{
    Json out = findingJson(finding, language);
    if (const auto* file = findings::fileLocationOf(finding); file && file->path != report.target) out["file"] = file->path;
    return out;
}

Json waivedJson(const scan::ScanReport& report, Language language)
{
    Json waived = Json::array();
    for (const auto& held : report.waived) {
        Json item = fileFindingJson(held.finding, report, language);
        item["waiver"] = {{"reason", held.waiver.reason}, {"expires", held.waiver.expires}};
        waived.push_back(std::move(item));
    }
    return waived;
}

Json dockerfileEntry(const scan::ScanReport& report, Language language)
{
    Json list = Json::array();
    for (const findings::Finding& finding : report.findings) list.push_back(fileFindingJson(finding, report, language));
    Json entry{{"path", report.target}, {"findings", std::move(list)}};
    if (report.ok()) { // a file that could not be read has no score
        Json summary = summaryJson(report);
        summary["byPractice"] = report.risk.byCategory; // the name lint JSON has always had
        entry["summary"] = std::move(summary);
    }
    if (!report.waived.empty()) entry["waived"] = waivedJson(report, language);
    if (!report.ok()) entry["error"] = report.error;
    return entry;
}

Json documentOf(const scan::ScanReport& report, Language language)
{
    switch (report.kind) {
    case findings::Engine::Dockerfile: return dockerfileEntry(report, language);
    case findings::Engine::Host: return formats::hostDocument(report, language);
    case findings::Engine::Image: return formats::imageDocument(report, language);
    }
    return Json::object();
}

} // namespace

Json findingJson(const findings::Finding& finding, Language language)
{
    Json out{{"rule", finding.rule},
             {"severity", findings::severityName(finding.severity)},
             {"refs", finding.refs},
             {"title", formats::localized(findings::titleOf(finding), language)}};
    if (const auto* file = std::get_if<findings::FileLocation>(&finding.location)) {
        out = spanFields(std::move(out), file->span);
    } else if (const auto* object = std::get_if<findings::HostObjectLocation>(&finding.location)) {
        out["subject"] = {{"kind", findings::objectKindName(object->kind)}, {"id", object->id}, {"name", object->name}};
    } else {
        const auto& image = std::get<findings::ImageLocation>(finding.location);
        out["image"] = image.image;
        out["layer"] = image.layer ? Json(*image.layer) : Json(nullptr);
        out["path"] = image.path.empty() ? Json(nullptr) : Json("/" + image.path);
    }
    out["message"] = formats::localized(finding.message, language);
    if (!finding.evidence.empty()) out["evidence"] = finding.evidence;
    if (std::holds_alternative<findings::FileLocation>(finding.location)) {
        Json fixes = Json::array();
        for (const findings::TextFix& fix : finding.fixes) fixes.push_back(fixJson(fix, language));
        out["fixes"] = std::move(fixes);
    } else {
        out["remedy"] = formats::localized(finding.remedy, language);
    }
    if (!finding.sameAs.empty()) out["sameAs"] = finding.sameAs;
    if (finding.baseline != findings::BaselineState::None)
        out["baseline"] = finding.baseline == findings::BaselineState::New ? "new" : "unchanged";
    return out;
}

Json summaryJson(const scan::ScanReport& report)
{
    const findings::RiskScore& risk = report.risk;
    return Json{{"riskScore", risk.score},
                {"penalty", risk.penalty},
                {"bySeverity",
                 {{"error", risk.errors}, {"warning", risk.warnings}, {"info", risk.infos}, {"style", risk.styles}}},
                {"byCategory", risk.byCategory}};
}

namespace formats {

Json reportFindingsJson(const scan::ScanReport& report, Language language)
{
    Json list = Json::array();
    for (const findings::Finding& finding : report.findings) list.push_back(findingJson(finding, language));
    return list;
}

Json reportWaivedJson(const scan::ScanReport& report, Language language) { return waivedJson(report, language); }

} // namespace formats

std::string formatJson(const std::vector<scan::ScanReport>& reports, const FormatOptions& options)
{
    const bool allDockerfiles = std::all_of(reports.begin(), reports.end(), [](const scan::ScanReport& r) {
        return r.kind == findings::Engine::Dockerfile;
    });
    if (!allDockerfiles && reports.size() == 1) {
        Json document = documentOf(reports.front(), options.language);
        return formats::dumpJson(document);
    }
    Json list = Json::array();
    for (const scan::ScanReport& report : reports) list.push_back(documentOf(report, options.language));
    Json out{{"tool", "dockwarden"}, {"version", options.toolVersion}};
    out[allDockerfiles ? "files" : "scans"] = std::move(list);
    if (!options.warnings.empty()) out["warnings"] = options.warnings;
    return formats::dumpJson(out);
}

} // namespace dw::report
