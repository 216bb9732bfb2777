#include "report/report_model.h"

#include "findings/catalogue.h"
#include "guide/guide_index.h"
#include "report/report.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace dw::report {
namespace {

using findings::Finding;
using findings::Severity;

int severityIndex(Severity severity)
{
    switch (severity) {
    case Severity::Error: return 0;
    case Severity::Warning: return 1;
    case Severity::Info: return 2;
    case Severity::Style: return 3;
    case Severity::Ignore: break;
    }
    return -1;
}

std::size_t cardOrder(const guide::GuideCard* card)
{
    if (!card) return guide::guideCards().size();
    return static_cast<std::size_t>(card - guide::guideCards().data());
}

std::vector<PracticeGroup> groupByCard(const std::vector<Finding>& list)
{
    std::map<std::size_t, PracticeGroup> groups;
    for (const Finding& finding : list) {
        if (!finding.sameAs.empty()) continue;
        const guide::GuideCard* card = guide::cardOfRule(finding.rule);
        PracticeGroup& group = groups[cardOrder(card)];
        group.card = card;
        group.findings.push_back(&finding);
    }
    std::vector<PracticeGroup> out;
    for (auto& entry : groups) {
        std::stable_sort(entry.second.findings.begin(), entry.second.findings.end(),
                         [](const Finding* a, const Finding* b) { return a->severity < b->severity; });
        out.push_back(std::move(entry.second));
    }
    return out;
}

std::string lower(std::string_view text)
{
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

} // namespace

std::vector<findings::Engine> ReportModel::engines() const
{
    std::vector<findings::Engine> out;
    if (scans)
        for (const scan::ScanReport& scan : *scans)
            if (std::find(out.begin(), out.end(), scan.kind) == out.end()) out.push_back(scan.kind);
    return out;
}

ReportModel buildReportModel(const std::vector<scan::ScanReport>& scans, ReportSettings settings)
{
    ReportModel model;
    model.settings = std::move(settings);
    model.scans = &scans;
    std::map<std::size_t, int> perCard;
    bool anyScore = false;
    for (const scan::ScanReport& scan : scans) {
        if (scan.ok()) {
            model.riskScore = anyScore ? std::min(model.riskScore, scan.risk.score) : scan.risk.score;
            anyScore = true;
        }
        TargetSection section;
        section.scan = &scan;
        section.groups = groupByCard(scan.findings);
        for (const PracticeGroup& group : section.groups) {
            perCard[cardOrder(group.card)] += static_cast<int>(group.findings.size());
            for (const Finding* finding : group.findings)
                if (const int index = severityIndex(finding->severity); index >= 0) ++model.bySeverity[index];
        }
        model.waivedCount += static_cast<int>(scan.waived.size());
        model.targets.push_back(std::move(section));
    }
    for (const auto& entry : perCard) {
        const auto& cards = guide::guideCards();
        model.byPractice.push_back({entry.first < cards.size() ? &cards[entry.first] : nullptr, entry.second});
    }
    std::stable_sort(model.byPractice.begin(), model.byPractice.end(),
                     [](const PracticeTotal& a, const PracticeTotal& b) { return a.count > b.count; });

    const std::vector<findings::Engine> engines = model.engines();
    for (const guide::GuideCard& card : guide::guideCards())
        for (std::string_view rule : guide::rulesOfCard(card)) {
            const findings::RuleDescription* description = findings::findRule(rule);
            if (description && std::find(engines.begin(), engines.end(), description->engine) != engines.end()) {
                model.appendix.push_back(&card);
                break;
            }
        }
    return model;
}

std::optional<ReportFormat> reportFormatFromName(std::string_view name)
{
    const std::string value = lower(name);
    if (value == "pdf") return ReportFormat::Pdf;
    if (value == "html" || value == "htm") return ReportFormat::Html;
    if (value == "json") return ReportFormat::Json;
    return std::nullopt;
}

std::optional<ReportFormat> reportFormatOfPath(std::string_view path)
{
    const auto dot = path.rfind('.');
    const auto slash = path.find_last_of('/');
    if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return std::nullopt;
    return reportFormatFromName(path.substr(dot + 1));
}

std::string reportJson(const ReportModel& model)
{
    using nlohmann::ordered_json;
    const findings::Language language = model.settings.language;
    ordered_json out;
    out["tool"] = "dockwarden";
    out["version"] = model.settings.toolVersion;
    out["title"] = model.settings.title;
    out["generatedAt"] = model.settings.generatedAt;
    out["language"] = language == findings::Language::English ? "en" : "zh_CN";
    ordered_json summary;
    summary["riskScore"] = model.riskScore;
    summary["bySeverity"] = {{"error", model.bySeverity[0]},
                             {"warning", model.bySeverity[1]},
                             {"info", model.bySeverity[2]},
                             {"style", model.bySeverity[3]}};
    ordered_json practices = ordered_json::array();
    for (const PracticeTotal& total : model.byPractice)
        practices.push_back({{"card", total.card ? std::string(total.card->id) : std::string()},
                             {"title", total.card ? total.card->title.in(language) : std::string()},
                             {"count", total.count}});
    summary["byPractice"] = std::move(practices);
    summary["waived"] = model.waivedCount;
    out["summary"] = std::move(summary);
    ordered_json trend = ordered_json::array();
    for (const TrendPoint& point : model.settings.trend)
        trend.push_back({{"time", point.unixTime},
                         {"riskScore", point.riskScore},
                         {"bySeverity",
                          {{"error", point.errors},
                           {"warning", point.warnings},
                           {"info", point.infos},
                           {"style", point.styles}}}});
    out["trend"] = std::move(trend);
    ordered_json targets = ordered_json::array();
    for (const TargetSection& section : model.targets) {
        const scan::ScanReport& scan = *section.scan;
        ordered_json target = {{"kind", findings::engineName(scan.kind)}, {"target", scan.target}};
        if (!scan.ok()) target["error"] = scan.error;
        else target["summary"] = summaryJson(scan);
        ordered_json groups = ordered_json::array();
        for (const PracticeGroup& group : section.groups) {
            ordered_json list = ordered_json::array();
            for (const Finding* finding : group.findings) {
                ordered_json entry = findingJson(*finding, language);
                entry["where"] = findings::locationText(finding->location);
                list.push_back(std::move(entry));
            }
            groups.push_back({{"card", group.card ? std::string(group.card->id) : std::string()},
                              {"title", group.card ? group.card->title.in(language) : std::string()},
                              {"findings", std::move(list)}});
        }
        target["practices"] = std::move(groups);
        ordered_json waived = ordered_json::array();
        for (const auto& held : scan.waived) {
            ordered_json entry = findingJson(held.finding, language);
            entry["where"] = findings::locationText(held.finding.location);
            entry["reason"] = held.waiver.reason;
            if (!held.waiver.expires.empty()) entry["expires"] = held.waiver.expires;
            waived.push_back(std::move(entry));
        }
        target["waived"] = std::move(waived);
        if (!scan.warnings.empty()) target["warnings"] = scan.warnings;
        targets.push_back(std::move(target));
    }
    out["targets"] = std::move(targets);
    ordered_json appendix = ordered_json::array();
    const std::vector<findings::Engine> engines = model.engines();
    for (const guide::GuideCard* card : model.appendix) {
        ordered_json rules = ordered_json::array();
        for (std::string_view rule : guide::rulesOfCard(*card)) {
            const findings::RuleDescription* description = findings::findRule(rule);
            if (description && std::find(engines.begin(), engines.end(), description->engine) != engines.end())
                rules.push_back(rule);
        }
        appendix.push_back({{"card", card->id},
                            {"title", card->title.in(language)},
                            {"summary", card->summary.in(language)},
                            {"checks", std::move(rules)}});
    }
    out["appendix"] = std::move(appendix);
    return out.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

} // namespace dw::report
