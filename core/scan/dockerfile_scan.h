// The Dockerfile scan: parse, lint (rules, pragmas, config, optional ShellCheck), redact secrets for display,
// apply waivers, fold equivalent findings, score. Also the fix loop behind `lint --fix`.
#pragma once

#include "lint/linter.h"
#include "scan/scan_report.h"

#include <memory>
#include <string>

namespace dw::scan {

struct DockerfileScanRequest {
    std::string path;         ///< how the file is named in the report ("-" for standard input)
    std::string source;       ///< its text
    std::string waiverTarget; ///< the name waivers match (a path relative to the project); empty = `path`
    lint::LintOptions options;
    /// Waivers shared by the files of one run, so that "matches nothing" is judged over all of them; null = the
    /// config's waivers, with their warnings in this report.
    findings::WaiverLedger* waivers = nullptr;
    std::string toolVersion;
    /// Keep the parsed file in ScanReport::dockerfile (the history's fingerprints read its lines). A run over many
    /// files that records nothing lets each go as soon as it is linted.
    bool keepDocument = true;
    /// The document's memo from its last scan (the editor keeps one per tab): an edit re-parses and re-checks
    /// only what it touched. Same report as without; when another scan holds it, this one goes without.
    std::shared_ptr<lint::LintMemo> memo;
};

ScanReport scanDockerfile(DockerfileScanRequest request, const ScanControl& control = {});

/// A Dockerfile scan of a file that could not be read: `error` says why.
ScanReport failedDockerfileScan(const std::string& path, std::string error, const std::string& toolVersion);

struct FixOutcome {
    std::string text;    ///< the fixed source (the input when nothing applied)
    int applied = 0;     ///< fixes applied over all rounds
    std::string problem; ///< why the file was left alone ("it does not parse (line 3: ...)"), else empty
};

/// Applies the first fix of every finding, re-linting between rounds, never producing a file that no longer
/// parses; findings a waiver holds are left as written.
FixOutcome fixDockerfile(const std::string& source, const lint::LintOptions& options, const std::string& waiverTarget,
                         const findings::WaiverLedger& waivers);

} // namespace dw::scan
