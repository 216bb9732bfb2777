#include "image/image_analyzer.h"

#include "engine/client.h"
#include "findings/subject_names.h"
#include "image/content_scanner.h"
#include "image/packages_inspector.h"
#include "util/missing_library.h"

#include <algorithm>
#include <ctime>
#include <unordered_set>

namespace dw::image {
namespace {

std::string subjectFor(const Image& image, const ImageSourceSpec& source)
{
    // The name the user asked for wins over the short id when the image has no tag of its own.
    if (image.repoTags.empty() && source.kind == SourceKind::Daemon && !source.location.empty()) return source.location;
    if (image.repoTags.empty() && !source.imageName.empty()) return source.imageName;
    return findings::imageDisplayName(image.repoTags, {}, image.id);
}

void mergeReport(VulnerabilityReport& into, VulnerabilityReport more)
{
    if (!more.scanned) {
        if (!into.scanned && into.note.empty()) into.note = more.note;
        return;
    }
    if (!into.scanned) {
        into = std::move(more);
        return;
    }
    if (into.scanner.find(more.scanner) == std::string::npos) into.scanner += "+" + more.scanner;
    const auto key = [](const Vulnerability& v) { return v.id + '\n' + v.packageName + '\n' + v.installedVersion; };
    std::unordered_set<std::string> known;
    for (const Vulnerability& v : into.vulnerabilities)
        known.insert(key(v));
    for (auto& v : more.vulnerabilities)
        if (known.insert(key(v)).second) into.vulnerabilities.push_back(std::move(v));
    std::stable_sort(into.vulnerabilities.begin(), into.vulnerabilities.end(),
                     [](const Vulnerability& a, const Vulnerability& b) { return a.severity < b.severity; });
}

// The daemon an image reference lives on, for a scanner that reads it through the docker API itself.
std::vector<std::string> daemonEnvironment(const engine::Client* client)
{
    if (!client) return {};
    const engine::Endpoint& endpoint = client->endpoint();
    std::vector<std::string> environment{"DOCKER_HOST=" + endpoint.url};
    if (endpoint.tls) {
        const std::string& file = !endpoint.certFile.empty() ? endpoint.certFile : endpoint.caFile;
        if (!file.empty()) environment.push_back("DOCKER_CERT_PATH=" + file.substr(0, file.rfind('/')));
        environment.push_back(std::string("DOCKER_TLS_VERIFY=") + (endpoint.verifyPeer ? "1" : ""));
    }
    return environment;
}

VulnerabilityReport collectVulnerabilities(const ImageSourceSpec& source, const engine::Client* client,
                                           const AnalyzeOptions& options)
{
    VulnerabilityReport report;
    if (options.runScanner) {
        ScanTarget target;
        if (source.kind == SourceKind::Archive) target.tarPath = source.location;
        else if (source.kind == SourceKind::Daemon) {
            target.imageRef = source.location;
            target.environment = daemonEnvironment(client);
        }
        if (!target.tarPath.empty() || !target.imageRef.empty()) report = runScanner(target, options.scannerTimeout);
        else report.note = "scanners are not run on OCI layout directories; import their report instead";
    } else {
        report.note = "vulnerability scanning switched off (--no-scan)";
    }
    for (const VulnerabilityReport& imported : options.importedReports)
        mergeReport(report, imported);
    return report;
}

} // namespace

ImageReport analyzeReadImage(Image image, const ImageSourceSpec& source, const AnalyzeOptions& options,
                             const engine::Client* client)
{
    ImageReport report;
    report.source = source.kind;
    report.subject = subjectFor(image, source);
    report.image = std::move(image);
    report.layers = analyzeLayers(report.image, options.layerOptions);
    report.os = identifyOs(report.image);
    report.packages = readPackages(report.image);
    report.vulnerabilities = collectVulnerabilities(source, client, options);

    ImageCheckContext ctx;
    ctx.image = &report.image;
    ctx.subject = report.subject;
    ctx.layers = &report.layers;
    ctx.efficiencyThresholds = options.thresholds ? &*options.thresholds : nullptr;
    ctx.os = &report.os;
    ctx.vulnerabilities = &report.vulnerabilities;
    ctx.contentTrustEnv = options.contentTrustEnv;
    ctx.nowUnixSeconds = options.nowUnixSeconds ? options.nowUnixSeconds : static_cast<int64_t>(std::time(nullptr));
    report.findings = runImageChecks(ctx);
    return report;
}

ImageExpected<ImageReport> analyzeImage(const ImageSourceSpec& source, engine::Client* client,
                                        const AnalyzeOptions& options)
{
    ContentScanner scanner;
    PackageFilesInspector packageFiles;
    ReadOptions read;
    read.imageName = source.imageName;
    read.inspectors = {&scanner, &packageFiles};
    read.limits = options.limits;
    read.cancel = options.cancel;
    read.progress = options.progress;

    try {
        auto image = [&]() -> ImageExpected<Image> {
            switch (source.kind) {
            case SourceKind::Daemon:
                if (!client) return ImageError{ImageErrorKind::Engine, "no daemon connection to read " + source.location};
                return readImageFromDaemon(*client, source.location, read);
            case SourceKind::OciDirectory: return readOciLayoutDirectory(source.location, read);
            case SourceKind::Archive: break;
            }
            return readImageArchive(source.location, read);
        }();
        if (!image) return image.error();
        return analyzeReadImage(std::move(image.value()), source, options, client);
    } catch (const util::MissingLibrary& missing) { // libarchive or libcrypto cannot be opened
        return ImageError{ImageErrorKind::MissingLibrary, missing.what()};
    }
}

} // namespace dw::image
