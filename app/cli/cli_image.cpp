// dockwarden-cli image: layers, wasted space, secrets, packages and vulnerabilities of one image, read from the
// daemon or from a saved tarball / OCI layout directory in one streaming pass.
#include "cli_common.h"

#include "engine/client.h"
#include "engine/endpoint.h"
#include "image/image_analyzer.h"
#include "findings/catalogue.h"
#include "image/sbom.h"
#include "image/vulnerabilities.h"
#include "report_options.h"
#include "scan/image_scan.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include <unistd.h>

namespace dw::cli {
namespace {

constexpr const char* kImageUsage = R"(usage: dockwarden-cli image NAME|ID [options]
       dockwarden-cli image --tar FILE [--image NAME] [options]
       dockwarden-cli image --oci-dir DIR [--image NAME] [options]

source:
  NAME|ID                    an image of the daemon, streamed from GET /images/{name}/get
  --tar FILE                 a `docker save` tarball (legacy or OCI layout; may be gzip/zstd-compressed)
  --oci-dir DIR              an OCI image layout directory
  --image NAME               which image of a multi-image tarball or layout (default: the first)
  --host URL, --context NAME the daemon (as for `host`); default: DOCKER_HOST, DOCKER_CONTEXT, the current
                             docker context, then unix:///var/run/docker.sock
options:
  --format text|json|sarif   output format (default: text)
  --sbom FILE                also write a CycloneDX 1.5 JSON SBOM of the OS packages to FILE
  --vuln-report FILE         import a trivy or grype JSON report (repeatable; at most 256 MiB each)
  --no-scan                  do not run trivy or grype even when one is on PATH
  --dive-ci FILE             efficiency thresholds from a dive .dive-ci file (default: ./.dive-ci if present)
  --top N                    length of the largest-files list in text output (default: 10)
  --timeout SECONDS          daemon idle timeout (default: 60)
  --failure-threshold SEV    exit 1 only for findings at or above SEV (default: info)
  --no-fail                  exit 0 whenever the analysis itself succeeded
  --ignore RULE              drop findings of this check (repeatable)
  --config FILE              .dockwarden.yaml / .hadolint.yaml (ignored, override, failure-threshold, no-fail,
                             language); default: discovered from the working directory
  --lang en|zh_CN            language of the messages
  --record                   store the scan in the history (`dockwarden-cli history`); --db FILE names the database
  --baseline ID              mark findings new or unchanged against recorded image scan ID; only new ones fail
  --list-checks              print every image check (Markdown, both languages) and exit
Nothing is written to disk (except --sbom) and nothing on the host is changed.
exit codes: 0 no findings at the threshold, 1 findings, 2 usage error or the image could not be read
)";

struct ImageArgs {
    image::ImageSourceSpec source;
    bool sourceGiven = false;
    engine::EndpointRequest request;
    std::optional<std::string> sbomPath;
    std::optional<std::string> diveCiPath;
    std::vector<std::string> vulnReportPaths;
    std::size_t top = 10;
    int timeoutSeconds = 60;
    image::AnalyzeOptions analyze;
};

std::string parseImageArgs(const std::vector<std::string>& args, ImageArgs& out, ReportOptions& common, bool& help)
{
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string error;
        switch (parseReportOption(args, i, common, error)) {
        case OptionParse::Consumed: continue;
        case OptionParse::Error: return error;
        case OptionParse::NotMine: break;
        }
        std::string name = args[i];
        std::optional<std::string> inlineValue;
        if (name.rfind("--", 0) == 0 && name.find('=') != std::string::npos) {
            inlineValue = name.substr(name.find('=') + 1);
            name = name.substr(0, name.find('='));
        }
        if (name == "-h" || name == "--help") {
            help = true;
            return {};
        }
        if (name == "--list-checks") {
            std::cout << findings::catalogueMarkdown(findings::Engine::Image);
            help = true;
            return {};
        }
        if (name == "--no-scan") {
            out.analyze.runScanner = false;
            continue;
        }
        if (name.empty() || name[0] != '-') {
            if (out.sourceGiven) return "more than one image given ('" + name + "')";
            out.source = {image::SourceKind::Daemon, name, {}};
            out.sourceGiven = true;
            continue;
        }
        static const std::vector<std::string> valued = {"--tar", "--oci-dir", "--image", "--host", "--context", "--sbom",
                                                        "--vuln-report", "--dive-ci", "--top", "--timeout"};
        if (std::find(valued.begin(), valued.end(), name) == valued.end()) return "unknown option '" + args[i] + "'";
        std::string value;
        if (inlineValue) value = *inlineValue;
        else if (i + 1 < args.size()) value = args[++i];
        else return "option " + name + " needs a value";
        if (name == "--tar" || name == "--oci-dir") {
            if (out.sourceGiven) return "more than one image given ('" + value + "')";
            out.source.kind = name == "--tar" ? image::SourceKind::Archive : image::SourceKind::OciDirectory;
            out.source.location = value;
            out.sourceGiven = true;
        } else if (name == "--image") {
            out.source.imageName = value;
        } else if (name == "--host") {
            out.request.host = value;
        } else if (name == "--context") {
            out.request.context = value;
        } else if (name == "--sbom") {
            out.sbomPath = value;
        } else if (name == "--vuln-report") {
            out.vulnReportPaths.push_back(value);
        } else if (name == "--dive-ci") {
            out.diveCiPath = value;
        } else if (name == "--top") {
            out.top = static_cast<std::size_t>(std::max(1, std::atoi(value.c_str())));
        } else {
            out.timeoutSeconds = std::atoi(value.c_str());
        }
    }
    if (!out.sourceGiven) return "no image given (NAME|ID, --tar FILE or --oci-dir DIR)";
    if (out.source.kind == image::SourceKind::Daemon && !out.source.imageName.empty())
        return "--image selects within a tarball or layout; name the daemon's image directly";
    return {};
}

/// Why the SBOM cannot be written to `path` (it is written atomically: a temporary file beside it, then a
/// rename); empty when it can be tried.
std::string sbomTargetProblem(const std::string& path)
{
    namespace fs = std::filesystem;
    std::error_code error;
    const fs::file_status target = fs::status(path, error);
    if (fs::exists(target) && !fs::is_regular_file(target))
        return fs::is_directory(target) ? "is a directory; --sbom needs a file name" : "is not a regular file";
    const fs::path parent = fs::path(path).parent_path();
    if (!parent.empty() && !fs::is_directory(parent, error)) return "its directory does not exist";
    return {};
}

} // namespace

int runImage(const std::vector<std::string>& args)
{
    ImageArgs options;
    ReportOptions common;
    bool help = false;
    if (std::string error = parseImageArgs(args, options, common, help); !error.empty()) {
        std::cerr << "dockwarden-cli image: " << error << "\n" << kImageUsage;
        return UsageOrIoError;
    }
    if (help) {
        if (std::find(args.begin(), args.end(), "--list-checks") == args.end()) std::cout << kImageUsage;
        return Success;
    }
    std::string configError;
    auto config = resolveReportConfig(common, configError);
    if (!config) {
        std::cerr << "dockwarden-cli: " << configError << "\n";
        return UsageOrIoError;
    }
    // Inputs and the SBOM's place are checked before the image is read, which may take minutes.
    for (const std::string& file : options.vulnReportPaths) {
        std::string error;
        auto imported = image::loadScannerReportFile(file, error);
        if (!imported) {
            std::cerr << "dockwarden-cli: " << error << "\n";
            return UsageOrIoError;
        }
        options.analyze.importedReports.push_back(std::move(*imported));
    }
    if (options.sbomPath) {
        if (std::string error = sbomTargetProblem(*options.sbomPath); !error.empty()) {
            std::cerr << "dockwarden-cli: " << *options.sbomPath << ": " << error << "\n";
            return UsageOrIoError;
        }
    }

    std::string diveCi = options.diveCiPath.value_or("");
    // The default ./.dive-ci is read only when it is a file; one named with --dive-ci must be readable.
    if (diveCi.empty() && std::filesystem::is_regular_file(".dive-ci")) diveCi = ".dive-ci";
    if (!diveCi.empty()) {
        image::DiveCiError error;
        options.analyze.thresholds = image::loadDiveCiFile(diveCi, error);
        if (!options.analyze.thresholds) {
            std::cerr << "dockwarden-cli: " << error.message << "\n";
            return UsageOrIoError;
        }
    }
    if (const char* trust = std::getenv("DOCKER_CONTENT_TRUST")) options.analyze.contentTrustEnv = trust;

    std::unique_ptr<engine::Client> client;
    if (options.source.kind == image::SourceKind::Daemon) {
        auto endpoint = engine::resolveEndpoint(options.request, engine::processEnvironment(), engine::processHomeDir());
        if (!endpoint) {
            std::cerr << "dockwarden-cli: " << endpoint.error().message << "\n";
            return UsageOrIoError;
        }
        engine::ClientOptions clientOptions;
        if (options.timeoutSeconds <= 0) options.timeoutSeconds = 60;
        clientOptions.idleTimeout = std::chrono::seconds(options.timeoutSeconds);
        client = std::make_unique<engine::Client>(endpoint.value(), clientOptions);
        if (auto version = client->negotiateVersion(); !version) {
            std::cerr << "dockwarden-cli: " << version.error().message << "\n";
            return UsageOrIoError;
        }
    }

    if (::isatty(STDERR_FILENO)) {
        options.analyze.progress = [](std::uint64_t done, std::uint64_t total) {
            if (total) std::fprintf(stderr, "\rreading image: %llu of %llu MiB", static_cast<unsigned long long>(done >> 20),
                                    static_cast<unsigned long long>(total >> 20));
            else std::fprintf(stderr, "\rreading image: %llu MiB", static_cast<unsigned long long>(done >> 20));
        };
    }
    std::atomic<bool> cancel{false};
    scan::ScanControl control{&cancel, {}};
    if (options.analyze.progress)
        control.progress = [&options](const scan::ScanProgress& progress) { options.analyze.progress(progress.done, progress.total); };
    scan::ImageScanOptions scanOptions{*config, options.analyze, DOCKWARDEN_VERSION};
    std::vector<scan::ScanReport> reports;
    reports.push_back(scan::scanImage(options.source, client.get(), std::move(scanOptions), control));
    if (options.analyze.progress) std::fputs("\r\033[K", stderr);
    scan::ScanReport& result = reports.front();
    if (!result.ok()) {
        std::cerr << "dockwarden-cli: " << result.error << "\n";
        return UsageOrIoError;
    }

    if (options.sbomPath) {
        image::SbomOptions sbom;
        sbom.toolVersion = DOCKWARDEN_VERSION;
        std::string error;
        const image::ImageReport& analysed = *result.image;
        if (!writeFileAtomically(*options.sbomPath,
                                 image::cycloneDxJson(analysed.image, analysed.os, analysed.packages, sbom), error)) {
            std::cerr << "dockwarden-cli: " << error << "\n";
            return UsageOrIoError;
        }
    }
    report::FormatOptions format;
    format.toolVersion = DOCKWARDEN_VERSION;
    format.listLength = options.top;
    return emitScans(reports, {result.target}, common, *config, std::move(format));
}

} // namespace dw::cli
