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
/// formatText() written to `stream`.
void writeText(std::ostream& stream, const std::vector<scan::ScanReport>& reports, const FormatOptions& options);
/// The block of one Dockerfile scan in formatText(): a line per finding, the waived ones summed up.
std::string textFileBlock(const scan::ScanReport& report, const FormatOptions& options);
/// Dockerfile scans: {"tool", "version", "files": [...], "warnings"}; one host or image scan: its document; scans
/// of several kinds: {"tool", "version", "scans": [...]}.
std::string formatJson(const std::vector<scan::ScanReport>& reports, const FormatOptions& options);
/// formatJson() written to `stream` as it is made: the entries of a lint of many files go out in a few large
/// pieces, so the document is never held whole.
void writeJson(std::ostream& stream, const std::vector<scan::ScanReport>& reports, const FormatOptions& options);

/// formatJson() of Dockerfile scans in parts, for a lint that writes each file's part as soon as the file is
/// linted (on the thread that linted it, while its findings are still in that core's cache) and puts the parts
/// out in the files' order: jsonFilesHead(), then jsonFileEntry() of each report (`first` for the first one), then
/// jsonFilesTail() with the number of entries. Together they are the bytes formatJson() writes.
std::string jsonFilesHead(const FormatOptions& options);
/// The entry of one Dockerfile scan in the "files" list; with a comma in front unless it is the first.
std::string jsonFileEntry(const scan::ScanReport& report, Language language, bool first = false);
/// The close of the "files" list after `entries` entries, the run's warnings, the end of the document.
std::string jsonFilesTail(std::size_t entries, const FormatOptions& options);
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
