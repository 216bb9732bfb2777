// Report formats for lint results: text for terminals, JSON for scripts, SARIF 2.1.0 for code scanning,
// and checkstyle XML for CI plugins.
#pragma once

#include "findings/waivers.h"
#include "lint/finding.h"

#include <string>
#include <string_view>
#include <vector>

namespace dw::lint {

struct FileReport {
    std::string path;
    std::vector<Finding> findings;
    std::string error; ///< I/O error for this file, if any
    std::vector<findings::Waived<Finding>> waived{}; ///< held back by a waiver: shown as waived, not as problems
    /// Against a baseline scan (`--baseline ID`): one entry per finding, true when it is new. Empty: no baseline.
    std::vector<bool> newSinceBaseline{};
};

struct ReportOptions {
    Language language = Language::English;
    bool color = false;
    std::string toolVersion;
    bool fold = true; ///< text: one line per problem, equivalent rules' ids beside it (false: --no-fold)
    std::vector<std::string> warnings{}; ///< about the run itself (bad or expired waivers): JSON "warnings"
};

std::string formatText(const std::vector<FileReport>& files, const ReportOptions& options);
std::string formatJson(const std::vector<FileReport>& files, const ReportOptions& options);
std::string formatSarif(const std::vector<FileReport>& files, const ReportOptions& options);
std::string formatCheckstyle(const std::vector<FileReport>& files, const ReportOptions& options);

/// The references of the finding's rule ("hadolint:DL3006", "cis-docker:4.1" ...) from the registry;
/// {"hadolint:DL1000"} for syntax errors, {} for ids without a rule object.
std::vector<std::string> findingRefs(const Finding& finding);

/// SARIF result level of a severity: error, warning, note (info and style), none (ignore).
std::string_view sarifLevel(Severity severity);

} // namespace dw::lint
