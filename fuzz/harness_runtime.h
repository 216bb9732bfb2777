// Fuzz harness body: the Compose reader and the `docker run` reader with the host's container checks on what they
// read, and the --fix loop. The first byte picks the source (even: a Compose file, odd: a shell script); no other
// file exists (extends, include and env_file get "not found").
//
// Invariants: every finding in the input and every edit of its fixes lies within the input and its span is in
// order; --fix never returns a Compose text that no longer loads.
#pragma once

#include "harness_support.h"

#include "runtime/yaml_tree.h"
#include "scan/runtime_scan.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace dw::fuzz {

inline int runRuntimeHarness(const std::uint8_t* data, std::size_t size)
{
    if (size == 0) return 0;
    const bool compose = data[0] % 2 == 0;
    const std::string text = asString(data + 1, size - 1);
    scan::RuntimeScanRequest request;
    request.type = compose ? scan::FileType::Compose : scan::FileType::Shell;
    request.path = compose ? "fuzz/compose.yaml" : "fuzz/run.sh";
    request.source = text;
    request.environment = {{"HOME", "/home/fuzz"}, {"TAG", "1.0"}};
    request.readFile = [](const std::string&, std::string& error) -> std::optional<std::string> {
        error = "not found";
        return std::nullopt;
    };
    const scan::ScanReport report = scan::scanRuntimeFile(request);
    for (const findings::Finding& finding : report.findings) {
        const findings::FileLocation* location = findings::fileLocationOf(finding);
        if (!location || location->path != request.path) continue;
        if (location->span.offset > location->span.endOffset || location->span.endOffset > text.size())
            invariantFailed("finding " + finding.rule + " lies outside the input", text);
        for (const findings::TextFix& fix : finding.fixes)
            for (const findings::TextEdit& edit : fix.edits)
                if (edit.span.offset > edit.span.endOffset || edit.span.endOffset > text.size())
                    invariantFailed("a fix of " + finding.rule + " edits outside the input", text);
    }
    if (text.size() <= 2048) {
        const scan::FixOutcome fixed = scan::fixRuntimeFile(request);
        if (compose && fixed.problem.empty() && fixed.text != text && !runtime::loadYaml(fixed.text, 0).ok())
            invariantFailed("--fix produced a Compose file that no longer loads", text);
    }
    return 0;
}

} // namespace dw::fuzz
