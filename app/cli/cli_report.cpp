// dockwarden-cli report: a scan (lint, check-run, host, image) or a recorded one, exported as PDF, HTML or JSON.
#include "cli_common.h"
#include "report_options.h"

#include "history/recording.h"
#include "report/report_model.h"

#include <ctime>
#include <iostream>

namespace dw::cli {
namespace {

constexpr const char* kReportUsage =
    R"(usage: dockwarden-cli report --out FILE [--format pdf|html|json] [--lang en|zh_CN] [--title TEXT] [--db FILE]
                             (FILE... | lint [lint options] FILE... | check-run [options] -- docker run ...
                              | host [host options] | image [image options] | --history ID)
Writes one report of the scan: a cover, the executive summary with charts, the trend of the target's recorded
scans (from the history database, when there are two or more), the findings by target and practice, the waived
findings and the practices applied. The format follows --format, else the name of --out. The file is replaced
atomically; nothing is written when a target cannot be scanned. Exit code 0 when written, 2 on a usage,
scan or write error.
)";

struct ReportArgs {
    std::string out;
    std::optional<report::ReportFormat> format;
    std::optional<findings::Language> language;
    std::string title;
    std::optional<std::string> dbPath;
    std::optional<std::int64_t> historyId;
    std::vector<std::string> rest; ///< the scanning command and its arguments
};

std::string parse(const std::vector<std::string>& args, ReportArgs& out)
{
    std::size_t i = 0;
    for (; i < args.size(); ++i) {
        const std::string& arg = args[i];
        const bool hasValue = i + 1 < args.size();
        if ((arg == "--out" || arg == "-o") && hasValue) out.out = args[++i];
        else if (arg == "--format" && hasValue) {
            out.format = report::reportFormatFromName(args[++i]);
            if (!out.format) return "unknown report format '" + args[i] + "' (pdf, html, json)";
        } else if (arg == "--lang" && hasValue) {
            out.language = parseLanguageName(args[++i]);
            if (!out.language) return "unknown language '" + args[i] + "' (en, zh_CN)";
        } else if (arg == "--title" && hasValue) out.title = args[++i];
        else if (arg == "--db" && hasValue) out.dbPath = args[++i];
        else if (arg == "--history" && hasValue) {
            out.historyId = history::parseScanId(args[++i]);
            if (!out.historyId) return "not a scan id: '" + args[i] + "'";
        } else break;
    }
    out.rest.assign(args.begin() + static_cast<std::ptrdiff_t>(i), args.end());
    if (out.out.empty()) return "--out FILE is required";
    if (!out.format) out.format = report::reportFormatOfPath(out.out);
    if (!out.format) return "cannot tell the format from '" + out.out + "': give --format pdf|html|json";
    if (out.historyId && !out.rest.empty()) return "--history takes no scan arguments";
    if (!out.historyId && out.rest.empty()) return "nothing to report: give a file, a command or --history ID";
    return {};
}


int write(const std::vector<scan::ScanReport>& reports, const ReportArgs& args, findings::Language language,
          std::vector<report::TrendPoint> trend)
{
    for (const scan::ScanReport& report : reports)
        if (!report.ok()) {
            std::cerr << "dockwarden-cli: " << report.error << "\n";
            std::cerr << "dockwarden-cli: no report written: a target could not be scanned\n";
            return UsageOrIoError;
        }
    report::ReportSettings settings;
    settings.language = language;
    settings.title = args.title;
    settings.toolVersion = DOCKWARDEN_VERSION;
    settings.generatedAt = static_cast<std::int64_t>(std::time(nullptr));
    settings.trend = std::move(trend);
    const report::ReportModel model = report::buildReportModel(reports, std::move(settings));
    std::string error;
    std::vector<std::string> warnings;
    const bool written = report::writeReport(model, *args.format, args.out, error, warnings);
    for (const std::string& warning : warnings) std::cerr << "dockwarden-cli: warning: " << warning << "\n";
    if (!written) {
        std::cerr << "dockwarden-cli: cannot write the report: " << error << "\n";
        return UsageOrIoError;
    }
    std::cerr << "dockwarden-cli: report written to " << args.out << "\n";
    return Success;
}

} // namespace

int runReport(const std::vector<std::string>& argv)
{
    if (!argv.empty() && (argv[0] == "-h" || argv[0] == "--help")) {
        std::cout << kReportUsage;
        return Success;
    }
    ReportArgs args;
    if (std::string error = parse(argv, args); !error.empty()) {
        std::cerr << "dockwarden-cli report: " << error << "\n" << kReportUsage;
        return UsageOrIoError;
    }
    if (args.historyId) {
        auto store = openHistory(args.dbPath);
        if (!store) return UsageOrIoError;
        const auto record = store->find(*args.historyId);
        if (!record) {
            std::cerr << "dockwarden-cli: no recorded scan with id " << *args.historyId << "\n";
            return UsageOrIoError;
        }
        std::vector<scan::ScanReport> reports{history::reportOfRecord(*record)};
        return write(reports, args, args.language.value_or(findings::Language::English),
                     report::trendFromHistory(record->target, args.dbPath.value_or(std::string())));
    }

    int status = UsageOrIoError;
    bool scanned = false;
    ScopedScanSink sink([&](std::vector<scan::ScanReport>& reports, const std::vector<std::string>& targets,
                            const lint::Config& config) {
        scanned = true;
        const findings::Language language =
            args.language.value_or(config.language.value_or(findings::Language::English));
        status = write(reports, args, language,
                       reports.size() == 1 && !targets.empty() ? report::trendFromHistory(targets.front(), args.dbPath.value_or(std::string()))
                                                                : std::vector<report::TrendPoint>{});
        return status;
    });
    std::vector<std::string> rest = args.rest;
    const std::string command = rest.front();
    int result;
    if (command == "lint" || command == "host" || command == "image" || command == "check-run") {
        rest.erase(rest.begin());
        if (command == "host") result = runHost(rest);
        else if (command == "image") result = runImage(rest);
        else if (command == "check-run") result = runCheckRun(rest);
        else result = runLint(rest);
    } else {
        result = runLint(rest);
    }
    if (!scanned) return result == Success ? UsageOrIoError : result;
    return status;
}

} // namespace dw::cli
