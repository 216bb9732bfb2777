// dockwarden-cli history: the recorded scans (list, show, diff), from the history database.
#include "cli_common.h"
#include "report_options.h"

#include "history/history_store.h"

#include <nlohmann/json.hpp>

#include <ctime>
#include <iostream>

namespace dw::cli {
namespace {

constexpr const char* kHistoryUsage =
    R"(usage: dockwarden-cli history list [--target T] [--format text|json] [--db FILE]
       dockwarden-cli history show ID [--format text|json] [--db FILE]
       dockwarden-cli history diff [ID_OLD ID_NEW] [--format text|json] [--db FILE]
The database is $XDG_DATA_HOME/dockwarden/history.sqlite unless --db names another; `lint --record` fills it.
diff without ids compares the last two scans of the most recently scanned target.
)";

using nlohmann::json;

std::string isoTime(std::int64_t unixTime)
{
    const std::time_t time = static_cast<std::time_t>(unixTime);
    std::tm utc{};
    gmtime_r(&time, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

json scanJson(const history::ScanRecord& scan)
{
    return {{"id", scan.id},         {"kind", scan.kind},         {"target", scan.target},
            {"time", isoTime(scan.unixTime)}, {"toolVersion", scan.toolVersion}, {"riskScore", scan.riskScore},
            {"bySeverity", {{"error", scan.errors}, {"warning", scan.warnings}, {"info", scan.infos}, {"style", scan.styles}}}};
}

json findingsJson(const std::vector<history::RecordedFinding>& list)
{
    json out = json::array();
    for (const auto& f : list)
        out.push_back({{"rule", f.rule}, {"severity", findings::severityName(f.severity)}, {"location", f.location},
                       {"message", f.message}});
    return out;
}

void printScanLine(const history::ScanRecord& scan)
{
    std::cout << scan.id << "\t" << isoTime(scan.unixTime) << "\t" << scan.kind << "\t" << scan.target << "\trisk "
              << scan.riskScore << "\t" << scan.errors << " errors, " << scan.warnings << " warnings, " << scan.infos
              << " info\n";
}

void printFindings(const char* heading, const std::vector<history::RecordedFinding>& list)
{
    if (list.empty()) return;
    std::cout << heading << " (" << list.size() << "):\n";
    for (const auto& f : list)
        std::cout << "  " << f.location << " " << findings::severityName(f.severity) << " " << f.rule << " "
                  << f.message << "\n";
}

} // namespace

int runHistory(const std::vector<std::string>& args)
{
    if (args.empty() || args[0] == "-h" || args[0] == "--help") {
        std::cout << kHistoryUsage;
        return args.empty() ? UsageOrIoError : Success;
    }
    const std::string action = args[0];
    std::string format = "text", target;
    std::optional<std::string> dbPath;
    std::vector<std::int64_t> ids;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const bool hasValue = i + 1 < args.size();
        if (args[i] == "--format" && hasValue) format = args[++i];
        else if (args[i] == "--target" && hasValue && action == "list") target = args[++i];
        else if (args[i] == "--db" && hasValue) dbPath = args[++i];
        else if (const auto id = history::parseScanId(args[i])) ids.push_back(*id);
        else {
            std::cerr << "dockwarden-cli history: unexpected '" << args[i] << "'\n" << kHistoryUsage;
            return UsageOrIoError;
        }
    }
    if ((format != "text" && format != "json") || (action != "list" && action != "show" && action != "diff") ||
        (action == "list" && !ids.empty()) || (action == "show" && ids.size() != 1) ||
        (action == "diff" && ids.size() != 0 && ids.size() != 2)) {
        std::cerr << kHistoryUsage;
        return UsageOrIoError;
    }
    auto store = openHistory(dbPath);
    if (!store) return UsageOrIoError;
    if (action == "list") {
        const auto scans = store->list(target);
        if (format == "json") {
            json out = json::array();
            for (const auto& scan : scans) out.push_back(scanJson(scan));
            std::cout << out.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
        } else {
            for (const auto& scan : scans) printScanLine(scan);
            if (scans.empty()) std::cout << "no recorded scans" << (target.empty() ? "" : " of " + target) << "\n";
        }
        return Success;
    }
    if (action == "show") {
        const auto scan = store->find(ids[0]);
        if (!scan) {
            std::cerr << "dockwarden-cli: no recorded scan with id " << ids[0] << "\n";
            return UsageOrIoError;
        }
        if (format == "json") {
            json out = scanJson(*scan);
            out["findings"] = findingsJson(scan->findings);
            std::cout << out.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
        } else {
            printScanLine(*scan);
            printFindings("findings", scan->findings);
        }
        return Success;
    }
    std::optional<std::pair<history::ScanRecord, history::ScanRecord>> pair;
    if (ids.empty()) {
        pair = store->lastTwoScans();
        if (!pair) {
            std::cerr << "dockwarden-cli: the history has no target scanned twice yet\n";
            return UsageOrIoError;
        }
    } else {
        auto older = store->find(ids[0]);
        auto newer = store->find(ids[1]);
        if (!older || !newer) {
            std::cerr << "dockwarden-cli: no recorded scan with id " << (older ? ids[1] : ids[0]) << "\n";
            return UsageOrIoError;
        }
        pair.emplace(std::move(*older), std::move(*newer));
    }
    const history::ScanDiff diff = history::diffScans(pair->first, pair->second);
    if (format == "json") {
        const json out = {{"old", scanJson(pair->first)},          {"new", scanJson(pair->second)},
                          {"added", findingsJson(diff.added)},       {"fixed", findingsJson(diff.fixed)},
                          {"unchanged", findingsJson(diff.unchanged)}};
        std::cout << out.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
    } else {
        std::cout << "from ";
        printScanLine(pair->first);
        std::cout << "to   ";
        printScanLine(pair->second);
        printFindings("new", diff.added);
        printFindings("fixed", diff.fixed);
        std::cout << diff.unchanged.size() << " unchanged\n";
    }
    return Success;
}

} // namespace dw::cli
