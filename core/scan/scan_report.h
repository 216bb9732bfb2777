// A scan as a value: what was scanned (a Dockerfile, a Docker host, an image), when, by which version, the
// findings that remain after the config, the pragmas and the waivers, the waived ones with their reasons, warnings
// about the run, and the counts and risk score (findings/risk_score.h, the same 0-100 scale for all three kinds).
// The CLI, the GUI, the reports and the history all read this one value; the engine-specific details (the parsed
// Dockerfile, the host inventory, the image's layers and packages) ride along for the views that show them.
#pragma once

#include "findings/finding.h"
#include "findings/risk_score.h"
#include "findings/waivers.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace dw::df {
struct Dockerfile;
}
namespace dw::engine {
struct HostInventory;
}
namespace dw::image {
struct ImageReport;
}

namespace dw::scan {

using findings::Engine;

/// Where a running scan is: the stage ("reading", "containers", "layers" ...), and how far (total 0 = unknown).
struct ScanProgress {
    std::string stage;
    std::uint64_t done = 0;
    std::uint64_t total = 0;
};

/// How a caller follows and stops a scan; the same for the three kinds. `progress` is called on the scanning
/// thread; raising `*cancel` makes the scan stop at its next check and return a report whose `error` says so.
struct ScanControl {
    const std::atomic<bool>* cancel = nullptr;
    std::function<void(const ScanProgress&)> progress;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    void report(std::string stage, std::uint64_t done, std::uint64_t total) const
    {
        if (progress) progress(ScanProgress{std::move(stage), done, total});
    }
};

/// One entry of a file's outline that is not a Dockerfile: a Compose service, a `docker run` line.
struct OutlineItem {
    std::string name;        ///< "web", "docker run (line 12)"
    std::string detail;      ///< its image, or "build ./api"
    findings::FileSpan span; ///< the service or command
};

struct ScanReport {
    Engine kind = Engine::Dockerfile;
    std::string target;        ///< the file path as given, the endpoint URL, the image reference
    std::int64_t unixTime = 0; ///< when the scan started
    std::string toolVersion;
    std::vector<findings::Finding> findings;                   ///< sorted as each engine orders them
    std::vector<findings::Waived<findings::Finding>> waived;   ///< held back by a waiver, with its reason
    std::vector<std::string> warnings; ///< about the run: bad or expired waivers, config notes, partial inventory
    findings::RiskScore risk;          ///< counts by severity and category, and the score
    std::string error;                 ///< set when the target could not be scanned (then no findings, no score)
    bool cancelled = false;

    /// Details for the views (set by the pipeline for its kind, else null).
    std::shared_ptr<const df::Dockerfile> dockerfile;
    std::shared_ptr<const engine::HostInventory> inventory;
    std::shared_ptr<const image::ImageReport> image;
    std::vector<OutlineItem> outline; ///< Compose files and scripts: their services or run lines

    bool ok() const { return error.empty(); }
};

/// The risk score of findings of one kind: Dockerfile and image findings are grouped by rule, host findings by
/// the object they are about; categories are the practice (Dockerfile), the object kind the check inspects
/// (host: container, daemon, image), the check family (image: content, config, efficiency, os, vulnerabilities).
/// Folded findings (sameAs set) are not counted.
findings::RiskScore riskScoreOf(Engine kind, const std::vector<findings::Finding>& findings);

/// The most severe severity of the report's findings, or Ignore when there are none.
findings::Severity worstSeverity(const ScanReport& report);

/// True when a finding reaches `threshold`; against a baseline only new findings count (what a CI job fails on).
bool reachesThreshold(const ScanReport& report, findings::Severity threshold);
/// The first finding that makes reachesThreshold() true, or null.
const findings::Finding* firstFindingReaching(const ScanReport& report, findings::Severity threshold);

} // namespace dw::scan
