// The options `host` and `image` share with `lint`: --format, --config, --ignore, --failure-threshold, --no-fail,
// --lang; and applying the config (ignored rules, severity overrides, threshold) to host and image findings.
#pragma once

#include "history/history_store.h"
#include "lint/config.h"
#include "report/report.h"
#include "scan/scan_report.h"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace dw::cli {

struct ReportOptions {
    std::string format = "text";
    std::vector<std::string> allowedFormats{"text", "json", "sarif"};
    std::optional<std::string> configPath;
    std::vector<std::string> ignored;
    std::optional<findings::Severity> threshold;
    bool noFail = false;
    std::optional<findings::Language> language;
    bool record = false;                ///< --record: store the scan in the history
    std::optional<std::string> dbPath;  ///< --db FILE: the history database
    std::optional<std::int64_t> baseline; ///< --baseline ID: mark findings new or unchanged against that scan
};

enum class OptionParse { Consumed, NotMine, Error };

/// If args[i] is a common option, consumes it (and its value, moving i on) into `options`.
/// On Error, `error` says what is wrong.
OptionParse parseReportOption(const std::vector<std::string>& args, std::size_t& i, ReportOptions& options,
                              std::string& error);

/// Merges the config files in order (later files win); nullopt and `error` when one is unreadable or malformed.
std::optional<lint::Config> loadConfigFiles(const std::vector<std::string>& paths, std::string& error);

/// The config for a host or image report: --config FILE, else `.hadolint.yaml`/`.dockwarden.yaml` discovered from
/// the working directory as for lint; then the command-line options on top. nullopt and `error` when a file is bad.
std::optional<lint::Config> resolveReportConfig(const ReportOptions& options, std::string& error);

std::optional<findings::Language> parseLanguageName(const std::string& value);

/// Opens the history at `dbPath` (default: history::defaultHistoryPath()); a notice about a damaged file that was
/// moved aside, or the reason it cannot be opened, goes to stderr.
std::optional<history::HistoryStore> openHistory(const std::optional<std::string>& dbPath);

/// What every scanning command does with its reports: marks them against --baseline, prints the warnings, writes
/// the reports in --format to standard output (unless `documentWritten`: lint has streamed its document as it
/// went), records them with --record (`historyTargets` parallel to `reports`), and returns the exit code (1 when a
/// finding, new against a baseline, reaches the threshold).
int emitScans(std::vector<scan::ScanReport>& reports, const std::vector<std::string>& historyTargets,
              const ReportOptions& options, const lint::Config& config, report::FormatOptions format,
              bool documentWritten = false);

/// Whether the reports emitScans writes may show a host's disk usage: the JSON document does, and `report` may
/// write one. The daemon computes it slowly (/system/df walks every layer), so `host` asks only then.
bool reportsShowDiskUsage(const ReportOptions& options);

/// What `report` does with the scans of the command it runs: the reports, their history targets, the config.
using ScanSink = std::function<int(std::vector<scan::ScanReport>& reports,
                                   const std::vector<std::string>& historyTargets, const lint::Config& config)>;

/// While alive, emitScans hands its reports to `sink` (after printing the warnings) instead of writing them.
class ScopedScanSink {
  public:
    explicit ScopedScanSink(ScanSink sink);
    ~ScopedScanSink();
    ScopedScanSink(const ScopedScanSink&) = delete;
    ScopedScanSink& operator=(const ScopedScanSink&) = delete;
};

/// Whether a ScopedScanSink is alive: then nothing of a scan may go to standard output.
bool scanSinkActive();

/// Stores one scan in the history at `dbPath` (default: history::defaultHistoryPath()) and says so on stderr;
/// false, with one line on stderr, when the database cannot be opened or written.
bool recordScan(const std::optional<std::string>& dbPath, const history::ScanRecord& scan);

} // namespace dw::cli
