// Vulnerabilities come from a scanner, never from us: trivy or grype run on the image (or its saved tarball),
// or a JSON report of theirs imported from a file. When no scan happened, the report says so and why.
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dw::image {

enum class VulnerabilitySeverity { Critical, High, Medium, Low, Negligible, Unknown };

std::string_view vulnerabilitySeverityName(VulnerabilitySeverity severity); ///< "critical", ... "unknown"
/// "CRITICAL", "High", "negligible" ...; anything else is Unknown.
VulnerabilitySeverity vulnerabilitySeverityFromName(std::string_view name);

struct Vulnerability {
    std::string id; ///< "CVE-2024-1234", "GHSA-xxxx-xxxx-xxxx"
    std::string packageName;
    std::string installedVersion;
    std::string fixedVersion; ///< empty when no fix is known; several versions joined with ", "
    std::string packageType;  ///< trivy's result Type or grype's artifact type: "debian", "deb", "npm"
    VulnerabilitySeverity severity = VulnerabilitySeverity::Unknown;
    std::string title;
    std::string url;
};

struct VulnerabilityReport {
    bool scanned = false;                       ///< a scanner really looked at this image
    std::string scanner;                        ///< "trivy", "grype"
    std::string scannerVersion;                 ///< "0.57.1" when known
    std::string note;                           ///< one line: why there was no scan, or what the scan could not do
    std::vector<Vulnerability> vulnerabilities; ///< one per (id, package, installed version), severest first
};

/// A trivy (`--format json`) or grype (`-o json`) report, told apart by its shape. On a bad document: a report
/// with scanned=false and the reason in `note`.
VulnerabilityReport parseScannerReport(std::string_view json);

/// The largest report file loadScannerReportFile() reads (256 MiB; real reports of large images are tens of MiB).
inline constexpr std::size_t kMaxScannerReportBytes = std::size_t{256} << 20;

/// Reads and parses a trivy or grype JSON report from `path` (a file or a pipe), reading at most
/// kMaxScannerReportBytes. nullopt with a one-line `error` naming the file when it cannot be opened, is a
/// directory, is larger than the cap (a device such as /dev/zero included), is not JSON, or is not a trivy or
/// grype report.
std::optional<VulnerabilityReport> loadScannerReportFile(const std::string& path, std::string& error);

/// What to scan: a saved image tarball (preferred: the scanner needs no daemon) or an image reference.
struct ScanTarget {
    std::string tarPath;
    std::string imageRef;
    /// "NAME=value" settings for the scanner's environment, e.g. DOCKER_HOST of the daemon an image ref lives on.
    std::vector<std::string> environment;
};

/// Runs trivy, else grype, from PATH on the target and parses its report. A scanner that is missing, fails,
/// times out or prints no report gives scanned=false with a one-line note; when trivy fails and grype is
/// there, grype is tried.
VulnerabilityReport runScanner(const ScanTarget& target, std::chrono::milliseconds timeout);

} // namespace dw::image
