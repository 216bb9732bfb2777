// The encoders of scan reports, shared by the three kinds: text for terminals, JSON for scripts, SARIF 2.1.0 for
// code scanning, checkstyle XML for CI plugins (Dockerfile scans only). Every finding in every JSON output has the
// same core keys (findingJson); the document around them depends on the kind (lint's `files` list, the host's
// inventory, the image's layers and packages).
#pragma once

#include "scan/scan_report.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace dw::report {

using findings::Language;

struct FormatOptions {
    Language language = Language::English;
    bool color = false;       ///< text: ANSI colours
    bool fold = true;         ///< text: one line per problem, equivalent rules' ids beside it (false: --no-fold)
    std::size_t listLength = 10; ///< text: entries of the image's "largest files" list
    std::string toolVersion;
    std::vector<std::string> warnings{}; ///< about the run as a whole (bad or expired waivers): JSON "warnings"
};

/// Dockerfile scans: one block per file. A host or image scan: its inventory or layers, then its findings.
std::string formatText(const std::vector<scan::ScanReport>& reports, const FormatOptions& options);
/// formatText() written to `stream`. `fileBlocks`, when given, are the reports' blocks as textFileBlock() wrote
/// them, one per report in order (they are used when all the reports are Dockerfile scans).
void writeText(std::ostream& stream, const std::vector<scan::ScanReport>& reports, const FormatOptions& options,
               std::vector<std::string> fileBlocks = {});
/// The block of one Dockerfile scan in formatText(): a line per finding, the waived ones summed up.
std::string textFileBlock(const scan::ScanReport& report, const FormatOptions& options);
/// Dockerfile scans: {"tool", "version", "files": [...], "warnings"}; one host or image scan: its document; scans
/// of several kinds: {"tool", "version", "scans": [...]}.
std::string formatJson(const std::vector<scan::ScanReport>& reports, const FormatOptions& options);
/// formatJson() written to `stream` as it is made: the entries of a lint of many files go out in a few large
/// pieces, so the document is never held whole. `fileEntries`, when given, are the reports' entries as
/// jsonFileEntry() wrote them, one per report in order (they are used when all the reports are Dockerfile scans).
void writeJson(std::ostream& stream, const std::vector<scan::ScanReport>& reports, const FormatOptions& options,
               std::vector<std::string> fileEntries = {});
/// The entry of one Dockerfile scan in formatJson()'s "files" list, comma first: a lint of many files writes each
/// one on the thread that linted the file, while the file's findings are still in its cache.
std::string jsonFileEntry(const scan::ScanReport& report, Language language);
/// One SARIF 2.1.0 log with one run over all the reports.
std::string formatSarif(const std::vector<scan::ScanReport>& reports, const FormatOptions& options);
/// Checkstyle XML of the Dockerfile scans (findings of other kinds have no file and line; they are left out).
std::string formatCheckstyle(const std::vector<scan::ScanReport>& reports, const FormatOptions& options);

/// The core keys of a finding: rule, severity, refs, title, message, evidence (when there is some), its location
/// fields (line, column, endLine, endColumn | subject {kind, id, name} | image, layer, path), fixes (Dockerfile)
/// or remedy (host, image), sameAs and baseline when set.
nlohmann::ordered_json findingJson(const findings::Finding& finding, Language language);

/// {"riskScore", "penalty", "bySeverity", "byCategory"} of a report.
nlohmann::ordered_json summaryJson(const scan::ScanReport& report);

/// SARIF result level of a severity: error, warning, note (info and style), none (ignore).
std::string_view sarifLevel(findings::Severity severity);

} // namespace dw::report
