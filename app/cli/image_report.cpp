#include "image_report.h"

#include "hostcheck/risk_score.h"
#include "image/eol_table.h"
#include "lint/formats/report.h"
#include "util/secrets.h"

#include <cmath>
#include <ctime>
#include <iomanip>
#include <iostream>
#include <map>
#include <sstream>

namespace dw::cli {
namespace {

using nlohmann::json;

const char* sourceName(image::SourceKind kind)
{
    switch (kind) {
    case image::SourceKind::Daemon: return "daemon";
    case image::SourceKind::OciDirectory: return "oci-layout";
    case image::SourceKind::Archive: break;
    }
    return "archive";
}

// dive's userWastedPercent is +inf when only layer 0 holds bytes; JSON has no infinity.
json ratioJson(double value)
{
    return std::isfinite(value) ? json(value) : json(nullptr);
}

json findingJson(const image::ImageFinding& f, findings::Language language)
{
    json out = {{"rule", f.finding.rule}, {"severity", findings::severityName(f.finding.severity)}, {"refs", f.finding.refs},
                {"message", f.finding.message.in(language)}, {"evidence", f.finding.evidence},
                {"fix", f.finding.remedy.in(language)}};
    out["layer"] = f.layerIndex ? json(*f.layerIndex) : json(nullptr);
    out["path"] = f.path.empty() ? json(nullptr) : json("/" + f.path);
    return out;
}

json layersJson(const image::ImageReport& report)
{
    json layers = json::array();
    for (const auto& layer : report.layers.layers) {
        const image::Layer* source = layer.index < report.image.layers.size() ? &report.image.layers[layer.index] : nullptr;
        layers.push_back({{"index", layer.index}, {"digest", layer.diffId}, {"created_by", secrets::redactAll(layer.createdBy)},
                          {"size", layer.size}, {"archive_bytes", source ? source->archiveBytes : 0},
                          {"entries", layer.entryCount}, {"added", layer.addedFiles}, {"added_bytes", layer.addedBytes},
                          {"modified", layer.modifiedFiles}, {"modified_bytes", layer.modifiedBytes},
                          {"same_content", layer.sameContentFiles}, {"deleted", layer.deletedFiles},
                          {"deleted_bytes", layer.deletedBytes}, {"wasted", layer.wastedBytes}});
    }
    return layers;
}

json osJson(const image::ImageReport& report, findings::Language language, int64_t now)
{
    const image::OsInfo& os = report.os;
    if (!os.identified()) return {{"identified", false}};
    json out = {{"identified", true}, {"id", os.id}, {"version_id", os.versionId}, {"codename", os.versionCodename},
                {"pretty_name", os.prettyName}, {"source", os.sourcePath}};
    if (auto eol = image::eolStatus(os, now)) {
        out["eol_date"] = std::string(eol->entry->eolDate);
        out["eol_days_left"] = eol->daysLeft;
        out["end_of_life"] = eol->pastEol();
        if (!eol->entry->note.en.empty()) out["eol_note"] = eol->entry->note.in(language);
    } else {
        out["eol_date"] = nullptr;
        out["eol_note"] = image::osWithoutEolNote(os).in(language);
    }
    return out;
}

json packagesJson(const image::PackageInventory& inventory)
{
    json list = json::array();
    for (const auto& p : inventory.packages) {
        json item = {{"type", image::packageTypeName(p.type)}, {"name", p.name}, {"version", p.fullVersion()},
                     {"arch", p.arch}, {"layer", p.layerIndex}};
        if (!p.source.empty()) item["source"] = p.source;
        if (!p.license.empty()) item["license"] = p.license;
        list.push_back(std::move(item));
    }
    return list;
}

json vulnerabilitiesJson(const image::VulnerabilityReport& report)
{
    std::map<std::string, int> bySeverity;
    for (const auto& v : report.vulnerabilities) ++bySeverity[std::string(image::vulnerabilitySeverityName(v.severity))];
    json out = {{"scanned", report.scanned}, {"scanner", report.scanner}, {"scanner_version", report.scannerVersion},
                {"count", report.vulnerabilities.size()}, {"by_severity", bySeverity}};
    if (!report.note.empty()) out["note"] = report.note;
    return out;
}

std::string humanBytes(std::uint64_t bytes)
{
    static const char* units[] = {"B", "kB", "MB", "GB", "TB"};
    double value = static_cast<double>(bytes);
    int unit = 0;
    while (value >= 1000 && unit < 4) {
        value /= 1000;
        ++unit;
    }
    std::ostringstream out;
    out << std::fixed << std::setprecision(unit == 0 ? 0 : 1) << value << " " << units[unit];
    return out.str();
}

} // namespace

json imageReportJson(const image::ImageReport& report, findings::Language language)
{
    const int64_t now = static_cast<int64_t>(std::time(nullptr));
    const image::Image& img = report.image;
    const image::LayerAnalysis& la = report.layers;
    json out;
    out["image"] = {{"id", img.id}, {"tags", img.repoTags}, {"subject", report.subject}, {"source", sourceName(report.source)},
                    {"created", img.config.created}, {"architecture", img.config.architecture}, {"os", img.config.os},
                    {"user", img.config.user}, {"size", la.sizeBytes}};
    out["layers"] = layersJson(report);
    out["efficiency"] = la.efficiency;
    out["wasted_bytes"] = la.wastedBytes;
    out["user_wasted_percent"] = ratioJson(la.userWastedPercent);
    out["reclaimable_bytes"] = la.reclaimableBytes;
    json inefficient = json::array();
    for (const auto& p : la.inefficientPaths)
        inefficient.push_back({{"path", "/" + p.path}, {"count", p.count}, {"total_bytes", p.totalBytes}});
    out["inefficient_files"] = std::move(inefficient);
    json largest = json::array();
    for (const auto& f : la.largestFiles) largest.push_back({{"path", "/" + f.path}, {"size", f.size}, {"layer", f.layer}});
    out["largest_files"] = std::move(largest);
    json caches = json::array();
    for (const auto& c : la.caches)
        caches.push_back({{"dir", "/" + c.dir}, {"manager", c.manager}, {"files", c.files}, {"bytes", c.bytes}});
    json merges = json::array();
    for (const auto& m : la.runMerges)
        merges.push_back({{"first_layer", m.firstLayer}, {"last_layer", m.lastLayer}, {"files", m.files}, {"bytes", m.bytes}});
    out["savings"] = {{"merge_run_layers_bytes", la.runMergeSavingsBytes}, {"run_merges", std::move(merges)},
                      {"cache_cleanup_bytes", la.cacheBytes}, {"caches", std::move(caches)},
                      {"deleted_later_bytes", la.deletedLaterBytes}, {"deleted_later_files", la.deletedLaterFiles}};
    out["os"] = osJson(report, language, now);
    out["packages"] = packagesJson(report.packages);
    out["package_databases"] = report.packages.databases;
    out["vulnerabilities"] = vulnerabilitiesJson(report.vulnerabilities);
    json findings = json::array();
    for (const auto& f : report.findings) findings.push_back(findingJson(f, language));
    out["findings"] = std::move(findings);
    json waived = json::array();
    for (const auto& held : report.waived) {
        json item = findingJson(held.finding, language);
        item["waiver"] = {{"reason", held.waiver.reason}, {"expires", held.waiver.expires}};
        waived.push_back(std::move(item));
    }
    out["waived"] = std::move(waived);
    const findings::RiskScore risk = image::computeRiskScore(report.findings);
    out["summary"] = {{"riskScore", risk.score}, {"penalty", risk.penalty}, {"byCategory", risk.byCategory},
                      {"bySeverity", {{"error", risk.errors}, {"warning", risk.warnings}, {"info", risk.infos}, {"style", risk.styles}}},
                      {"layers", la.layers.size()}, {"packages", report.packages.packages.size()},
                      {"vulnerabilities", report.vulnerabilities.vulnerabilities.size()}};
    std::vector<std::string> warnings = img.warnings;
    warnings.insert(warnings.end(), report.packages.warnings.begin(), report.packages.warnings.end());
    warnings.insert(warnings.end(), report.waiverWarnings.begin(), report.waiverWarnings.end());
    out["warnings"] = warnings;
    return out;
}

json imageSarifJson(const image::ImageReport& report, findings::Language language)
{
    json rules = json::array();
    json results = json::array();
    std::map<std::string, int> ruleIndex;
    std::vector<std::pair<const image::ImageFinding*, const findings::WaiverNote*>> shown;
    for (const auto& f : report.findings) shown.emplace_back(&f, nullptr);
    for (const auto& held : report.waived) shown.emplace_back(&held.finding, &held.waiver);
    for (const auto& [finding, waiver] : shown) {
        const image::ImageFinding& item = *finding;
        const auto& f = item.finding;
        if (!ruleIndex.count(f.rule)) {
            ruleIndex[f.rule] = static_cast<int>(rules.size());
            rules.push_back({{"id", f.rule}, {"shortDescription", {{"text", f.message.en}}},
                             {"help", {{"text", f.remedy.en}}}, {"properties", {{"tags", f.refs}}}});
        }
        std::string where = report.subject;
        if (item.layerIndex) where += " layer " + std::to_string(*item.layerIndex);
        json location = {{"logicalLocations", json::array({{{"name", where}, {"kind", "image"},
                                                           {"fullyQualifiedName", "image:" + report.image.id}}})}};
        if (!item.path.empty())
            location["physicalLocation"] = {{"artifactLocation", {{"uri", item.path}, {"uriBaseId", "IMAGEROOT"}}}};
        results.push_back({{"ruleId", f.rule}, {"ruleIndex", ruleIndex[f.rule]}, {"level", lint::sarifLevel(f.severity)},
                           {"message", {{"text", f.message.in(language) + (f.evidence.empty() ? "" : " (" + f.evidence + ")")}}},
                           {"locations", json::array({location})}});
        if (waiver)
            results.back()["suppressions"] =
                json::array({{{"kind", "external"}, {"status", "accepted"}, {"justification", waiver->reason}}});
    }
    return {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"}, {"version", "2.1.0"},
            {"runs", json::array({{{"tool", {{"driver", {{"name", "dockwarden"}, {"version", DOCKWARDEN_VERSION}, {"rules", rules}}}}},
                                   {"originalUriBaseIds", {{"IMAGEROOT", {{"uri", "file:///"}}}}},
                                   {"results", results}}})}};
}

void printImageText(const image::ImageReport& report, findings::Language language, std::size_t listLength)
{
    const image::Image& img = report.image;
    const image::LayerAnalysis& la = report.layers;
    std::cout << report.subject << " (" << img.id.substr(0, 19) << ")";
    if (!img.repoTags.empty()) {
        std::cout << " tags:";
        for (const auto& tag : img.repoTags) std::cout << " " << tag;
    }
    std::cout << "\n" << img.config.os << "/" << img.config.architecture << ", " << la.layers.size() << " layers, "
              << humanBytes(la.sizeBytes) << ", base OS: " << report.os.displayName() << ", "
              << report.packages.packages.size() << " packages\n\nlayers:\n";
    for (const auto& layer : la.layers) {
        std::cout << "  " << std::setw(2) << layer.index << "  " << std::setw(9) << humanBytes(layer.size) << "  +"
                  << layer.addedFiles << " ~" << layer.modifiedFiles << " -" << layer.deletedFiles;
        if (layer.wastedBytes) std::cout << "  wasted " << humanBytes(layer.wastedBytes);
        std::string step = secrets::redactAll(layer.createdBy).substr(0, 90);
        std::cout << "  " << step << "\n";
    }
    std::cout << std::fixed << std::setprecision(1) << "\nefficiency " << la.efficiency * 100 << "%, wasted "
              << humanBytes(la.wastedBytes) << " (dive), reclaimable " << humanBytes(la.reclaimableBytes);
    if (std::isfinite(la.userWastedPercent)) std::cout << ", user wasted " << la.userWastedPercent * 100 << "%";
    std::cout << "\n";
    if (la.cacheBytes) std::cout << "package caches left: " << humanBytes(la.cacheBytes) << "\n";
    if (la.runMergeSavingsBytes) std::cout << "merging RUN layers would save " << humanBytes(la.runMergeSavingsBytes) << "\n";
    if (!la.largestFiles.empty()) {
        std::cout << "largest files:\n";
        for (std::size_t i = 0; i < la.largestFiles.size() && i < listLength; ++i)
            std::cout << "  " << std::setw(9) << humanBytes(la.largestFiles[i].size) << "  /" << la.largestFiles[i].path
                      << "  (layer " << la.largestFiles[i].layer << ")\n";
    }
    const auto& vulns = report.vulnerabilities;
    if (vulns.scanned) std::cout << "vulnerabilities (" << vulns.scanner << "): " << vulns.vulnerabilities.size() << "\n";
    else std::cout << "vulnerabilities: not scanned -- " << vulns.note << "\n";
    if (!report.findings.empty()) std::cout << "\nfindings:\n";
    for (const auto& item : report.findings) {
        const auto& f = item.finding;
        std::cout << "  " << findings::severityName(f.severity) << " " << f.rule << " " << f.message.in(language);
        if (!f.evidence.empty()) std::cout << " [" << f.evidence << "]";
        std::cout << "\n";
    }
    if (!report.waived.empty()) std::cout << "  " << report.waived.size() << " finding(s) waived\n";
    for (const auto& warning : img.warnings) std::cout << "warning: " << warning << "\n";
    const findings::RiskScore risk = image::computeRiskScore(report.findings);
    std::cout << "\nrisk score " << risk.score << "/100 (" << risk.errors << " errors, " << risk.warnings
              << " warnings, " << risk.infos << " info)\n";
}

} // namespace dw::cli
