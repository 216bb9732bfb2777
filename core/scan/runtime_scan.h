// The scan of a file that describes containers rather than an image: a Compose file (each service, the
// Dockerfiles its `build:` names, its `image:` references) or a shell script (each `docker run` / `create`).
// The same config, pragmas (`# dockwarden ignore=ID` on the line or the line above), waivers, redaction and score
// as a Dockerfile scan; the findings are DWCnnn (the file itself), DWH5nn (the host's container checks), DL3006 /
// DL3007 (image tags), and the Dockerfile findings of each build.
#pragma once

#include "lint/linter.h"
#include "runtime/compose_reader.h"
#include "scan/dockerfile_scan.h"
#include "scan/scan_report.h"

#include <optional>
#include <string>
#include <string_view>

namespace dw::scan {

enum class FileType { Dockerfile, Compose, Shell };

std::string_view fileTypeName(FileType type); ///< "dockerfile", "compose", "shell"
std::optional<FileType> fileTypeFromName(std::string_view name);
/// Compose files by their usual names (runtime::looksLikeComposeFile), shell scripts by `.sh` / `.bash`, anything
/// else is a Dockerfile.
FileType fileTypeOfPath(std::string_view path);

struct RuntimeScanRequest {
    FileType type = FileType::Compose;
    std::string path;
    std::string source;
    std::string waiverTarget;    ///< see DockerfileScanRequest
    lint::LintOptions options;   ///< the config; build arguments here are overridden by a service's own
    findings::WaiverLedger* waivers = nullptr;
    std::string toolVersion;
    runtime::Variables environment; ///< for `${VAR}` and `-e NAME`; the caller passes the process environment
    bool lintBuilds = true;      ///< lint the Dockerfile of each `build:` service into the same report
    runtime::FileReader readFile; ///< null = the disk (tests give their own)
};

ScanReport scanRuntimeFile(RuntimeScanRequest request, const ScanControl& control = {});

/// `lint --fix` for a Compose file or script: applies the first fix of each finding of that file, re-checking
/// between rounds, never producing a file that no longer reads.
FixOutcome fixRuntimeFile(const RuntimeScanRequest& request);

/// The process environment, for RuntimeScanRequest::environment.
runtime::Variables processEnvironment();

} // namespace dw::scan
