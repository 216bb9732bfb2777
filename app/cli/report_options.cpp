#include "report_options.h"

#include "cli_common.h"

#include "history/recording.h"

#include <algorithm>
#include <iostream>

namespace dw::cli {

std::optional<findings::Language> parseLanguageName(const std::string& value)
{
    if (value == "en" || value == "en_US" || value == "english") return findings::Language::English;
    if (value == "zh_CN" || value == "zh" || value == "zh-CN") return findings::Language::SimplifiedChinese;
    return std::nullopt;
}

OptionParse parseReportOption(const std::vector<std::string>& args, std::size_t& i, ReportOptions& options,
                              std::string& error)
{
    std::string name = args[i];
    std::optional<std::string> inlineValue;
    if (name.rfind("--", 0) == 0 && name.find('=') != std::string::npos) {
        inlineValue = name.substr(name.find('=') + 1);
        name = name.substr(0, name.find('='));
    }
    if (name == "--no-fail") {
        options.noFail = true;
        return OptionParse::Consumed;
    }
    if (name == "--record") {
        options.record = true;
        return OptionParse::Consumed;
    }
    const bool takesValue = name == "--format" || name == "-f" || name == "--config" || name == "-c" ||
                            name == "--ignore" || name == "--failure-threshold" || name == "-t" || name == "--lang" ||
                            name == "--db" || name == "--baseline";
    if (!takesValue) return OptionParse::NotMine;
    std::string value;
    if (inlineValue) {
        value = *inlineValue;
    } else if (i + 1 < args.size()) {
        value = args[++i];
    } else {
        error = "option " + name + " needs a value";
        return OptionParse::Error;
    }
    if (name == "--format" || name == "-f") {
        if (std::find(options.allowedFormats.begin(), options.allowedFormats.end(), value) == options.allowedFormats.end()) {
            error = "unknown format '" + value + "'";
            return OptionParse::Error;
        }
        options.format = value;
    } else if (name == "--config" || name == "-c") {
        options.configPath = value;
    } else if (name == "--ignore") {
        options.ignored.push_back(value);
    } else if (name == "--db") {
        options.dbPath = value;
    } else if (name == "--baseline") {
        options.baseline = history::parseScanId(value);
        if (!options.baseline) {
            error = "--baseline needs the id of a recorded scan (see `dockwarden-cli history list`), not '" + value + "'";
            return OptionParse::Error;
        }
    } else if (name == "--lang") {
        options.language = parseLanguageName(value);
        if (!options.language) {
            error = "unknown language '" + value + "' (en or zh_CN)";
            return OptionParse::Error;
        }
    } else {
        options.threshold = findings::severityFromName(value);
        if (!options.threshold) {
            error = "unknown severity '" + value + "'";
            return OptionParse::Error;
        }
    }
    return OptionParse::Consumed;
}

std::optional<lint::Config> loadConfigFiles(const std::vector<std::string>& paths, std::string& error)
{
    lint::Config config;
    for (const auto& path : paths) {
        lint::ConfigError configError;
        auto loaded = lint::loadConfigFile(path, configError);
        if (!loaded) {
            error = configError.message;
            return std::nullopt;
        }
        config.merge(*loaded);
    }
    return config;
}

std::optional<lint::Config> resolveReportConfig(const ReportOptions& options, std::string& error)
{
    std::vector<std::string> paths;
    if (options.configPath) paths.push_back(*options.configPath);
    else paths = lint::discoverConfigFiles(".");
    auto loaded = loadConfigFiles(paths, error);
    if (!loaded) return std::nullopt;
    lint::Config config = std::move(*loaded);
    for (const auto& id : options.ignored) config.ignored.insert(id);
    if (options.threshold) config.failureThreshold = *options.threshold;
    if (options.noFail) config.noFail = true;
    if (options.language) config.language = options.language;
    return config;
}

std::optional<history::HistoryStore> openHistory(const std::optional<std::string>& dbPath)
{
    std::string notice, error;
    auto store = history::HistoryStore::open(dbPath.value_or(history::defaultHistoryPath()), notice, error);
    if (!notice.empty()) std::cerr << "dockwarden-cli: warning: " << notice << "\n";
    if (!store) std::cerr << "dockwarden-cli: " << error << "\n";
    return store;
}

bool recordScan(const std::optional<std::string>& dbPath, const history::ScanRecord& scan)
{
    auto store = openHistory(dbPath);
    if (!store) return false;
    std::string error;
    const std::int64_t id = store->record(scan, error);
    if (id == 0) {
        std::cerr << "dockwarden-cli: cannot record the scan of " << scan.target << ": " << error << "\n";
        return false;
    }
    std::cerr << "dockwarden-cli: recorded scan " << id << " of " << scan.target << "\n";
    return true;
}

namespace {

bool markAgainstBaseline(std::vector<scan::ScanReport>& reports, const std::vector<history::ScanRecord>& records,
                         const ReportOptions& options)
{
    const auto store = openHistory(options.dbPath);
    if (!store) return false;
    const auto baseline = store->find(*options.baseline);
    if (!baseline) {
        std::cerr << "dockwarden-cli: --baseline " << *options.baseline << ": no recorded scan with that id in "
                  << options.dbPath.value_or(history::defaultHistoryPath()) << "\n";
        return false;
    }
    for (std::size_t i = 0; i < reports.size(); ++i) {
        if (!reports[i].ok()) continue;
        if (!history::markAgainstBaseline(reports[i], records[i], *baseline))
            std::cerr << "dockwarden-cli: warning: --baseline " << *options.baseline << " is a " << baseline->kind
                      << " scan of " << baseline->target << ", not of " << records[i].target
                      << "; its findings are not compared\n";
    }
    return true;
}

} // namespace

namespace {
ScanSink* activeSink = nullptr;
}

ScopedScanSink::ScopedScanSink(ScanSink sink) { activeSink = new ScanSink(std::move(sink)); }

ScopedScanSink::~ScopedScanSink()
{
    delete activeSink;
    activeSink = nullptr;
}

bool scanSinkActive() { return activeSink != nullptr; }

namespace {

void writeDocument(const std::vector<scan::ScanReport>& reports, const std::string& formatName,
                   const report::FormatOptions& format)
{
    if (formatName == "json") report::writeJson(std::cout, reports, format);
    else if (formatName == "sarif") std::cout << report::formatSarif(reports, format);
    else if (formatName == "checkstyle") std::cout << report::formatCheckstyle(reports, format);
    else report::writeText(std::cout, reports, format);
}

} // namespace

bool reportsShowDiskUsage(const ReportOptions& options)
{
    return options.format == "json" || activeSink != nullptr;
}

int emitScans(std::vector<scan::ScanReport>& reports, const std::vector<std::string>& historyTargets,
              const ReportOptions& options, const lint::Config& config, report::FormatOptions format,
              bool documentWritten)
{
    const findings::Language language = config.language.value_or(findings::Language::English);
    std::vector<history::ScanRecord> records;
    if (options.record || options.baseline)
        for (std::size_t i = 0; i < reports.size(); ++i)
            records.push_back(history::scanRecord(reports[i], historyTargets[i], language));
    if (options.baseline && !markAgainstBaseline(reports, records, options)) return UsageOrIoError;

    format.language = language;
    for (const std::string& warning : format.warnings) std::cerr << "dockwarden-cli: warning: " << warning << "\n";
    for (const scan::ScanReport& report : reports)
        for (const std::string& warning : report.warnings) std::cerr << "dockwarden-cli: warning: " << warning << "\n";
    if (activeSink) return (*activeSink)(reports, historyTargets, config);
    if (!documentWritten) writeDocument(reports, options.format, format);
    std::cout.flush();

    // The process ends right after this: letting the OS take back the findings of a large run is cheaper than
    // freeing them one by one (a reachable static, so leak checkers do not count it).
    static auto* const retained = new std::vector<scan::ScanReport>();
    bool failed = false;
    for (std::size_t i = 0; i < reports.size(); ++i) {
        if (!reports[i].ok()) {
            std::cerr << "dockwarden-cli: " << reports[i].error << "\n";
            failed = true;
        } else if (options.record && !recordScan(options.dbPath, records[i])) {
            failed = true;
        }
    }
    int status = Success;
    if (failed) status = UsageOrIoError;
    else if (!config.noFail)
        for (const scan::ScanReport& report : reports)
            if (scan::reachesThreshold(report, config.failureThreshold)) status = FindingsFound;
    // Taking the vector whole moves nothing; a copy into a new one would touch fresh memory just before the end.
    if (retained->empty()) retained->swap(reports);
    else retained->insert(retained->end(), std::make_move_iterator(reports.begin()), std::make_move_iterator(reports.end()));
    reports.clear();
    return status;
}

} // namespace dw::cli
