#include "scan/dockerfile_scan.h"

#include "dockerfile/parser.h"
#include "lint/fixes.h"
#include "lint/folding.h"
#include "scan/convert.h"

#include <algorithm>
#include <ctime>

namespace dw::scan {
namespace {

// --fix only touches files that parse and whose instructions all exist, before and after.
bool parsesCleanly(const df::Dockerfile& file)
{
    return std::none_of(file.errors.begin(), file.errors.end(),
                        [](const df::SyntaxError& e) { return e.kind != df::ErrorKind::Instruction; });
}

std::string firstParseProblem(const df::Dockerfile& file)
{
    for (const auto& e : file.errors)
        if (e.kind != df::ErrorKind::Instruction)
            return "it does not parse (line " + std::to_string(e.range.start.line) + ": " + e.message + ")";
    return {};
}

ScanReport emptyReport(const std::string& path, const std::string& toolVersion)
{
    ScanReport report;
    report.kind = Engine::Dockerfile;
    report.target = path;
    report.unixTime = static_cast<std::int64_t>(std::time(nullptr));
    report.toolVersion = toolVersion;
    return report;
}

} // namespace

ScanReport failedDockerfileScan(const std::string& path, std::string error, const std::string& toolVersion)
{
    ScanReport report = emptyReport(path, toolVersion);
    report.error = std::move(error);
    return report;
}

ScanReport scanDockerfile(DockerfileScanRequest request, const ScanControl& control)
{
    ScanReport report = emptyReport(request.path, request.toolVersion);
    if (control.cancelled()) {
        report.cancelled = true;
        report.error = "cancelled";
        return report;
    }
    control.report("parsing", 0, 1);
    std::shared_ptr<df::Dockerfile> file;
    lint::LintResult result;
    std::unique_lock<std::mutex> memoHeld;
    if (request.memo) memoHeld = std::unique_lock(request.memo->inUse(), std::try_to_lock);
    if (memoHeld.owns_lock()) {
        lint::Relinted relinted = lint::relint(std::move(request.source), request.options, *request.memo);
        file = std::make_shared<df::Dockerfile>(std::move(relinted.file));
        result = std::move(relinted.result);
        memoHeld.unlock();
    } else {
        file = std::make_shared<df::Dockerfile>(df::parse(std::move(request.source)));
        control.report("linting", 0, 1);
        result = lint::lint(*file, request.options);
    }
    if (!result.shellcheckProblem.empty()) report.warnings.push_back(request.path + ": " + result.shellcheckProblem);
    std::vector<lint::Finding> shown = lint::redactForDisplay(std::move(result.findings), result.secrets);

    std::optional<findings::WaiverLedger> ownLedger;
    findings::WaiverLedger* waivers = request.waivers;
    if (!waivers) waivers = &ownLedger.emplace(request.options.config.waivers, findings::todayUtc());
    const std::string& target = request.waiverTarget.empty() ? request.path : request.waiverTarget;
    std::vector<findings::Waived<lint::Finding>> waived;
    waivers->apply(
        shown, waived, [](const lint::Finding& f) -> const std::string& { return f.rule; },
        [&target](const lint::Finding&) -> const std::string& { return target; });
    lint::markEquivalentFindings(shown); // a waived rule no longer hides its equivalents

    report.findings.reserve(shown.size());
    for (lint::Finding& finding : shown) report.findings.push_back(fromLintFinding(std::move(finding), request.path));
    for (auto& held : waived)
        report.waived.push_back({fromLintFinding(std::move(held.finding), request.path), std::move(held.waiver)});
    if (ownLedger) {
        report.warnings.insert(report.warnings.end(), request.options.config.warnings.begin(),
                               request.options.config.warnings.end());
        for (std::string& warning : ownLedger->warnings()) report.warnings.push_back(std::move(warning));
    }
    report.risk = riskScoreOf(Engine::Dockerfile, report.findings);
    if (request.keepDocument) report.dockerfile = std::move(file);
    control.report("done", 1, 1);
    return report;
}

FixOutcome fixDockerfile(const std::string& source, const lint::LintOptions& options, const std::string& waiverTarget,
                         const findings::WaiverLedger& waivers)
{
    FixOutcome outcome{source, 0, {}};
    df::Dockerfile file = df::parse(source);
    if (!parsesCleanly(file)) {
        outcome.problem = firstParseProblem(file);
        return outcome;
    }
    for (int round = 0; round < 5; ++round) {
        const lint::LintResult result = lint::lint(file, options);
        std::vector<lint::Finding> fixable;
        for (const lint::Finding& finding : result.findings)
            if (!waivers.holds(finding.rule, waiverTarget)) fixable.push_back(finding); // an accepted risk stays
        std::size_t applied = 0;
        std::string next = lint::applyFirstFixes(outcome.text, fixable, &applied);
        if (applied == 0 || next == outcome.text) break;
        df::Dockerfile reparsed = df::parse(next);
        if (!parsesCleanly(reparsed)) break; // never write a file that no longer parses
        outcome.text = std::move(next);
        outcome.applied += static_cast<int>(applied);
        file = std::move(reparsed);
    }
    return outcome;
}

} // namespace dw::scan
