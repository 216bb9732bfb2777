// dockwarden-cli lint: lint Dockerfiles, Compose files and shell scripts, print findings in the chosen format,
// optionally apply safe fixes; dockwarden-cli check-run: check one `docker run` command line.
#include "cli_common.h"
#include "report_options.h"

#include "history/history_store.h"
#include "lint/dockerignore.h"
#include "scan/dockerfile_scan.h"
#include "runtime/run_line_reader.h"
#include "scan/runtime_scan.h"
#include "util/in_order_output.h"
#include "util/lexical_path.h"
#include "util/parallel_for.h"

#include <algorithm>
#include <filesystem>
#include <functional>
#include <iostream>
#include <map>
#include <optional>
#include <string_view>

namespace dw::cli {
namespace {

constexpr const char* kLintUsage = R"(usage: dockwarden-cli lint [options] FILE... | -

Dockerfiles, Compose files (compose.yaml, docker-compose.yml, compose.*.yaml ... or --type compose) and shell
scripts (--type shell, or .sh files: every docker run / docker create in them).

options:
  --type dockerfile|compose|shell       what the files are (default: from each file's name)
  --format text|json|sarif|checkstyle   output format (default: text)
  --config FILE                         use this .hadolint.yaml / .dockwarden.yaml instead of discovering one
  --ignore ID                           do not report rule ID (repeatable)
  --build-arg NAME=VALUE                a build argument, as `docker build` takes it (repeatable)
  --failure-threshold error|warning|info|style|none
                                        exit 1 only for findings at or above this severity (default: info)
  --no-fail                             always exit 0 when linting succeeded
  --fix                                 write the safe quick fixes back into the files
  --lang en|zh_CN                       language of the messages (default: en)
  --no-color                            no ANSI colours in text output
  --no-fold                             text: one line per finding, also when rules report the same problem
  --record                              record each file's scan in the history (`dockwarden-cli history`)
  --baseline ID                         mark findings new or unchanged against recorded scan ID of the same file;
                                        only new findings fail the run
  --db FILE                             the history database (default: $XDG_DATA_HOME/dockwarden/history.sqlite)
  --shellcheck                          also run ShellCheck on RUN scripts (SCxxxx findings; needs shellcheck)
  --max-input-size SIZE                 refuse Dockerfiles larger than SIZE (default: 8MiB; e.g. 512KiB, 64MiB)
exit codes: 0 no findings at the threshold, 1 findings, 2 usage or I/O error
)";

constexpr const char* kCheckRunUsage = R"(usage: dockwarden-cli check-run [options] -- docker run|create [OPTIONS] IMAGE [COMMAND...]

Checks one docker run / docker create command line with the host's container checks (DWH5nn) and the image tag
rules, before the container exists. Takes the options of `dockwarden-cli lint` (--format, --config, --ignore,
--failure-threshold, --no-fail, --lang, --no-color); --fix prints the command line with the safe fixes applied.
exit codes: 0 no findings at the threshold, 1 findings, 2 usage or I/O error
)";

struct LintArgs {
    std::string format = "text";
    std::optional<std::string> configPath;
    std::vector<std::string> ignored;
    std::map<std::string, std::string> buildArgs;
    std::optional<findings::Severity> threshold;
    bool noFail = false;
    bool fix = false;
    bool noColor = false;
    bool noFold = false;
    bool record = false;
    std::optional<std::int64_t> baseline;
    std::optional<std::string> dbPath;
    bool shellcheck = false;
    std::optional<findings::Language> language;
    std::optional<std::size_t> maxInputBytes;
    std::optional<scan::FileType> type;
    std::vector<std::string> files;
};

// Returns an error message, or "" when the arguments are fine.
std::string parseArgs(const std::vector<std::string>& args, LintArgs& out)
{
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string arg = args[i];
        std::string value;
        bool hasInlineValue = false;
        if (arg.rfind("--", 0) == 0 && arg.find('=') != std::string::npos) {
            value = arg.substr(arg.find('=') + 1);
            arg = arg.substr(0, arg.find('='));
            hasInlineValue = true;
        }
        auto takeValue = [&]() -> bool {
            if (hasInlineValue) return true;
            if (i + 1 >= args.size()) return false;
            value = args[++i];
            return true;
        };
        const bool takesValue = arg == "--format" || arg == "--config" || arg == "--ignore" || arg == "--build-arg" ||
                                arg == "--failure-threshold" || arg == "--lang" || arg == "-f" || arg == "-c" ||
                                arg == "--max-input-size" || arg == "--db" || arg == "--baseline" || arg == "--type";
        if (takesValue && !takeValue()) return "option " + arg + " needs a value";
        if (arg == "--format" || arg == "-f") {
            if (value != "text" && value != "json" && value != "sarif" && value != "checkstyle" && value != "tty")
                return "unknown format '" + value + "'";
            out.format = value == "tty" ? "text" : value;
        } else if (arg == "--type") {
            out.type = scan::fileTypeFromName(value);
            if (!out.type) return "unknown file type '" + value + "' (dockerfile, compose or shell)";
        } else if (arg == "--config" || arg == "-c") {
            out.configPath = value;
        } else if (arg == "--db") {
            out.dbPath = value;
        } else if (arg == "--baseline") {
            out.baseline = history::parseScanId(value);
            if (!out.baseline)
                return "--baseline needs the id of a recorded scan (see `dockwarden-cli history list`), not '" + value + "'";
        } else if (arg == "--ignore") {
            out.ignored.push_back(value);
        } else if (arg == "--build-arg") {
            auto equals = value.find('=');
            if (equals == std::string::npos) {
                if (const char* env = std::getenv(value.c_str())) out.buildArgs[value] = env;
            } else {
                out.buildArgs[value.substr(0, equals)] = value.substr(equals + 1);
            }
        } else if (arg == "--failure-threshold" || arg == "-t") {
            auto severity = findings::severityFromName(value);
            if (!severity) return "unknown severity '" + value + "'";
            out.threshold = *severity;
        } else if (arg == "--lang") {
            out.language = parseLanguageName(value);
            if (!out.language) return "unknown language '" + value + "' (en or zh_CN)";
        } else if (arg == "--max-input-size") {
            out.maxInputBytes = fileio::parseInputLimit(value);
            if (!out.maxInputBytes) return std::string("--max-input-size needs ") + fileio::kInputLimitExpected;
        } else if (arg == "--no-fail") {
            out.noFail = true;
        } else if (arg == "--fix") {
            out.fix = true;
        } else if (arg == "--no-fold") {
            out.noFold = true;
        } else if (arg == "--record") {
            out.record = true;
        } else if (arg == "--no-color") {
            out.noColor = true;
        } else if (arg == "--shellcheck") {
            out.shellcheck = true;
        } else if (arg == "-" || arg.empty() || arg[0] != '-') {
            out.files.push_back(arg);
        } else {
            return "unknown option '" + arg + "'";
        }
    }
    if (out.files.empty()) return "no file given";
    return {};
}

std::optional<lint::Config> loadConfig(const LintArgs& args, std::string& error)
{
    std::vector<std::string> paths;
    if (args.configPath) {
        paths.push_back(*args.configPath);
    } else {
        std::string first = args.files.front() == "-" ? "." : args.files.front();
        std::filesystem::path dir = std::filesystem::path(first).parent_path();
        paths = lint::discoverConfigFiles(dir.empty() ? "." : dir.string());
    }
    auto loaded = loadConfigFiles(paths, error);
    if (!loaded) return std::nullopt;
    lint::Config config = std::move(*loaded);
    for (const auto& id : args.ignored) config.ignored.insert(id);
    if (args.threshold) config.failureThreshold = *args.threshold;
    if (args.noFail) config.noFail = true;
    if (args.language) config.language = args.language;
    if (args.maxInputBytes) config.maxInputBytes = *args.maxInputBytes;
    return config;
}

// The config, or nullopt after one line on stderr saying why not.
std::optional<lint::Config> loadConfigOrSay(const LintArgs& args)
{
    std::string error;
    auto config = loadConfig(args, error);
    if (!config) std::cerr << "dockwarden-cli: " << error << "\n";
    return config;
}

// The working directory, asked once: the command line never changes it, and a lint of many files would otherwise
// ask the kernel several times per file. Empty when it cannot be read.
const std::filesystem::path& workingDirectory()
{
    static const std::filesystem::path directory = [] {
        std::error_code error;
        std::filesystem::path cwd = std::filesystem::current_path(error);
        return error ? std::filesystem::path() : cwd;
    }();
    return directory;
}

std::filesystem::path absolutePath(const std::string& path)
{
    const std::filesystem::path given(path);
    return given.is_absolute() || workingDirectory().empty() ? given : workingDirectory() / given;
}

/// The names a file goes by: waivers name it relative to the project (a file inside the working directory is
/// matched by its path from there, whether it was given as "svc/Dockerfile", "./svc/Dockerfile" or by its absolute
/// path), the history by its absolute path, wherever the scan was started from.
struct FileTargets {
    std::string waiver;
    std::string history;
};

/// The working directory as text when it is absolute and lexically normal (as the kernel reports it), so that
/// fileTargets() can work on strings; empty otherwise.
const std::string& normalWorkingDirectory()
{
    static const std::string text = [] {
        const std::filesystem::path& cwd = workingDirectory();
        std::string generic = cwd.generic_string();
        return cwd.is_absolute() && cwd.lexically_normal().generic_string() == generic ? generic : std::string();
    }();
    return text;
}

FileTargets fileTargets(const std::string& path)
{
    if (path == "-") return {path, path};
    if (const std::string& cwd = normalWorkingDirectory(); !cwd.empty()) {
        if (std::optional<std::string> normal = util::joinNormal(cwd, path); normal && *normal != cwd) {
            FileTargets targets{path, std::string()};
            if (const std::optional<std::string_view> below = util::pathBelow(*normal, cwd)) targets.waiver = *below;
            targets.history = std::move(*normal);
            return targets;
        }
    }
    const std::filesystem::path normal = absolutePath(path).lexically_normal();
    FileTargets targets{path, normal.generic_string()};
    if (!workingDirectory().empty()) {
        const std::filesystem::path relative = normal.lexically_relative(workingDirectory());
        if (!relative.empty() && *relative.begin() != "..") targets.waiver = relative.generic_string();
    }
    return targets;
}

scan::ScanReport lintRuntimeFile(scan::FileType type, const std::string& path, std::string waiverTarget, std::string source,
                                 const LintArgs& args, const lint::Config& config, findings::WaiverLedger& waivers)
{
    scan::RuntimeScanRequest request;
    request.type = type;
    request.path = path;
    request.waiverTarget = std::move(waiverTarget);
    request.options = {config, args.buildArgs, nullptr, false, args.shellcheck, "shellcheck"};
    request.waivers = &waivers;
    request.toolVersion = DOCKWARDEN_VERSION;
    request.environment = scan::processEnvironment();
    std::string writeError;
    if (args.fix && path != "-") {
        request.source = source;
        scan::FixOutcome fixed = scan::fixRuntimeFile(request);
        if (!fixed.problem.empty())
            std::cerr << "dockwarden-cli: " << path << ": not fixed: " << fixed.problem << "\n";
        else if (fixed.text != source && !writeFileAtomically(path, fixed.text, writeError))
            fixed.text = source;
        source = std::move(fixed.text);
    }
    request.source = std::move(source);
    scan::ScanReport report = scan::scanRuntimeFile(std::move(request));
    if (!writeError.empty()) report.error = writeError;
    return report;
}

scan::ScanReport lintOne(const std::string& path, std::string waiverTarget, const LintArgs& args,
                         const lint::Config& config, findings::WaiverLedger& waivers, lint::DockerIgnoreFinder& ignoreFinder)
{
    std::string error;
    auto source = readInput(path, error, config.maxInputBytes);
    if (!source) return scan::failedDockerfileScan(path, error, DOCKWARDEN_VERSION);
    const scan::FileType type = args.type.value_or(path == "-" ? scan::FileType::Dockerfile : scan::fileTypeOfPath(path));
    if (type != scan::FileType::Dockerfile)
        return lintRuntimeFile(type, path, std::move(waiverTarget), std::move(*source), args, config, waivers);
    std::shared_ptr<const lint::DockerIgnore> ignore;
    if (path != "-") ignore = ignoreFinder.loadBeside(path);
    scan::DockerfileScanRequest request;
    request.path = path;
    request.waiverTarget = std::move(waiverTarget);
    request.options = {config, args.buildArgs, ignore.get(), false, args.shellcheck, "shellcheck"};
    request.waivers = &waivers;
    request.toolVersion = DOCKWARDEN_VERSION;
    request.keepDocument = args.record || args.baseline.has_value();
    std::string writeError;
    if (args.fix && path != "-") {
        scan::FixOutcome fixed = scan::fixDockerfile(*source, request.options, request.waiverTarget, waivers);
        if (!fixed.problem.empty())
            std::cerr << "dockwarden-cli: " << path << ": not fixed: " << fixed.problem << "\n";
        else if (fixed.text != *source && !writeFileAtomically(path, fixed.text, writeError))
            fixed.text = *source;
        *source = std::move(fixed.text);
    }
    request.source = std::move(*source);
    scan::ScanReport report = scan::scanDockerfile(std::move(request));
    if (!writeError.empty()) report.error = writeError;
    return report;
}

/// The options the reports are written with (the warnings about the run as a whole are added after the lint).
report::FormatOptions formatOptionsFor(const LintArgs& args, const lint::Config& config)
{
    report::FormatOptions format;
    format.language = config.language.value_or(findings::Language::English);
    format.fold = !args.noFold;
    format.color = args.format == "text" && !args.noColor && stdoutIsTerminal() && !std::getenv("NO_COLOR");
    format.toolVersion = DOCKWARDEN_VERSION;
    format.warnings = config.warnings;
    return format;
}

/// What is written of each file as soon as it is linted, on the thread that linted it, while its findings are still
/// in that core's cache: its entry in the JSON document, or its block of text. These go to standard output in the
/// files' order as the lint goes on (a run of many files never holds them all). Nothing for the other formats, nor
/// when a baseline is to mark the findings after the lint, nor when `report` takes the reports.
struct StreamedFormat {
    std::function<std::string(const scan::ScanReport& report, std::size_t index)> part;
    std::string head;
    bool json = false;
};

std::optional<StreamedFormat> streamedFormat(const LintArgs& args, const report::FormatOptions& format)
{
    if (args.baseline || scanSinkActive()) return std::nullopt;
    StreamedFormat streamed;
    if (args.format == "json") {
        streamed.json = true;
        streamed.head = report::jsonFilesHead(format);
        streamed.part = [language = format.language](const scan::ScanReport& report, std::size_t index) {
            return report::jsonFileEntry(report, language, index == 0);
        };
        return streamed;
    }
    if (args.format == "text") {
        streamed.part = [format](const scan::ScanReport& report, std::size_t) {
            return report::textFileBlock(report, format);
        };
        return streamed;
    }
    return std::nullopt;
}

/// Once a file's part is out, the end of the run reads of its report only the error, the warnings and whether a
/// finding reaches the failure threshold (emitScans): the other findings are let go, so that a run of many files
/// does not hold them all (nor touch fresh memory for them). Not with --record, which stores every finding.
void keepOnlyWhatTheEndReads(scan::ScanReport& report, findings::Severity failureThreshold)
{
    std::vector<findings::Finding> kept;
    if (const findings::Finding* reaching = scan::firstFindingReaching(report, failureThreshold))
        kept.push_back(*reaching);
    report.findings.swap(kept);
    std::vector<findings::Waived<findings::Finding>>().swap(report.waived);
}

void writeToStandardOutput(std::string_view text)
{
    std::cout.write(text.data(), static_cast<std::streamsize>(text.size()));
}

/// Lints the files in their order; several files are linted on all cores (each file's scan is independent, the
/// waiver ledger counts atomically), unless --fix writes files or standard input is among them. Fills `targets`
/// with each file's history target. With `streamed`, each file's part goes to standard output as soon as the
/// files before it are out, and its report keeps only what the end of the run reads.
std::vector<scan::ScanReport> lintAll(const LintArgs& args, const lint::Config& config, findings::WaiverLedger& waivers,
                                      std::vector<std::string>& targets, const StreamedFormat* streamed)
{
    const std::size_t count = args.files.size();
    std::vector<scan::ScanReport> reports(count);
    targets.assign(count, std::string());
    const bool parallel = count > 1 && !args.fix && std::find(args.files.begin(), args.files.end(), "-") == args.files.end();
    lint::DockerIgnoreFinder ignoreFinder;
    std::optional<util::InOrderOutput> output;
    if (streamed) output.emplace(count, writeToStandardOutput);
    // An exception from one file (out of memory, say) is rethrown here, where main() turns it into one clear line.
    util::parallelFor(count, parallel ? util::coreCount() : 1, [&](std::size_t i, std::size_t) {
        FileTargets names = fileTargets(args.files[i]);
        targets[i] = std::move(names.history);
        reports[i] = lintOne(args.files[i], std::move(names.waiver), args, config, waivers, ignoreFinder);
        if (!output) return;
        output->put(i, streamed->part(reports[i], i));
        if (!args.record) keepOnlyWhatTheEndReads(reports[i], config.failureThreshold);
    });
    return reports;
}

int emit(const LintArgs& args, const lint::Config& config, findings::WaiverLedger& waivers,
         std::vector<scan::ScanReport>& reports, const std::vector<std::string>& targets, report::FormatOptions format,
         const StreamedFormat* streamed = nullptr)
{
    for (std::string& warning : waivers.warnings()) format.warnings.push_back(std::move(warning));
    if (streamed && streamed->json) std::cout << report::jsonFilesTail(reports.size(), format);
    ReportOptions common;
    common.format = args.format;
    common.record = args.record;
    common.baseline = args.baseline;
    common.dbPath = args.dbPath;
    return emitScans(reports, targets, common, config, std::move(format), streamed != nullptr);
}

} // namespace

int runLint(const std::vector<std::string>& argv)
{
    for (const auto& arg : argv) {
        if (arg == "-h" || arg == "--help") {
            std::cout << kLintUsage;
            return Success;
        }
    }
    LintArgs args;
    if (std::string error = parseArgs(argv, args); !error.empty()) {
        std::cerr << "dockwarden-cli lint: " << error << "\n" << kLintUsage;
        return UsageOrIoError;
    }
    auto config = loadConfigOrSay(args);
    if (!config) return UsageOrIoError;
    findings::WaiverLedger waivers(config->waivers, findings::todayUtc());
    std::vector<std::string> targets;
    report::FormatOptions format = formatOptionsFor(args, *config);
    const std::optional<StreamedFormat> streamed = streamedFormat(args, format);
    if (streamed) std::cout << streamed->head;
    std::vector<scan::ScanReport> reports = lintAll(args, *config, waivers, targets, streamed ? &*streamed : nullptr);
    return emit(args, *config, waivers, reports, targets, std::move(format), streamed ? &*streamed : nullptr);
}

int runCheckRun(const std::vector<std::string>& argv)
{
    const auto separator = std::find(argv.begin(), argv.end(), std::string("--"));
    for (auto it = argv.begin(); it != separator; ++it) {
        if (*it == "-h" || *it == "--help") {
            std::cout << kCheckRunUsage;
            return Success;
        }
    }
    std::vector<std::string> options(argv.begin(), separator);
    std::vector<std::string> words(separator == argv.end() ? argv.end() : separator + 1, argv.end());
    if (words.empty()) {
        std::cerr << "dockwarden-cli check-run: no command line given after --\n" << kCheckRunUsage;
        return UsageOrIoError;
    }
    if (words.front() == "run" || words.front() == "create" || words.front() == "container")
        words.insert(words.begin(), "docker");
    const std::string path = "<command line>";
    options.push_back(path);
    LintArgs args;
    if (std::string error = parseArgs(options, args); !error.empty()) {
        std::cerr << "dockwarden-cli check-run: " << error << "\n" << kCheckRunUsage;
        return UsageOrIoError;
    }
    std::string source = runtime::shellJoin(words);
    if (runtime::readRunLines(source, path).containers.empty()) {
        std::cerr << "dockwarden-cli check-run: not a docker run or docker create command: " << source << "\n";
        return UsageOrIoError;
    }
    auto config = loadConfigOrSay(args);
    if (!config) return UsageOrIoError;
    findings::WaiverLedger waivers(config->waivers, findings::todayUtc());
    if (args.fix) {
        scan::RuntimeScanRequest request;
        request.type = scan::FileType::Shell;
        request.path = path;
        request.source = source;
        request.options.config = *config;
        request.environment = scan::processEnvironment();
        scan::FixOutcome fixed = scan::fixRuntimeFile(request);
        (args.format == "text" ? std::cout : std::cerr) << "Fixed command line: " << fixed.text << "\n";
        source = std::move(fixed.text);
        args.fix = false;
    }
    std::vector<scan::ScanReport> reports;
    reports.push_back(lintRuntimeFile(scan::FileType::Shell, path, fileTargets(path).waiver, std::move(source), args,
                                      *config, waivers));
    std::vector<std::string> targets{path};
    args.record = false;
    return emit(args, *config, waivers, reports, targets, formatOptionsFor(args, *config));
}

} // namespace dw::cli
