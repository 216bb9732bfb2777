// Reading trivy's and grype's JSON reports into one shape.
#include "image/vulnerabilities.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <map>
#include <stdexcept>
#include <tuple>

namespace dw::image {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxTitle = 300;
constexpr int kMaxReportDepth = 64;

std::string text(const json& object, const char* key)
{
    if (!object.is_object()) return {};
    auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

const json& member(const json& object, const char* key)
{
    static const json kNull;
    if (!object.is_object()) return kNull;
    auto it = object.find(key);
    return it == object.end() ? kNull : *it;
}

/// One line of at most kMaxTitle bytes, cut at a UTF-8 character boundary.
std::string oneLine(std::string value)
{
    std::ranges::replace_if(
        value, [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
    if (value.size() > kMaxTitle) {
        std::size_t cut = kMaxTitle;
        while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80)
            --cut;
        value.resize(cut);
        value += "…";
    }
    return value;
}

void addVulnerability(std::vector<Vulnerability>& out, Vulnerability v, std::size_t& malformed)
{
    if (v.id.empty() || v.packageName.empty()) {
        ++malformed;
        return;
    }
    v.title = oneLine(std::move(v.title));
    out.push_back(std::move(v));
}

void readTrivy(const json& document, VulnerabilityReport& report, std::size_t& malformed)
{
    report.scanner = "trivy";
    report.scannerVersion = text(member(document, "Trivy"), "Version");
    const json& results = member(document, "Results");
    if (!results.is_array()) return;
    for (const json& result : results) {
        const json& found = member(result, "Vulnerabilities");
        if (!found.is_array()) continue;
        for (const json& item : found) {
            Vulnerability v;
            v.id = text(item, "VulnerabilityID");
            v.packageName = text(item, "PkgName");
            v.installedVersion = text(item, "InstalledVersion");
            v.fixedVersion = text(item, "FixedVersion");
            v.packageType = text(result, "Type");
            v.severity = vulnerabilitySeverityFromName(text(item, "Severity"));
            v.title = text(item, "Title");
            v.url = text(item, "PrimaryURL");
            addVulnerability(report.vulnerabilities, std::move(v), malformed);
        }
    }
}

void readGrype(const json& document, VulnerabilityReport& report, std::size_t& malformed)
{
    report.scanner = "grype";
    report.scannerVersion = text(member(document, "descriptor"), "version");
    for (const json& match : member(document, "matches")) {
        const json& vulnerability = member(match, "vulnerability");
        const json& artifact = member(match, "artifact");
        Vulnerability v;
        v.id = text(vulnerability, "id");
        v.packageName = text(artifact, "name");
        v.installedVersion = text(artifact, "version");
        v.packageType = text(artifact, "type");
        v.severity = vulnerabilitySeverityFromName(text(vulnerability, "severity"));
        v.title = text(vulnerability, "description");
        v.url = text(vulnerability, "dataSource");
        const json& versions = member(member(vulnerability, "fix"), "versions");
        if (versions.is_array())
            for (const json& version : versions)
                if (version.is_string())
                    v.fixedVersion += (v.fixedVersion.empty() ? "" : ", ") + version.get<std::string>();
        addVulnerability(report.vulnerabilities, std::move(v), malformed);
    }
}

/// One entry per (id, package, installed version): trivy lists a CVE once per target that holds the package.
void mergeDuplicates(std::vector<Vulnerability>& list)
{
    std::map<std::tuple<std::string, std::string, std::string>, std::size_t> seen;
    std::vector<Vulnerability> merged;
    for (Vulnerability& v : list) {
        auto [it, fresh] = seen.try_emplace({v.id, v.packageName, v.installedVersion}, merged.size());
        if (fresh) {
            merged.push_back(std::move(v));
            continue;
        }
        Vulnerability& kept = merged[it->second];
        kept.severity = std::min(kept.severity, v.severity);
        if (kept.fixedVersion.empty()) kept.fixedVersion = v.fixedVersion;
        if (kept.title.empty()) kept.title = v.title;
        if (kept.url.empty()) kept.url = v.url;
    }
    std::ranges::sort(merged, [](const Vulnerability& a, const Vulnerability& b) {
        return std::tie(a.severity, a.id, a.packageName, a.installedVersion) <
               std::tie(b.severity, b.id, b.packageName, b.installedVersion);
    });
    list = std::move(merged);
}

} // namespace

std::string_view vulnerabilitySeverityName(VulnerabilitySeverity severity)
{
    switch (severity) {
    case VulnerabilitySeverity::Critical:
        return "critical";
    case VulnerabilitySeverity::High:
        return "high";
    case VulnerabilitySeverity::Medium:
        return "medium";
    case VulnerabilitySeverity::Low:
        return "low";
    case VulnerabilitySeverity::Negligible:
        return "negligible";
    case VulnerabilitySeverity::Unknown:
        return "unknown";
    }
    return "unknown";
}

VulnerabilitySeverity vulnerabilitySeverityFromName(std::string_view name)
{
    std::string low(name);
    for (char& c : low)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    for (auto severity : {VulnerabilitySeverity::Critical, VulnerabilitySeverity::High, VulnerabilitySeverity::Medium,
                          VulnerabilitySeverity::Low, VulnerabilitySeverity::Negligible})
        if (low == vulnerabilitySeverityName(severity)) return severity;
    return VulnerabilitySeverity::Unknown;
}

VulnerabilityReport parseScannerReport(std::string_view input)
{
    VulnerabilityReport report;
    json document;
    try {
        // Reports nest a handful of levels; refusing absurd depth keeps hostile input cheap.
        document = json::parse(input, [](int depth, json::parse_event_t, json&) {
            if (depth > kMaxReportDepth) throw std::length_error("nested deeper than 64 levels");
            return true;
        });
    } catch (const json::exception& error) {
        report.note = std::string("not a JSON document: ") + oneLine(error.what());
        return report;
    } catch (const std::exception& error) { // too deep, or out of memory on absurd input
        report.note = std::string("not a JSON document: ") + error.what();
        return report;
    }
    std::size_t malformed = 0;
    if (document.is_object() && document.contains("matches") && document["matches"].is_array()) {
        readGrype(document, report, malformed);
    } else if (document.is_object() && (document.contains("Results") || document.contains("SchemaVersion")) &&
               (!document.contains("Results") || document["Results"].is_array())) {
        readTrivy(document, report, malformed);
    } else {
        report.note = "not a trivy or grype JSON report (no \"Results\" or \"matches\" array)";
        return report;
    }
    report.scanned = true;
    mergeDuplicates(report.vulnerabilities);
    if (malformed) report.note = std::to_string(malformed) + " entries without an id or a package name were skipped";
    return report;
}

} // namespace dw::image
