// The JSON document and the text of an image scan: the image, its layers and efficiency (dive's figures), the
// savings, the base OS, packages, vulnerabilities, findings, waived findings and warnings.
#include "report/format_support.h"

#include "image/eol_table.h"
#include "image/image_analyzer.h"
#include "util/secrets.h"

#include <cmath>
#include <ctime>
#include <iomanip>
#include <map>
#include <sstream>

namespace dw::report::formats {
namespace {

using json = Json;

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

Json imageDocument(const scan::ScanReport& scan, findings::Language language)
{
    if (!scan.ok()) return Json{{"target", scan.target}, {"error", scan.error}};
    const image::ImageReport& report = *scan.image;
    const int64_t now = static_cast<int64_t>(std::time(nullptr));
    const image::Image& img = report.image;
    const image::LayerAnalysis& la = report.layers;
    Json out;
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
    out["findings"] = reportFindingsJson(scan, language);
    out["waived"] = reportWaivedJson(scan, language);
    Json summary = summaryJson(scan);
    summary["layers"] = la.layers.size();
    summary["packages"] = report.packages.packages.size();
    summary["vulnerabilities"] = report.vulnerabilities.vulnerabilities.size();
    out["summary"] = std::move(summary);
    std::vector<std::string> warnings = img.warnings;
    warnings.insert(warnings.end(), report.packages.warnings.begin(), report.packages.warnings.end());
    warnings.insert(warnings.end(), scan.warnings.begin(), scan.warnings.end());
    out["warnings"] = warnings;
    return out;
}

std::string imageText(const scan::ScanReport& scan, const FormatOptions& options)
{
    if (!scan.ok()) return scan.target + ": error: " + terminalSafe(scan.error) + "\n";
    const image::ImageReport& report = *scan.image;
    const std::size_t listLength = options.listLength;
    std::ostringstream out;
    const image::Image& img = report.image;
    const image::LayerAnalysis& la = report.layers;
    out << report.subject << " (" << img.id.substr(0, 19) << ")";
    if (!img.repoTags.empty()) {
        out << " tags:";
        for (const auto& tag : img.repoTags) out << " " << tag;
    }
    out << "\n" << img.config.os << "/" << img.config.architecture << ", " << la.layers.size() << " layers, "
              << humanBytes(la.sizeBytes) << ", base OS: " << report.os.displayName() << ", "
              << report.packages.packages.size() << " packages\n\nlayers:\n";
    for (const auto& layer : la.layers) {
        out << "  " << std::setw(2) << layer.index << "  " << std::setw(9) << humanBytes(layer.size) << "  +"
                  << layer.addedFiles << " ~" << layer.modifiedFiles << " -" << layer.deletedFiles;
        if (layer.wastedBytes) out << "  wasted " << humanBytes(layer.wastedBytes);
        std::string step = secrets::redactAll(layer.createdBy).substr(0, 90);
        out << "  " << step << "\n";
    }
    out << std::fixed << std::setprecision(1) << "\nefficiency " << la.efficiency * 100 << "%, wasted "
              << humanBytes(la.wastedBytes) << " (dive), reclaimable " << humanBytes(la.reclaimableBytes);
    if (std::isfinite(la.userWastedPercent)) out << ", user wasted " << la.userWastedPercent * 100 << "%";
    out << "\n";
    if (la.cacheBytes) out << "package caches left: " << humanBytes(la.cacheBytes) << "\n";
    if (la.runMergeSavingsBytes) out << "merging RUN layers would save " << humanBytes(la.runMergeSavingsBytes) << "\n";
    if (!la.largestFiles.empty()) {
        out << "largest files:\n";
        for (std::size_t i = 0; i < la.largestFiles.size() && i < listLength; ++i)
            out << "  " << std::setw(9) << humanBytes(la.largestFiles[i].size) << "  /" << la.largestFiles[i].path
                      << "  (layer " << la.largestFiles[i].layer << ")\n";
    }
    const auto& vulns = report.vulnerabilities;
    if (vulns.scanned) out << "vulnerabilities (" << vulns.scanner << "): " << vulns.vulnerabilities.size() << "\n";
    else out << "vulnerabilities: not scanned -- " << vulns.note << "\n";
    if (!scan.findings.empty()) out << "\nfindings:\n";
    for (const findings::Finding& finding : scan.findings) out << subjectFindingLine(finding, options.language);
    if (!scan.waived.empty()) out << "  " << scan.waived.size() << " finding(s) waived\n";
    for (const auto& warning : img.warnings) out << "warning: " << terminalSafe(warning) << "\n";
    const findings::RiskScore& risk = scan.risk;
    out << "\nrisk score " << risk.score << "/100 (" << risk.errors << " errors, " << risk.warnings
              << " warnings, " << risk.infos << " info)\n";
    return out.str();
}

} // namespace dw::report::formats
