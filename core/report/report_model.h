// The exported report (PDF, HTML, JSON) as a value: what was scanned, the summary across the scans, the trend
// from the history, each target's findings grouped by the Guide card of their practice, the waived findings, and
// the practices applied. The three formats are drawn from this one value, so they always say the same thing.
#pragma once

#include "guide/guide_cards.h"
#include "scan/scan_report.h"

#include <array>
#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

namespace dw::report {

/// One recorded scan of the same target, oldest first (history/history_store.h's ScanRecord, flattened).
struct TrendPoint {
    std::int64_t unixTime = 0;
    int riskScore = 100;
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    int styles = 0;
};

/// The recorded scans of `target` in the history at `historyPath` (empty: the default), oldest first; empty when
/// the history does not exist (it is not created for this) or cannot be read.
std::vector<TrendPoint> trendFromHistory(const std::string& target, const std::string& historyPath = {});

struct ReportSettings {
    findings::Language language = findings::Language::English;
    std::string title;           ///< empty: "Container security report"
    std::string toolVersion;
    std::int64_t generatedAt = 0; ///< unix time written on the cover
    std::vector<TrendPoint> trend; ///< shown when it has two points or more
};

/// The findings of one target that belong to one Guide card (card null: rules no card claims).
struct PracticeGroup {
    const guide::GuideCard* card = nullptr;
    std::vector<const findings::Finding*> findings; ///< most severe first, then in the scan's order
};

struct TargetSection {
    const scan::ScanReport* scan = nullptr;
    std::vector<PracticeGroup> groups; ///< in the Guide's card order, the unclaimed group last
};

struct PracticeTotal {
    const guide::GuideCard* card = nullptr;
    int count = 0;
};

struct ReportModel {
    ReportSettings settings;
    const std::vector<scan::ScanReport>* scans = nullptr;
    int riskScore = 100; ///< the lowest score of the scans that succeeded
    std::array<int, 4> bySeverity{}; ///< error, warning, info, style (folded findings not counted)
    std::vector<PracticeTotal> byPractice; ///< cards with findings, most findings first
    std::vector<TargetSection> targets;
    int waivedCount = 0;
    std::vector<const guide::GuideCard*> appendix; ///< the cards whose rules ran on at least one target

    /// The engines that produced the scans, for the appendix's list of checks applied.
    std::vector<findings::Engine> engines() const;
};

/// Builds the model over `scans`, which must outlive it.
ReportModel buildReportModel(const std::vector<scan::ScanReport>& scans, ReportSettings settings);

enum class ReportFormat { Pdf, Html, Json };

/// "pdf", "html", "json" (also from a file name's suffix: "report.PDF"); nullopt for anything else.
std::optional<ReportFormat> reportFormatFromName(std::string_view name);
std::optional<ReportFormat> reportFormatOfPath(std::string_view path);

std::string reportJson(const ReportModel& model);
std::string reportHtml(const ReportModel& model);

/// Writes the report to `path` atomically (a temporary file beside it, then rename): the old file stays whole when
/// anything fails. `cancel`, when raised, stops the PDF between pages. False and a one-line `error` on failure;
/// `warnings` receives notes (a CJK font that is not installed).
bool writeReport(const ReportModel& model, ReportFormat format, const std::string& path, std::string& error,
                 std::vector<std::string>& warnings, const std::atomic<bool>* cancel = nullptr);

} // namespace dw::report
