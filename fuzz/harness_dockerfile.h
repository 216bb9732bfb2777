// Fuzz harness body: the Dockerfile parser, the whole lint pipeline, the quick fixes and the report formats.
//
// Invariants (a failure aborts): finding ranges and fix edits lie inside the source, and when the input parses
// (no ErrorKind::Parser error), applying any single fix, or the first fixes of all findings together as
// `lint --fix` does, yields a file that still parses.
#pragma once

#include "harness_support.h"

#include "dockerfile/buildkit_dump.h"
#include "dockerfile/json_dump.h"
#include "dockerfile/parser.h"
#include "lint/dockerignore.h"
#include "lint/fixes.h"
#include "report/report.h"
#include "scan/dockerfile_scan.h"
#include "lint/linter.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace dw::fuzz {

inline const lint::LintOptions& dockerfileLintOptions()
{
    static const lint::DockerIgnore ignore = lint::DockerIgnore::parse("*.md\n!README.md\nsecret*\n.git\n**/*.key\n");
    static const lint::LintOptions options = [] {
        lint::LintOptions o;
        o.keepIgnoredSeverity = true; // run and report every rule, including those off by default
        o.buildArgs = {{"BASE", "alpine:3.19"}, {"VERSION", "1.0"}, {"EMPTY", ""}};
        o.dockerignore = &ignore;
        o.config.trustedRegistries = {"docker.io", "*.example.com"};
        o.config.labelSchema = {{"maintainer", "email"}, {"org.opencontainers.image.created", "rfc3339"},
                                {"version", "semver"},   {"url", "url"},
                                {"license", "spdx"},     {"checksum", "hash"}};
        o.config.strictLabels = true;
        return o;
    }();
    return options;
}

inline void checkEditRange(const lint::TextEdit& edit, const std::string& source, const std::string& rule)
{
    if (edit.range.start.offset > edit.range.end.offset || edit.range.end.offset > source.size())
        invariantFailed(rule + ": fix edit outside the source", source);
}

inline void checkStillParses(const std::string& original, const std::string& fixed, const std::string& what)
{
    if (df::parse(fixed).hasParserErrors())
        invariantFailed(what + " breaks parsing\n--- original ---\n" + original.substr(0, 2000) + "\n--- fixed", fixed);
}

inline int runDockerfileHarness(const std::uint8_t* data, std::size_t size)
{
    const std::string source = asString(data, size);
    const df::Dockerfile file = df::parse(source);
    (void)df::buildkitDump(file);
    (void)df::toJson(file).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);

    const lint::LintResult result = lint::lint(file, dockerfileLintOptions());
    const bool parses = !file.hasParserErrors();
    for (const auto& finding : result.findings) {
        if (finding.range.start.offset > finding.range.end.offset || finding.range.end.offset > source.size())
            invariantFailed(finding.rule + ": finding range outside the source", source);
        for (const auto& fix : finding.fixes) {
            for (const auto& edit : fix.edits)
                checkEditRange(edit, source, finding.rule);
            if (parses)
                checkStillParses(source, lint::applyEdits(source, fix.edits),
                                 finding.rule + " fix '" + fix.title.en + "'");
        }
    }
    if (parses) checkStillParses(source, lint::applyFirstFixes(source, result.findings), "the first fixes together");

    // The report formats cost more than the lint itself (SARIF carries every rule's metadata): one input in 16
    // (by its size) goes through them, so the rest run several times faster.
    if (size % 16 != 0) return 0;
    scan::DockerfileScanRequest request;
    request.path = "Dockerfile";
    request.source = source;
    request.options = dockerfileLintOptions();
    const std::vector<scan::ScanReport> reports{scan::scanDockerfile(std::move(request))};
    report::FormatOptions english;
    english.toolVersion = "fuzz";
    report::FormatOptions chinese = english;
    chinese.language = findings::Language::SimplifiedChinese;
    chinese.color = true;
    (void)report::formatText(reports, chinese);
    (void)report::formatJson(reports, english);
    (void)report::formatSarif(reports, english);
    (void)report::formatCheckstyle(reports, chinese);
    return 0;
}

} // namespace dw::fuzz
