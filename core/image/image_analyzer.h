// One call from an image source to everything Dockwarden says about the image: the layers read in one
// streaming pass (with the secret scanner and the package-file inspector watching the bodies), the layer
// analysis, the base OS, the package inventory, the vulnerability report and the findings of every image check.
#pragma once

#include "image/image_check.h"
#include "image/image_source.h"
#include "image/layer_analysis.h"
#include "image/os_release.h"
#include "image/packages.h"
#include "image/vulnerabilities.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dw::engine {
class Client;
}

namespace dw::image {

enum class SourceKind { Daemon, Archive, OciDirectory };

struct ImageSourceSpec {
    SourceKind kind = SourceKind::Archive;
    std::string location; ///< the image name or id (Daemon), the tarball's path, or the layout directory
    std::string imageName; ///< which image of a multi-image archive; empty = the first
};

struct AnalyzeOptions {
    ReadLimits limits;
    const std::atomic<bool>* cancel = nullptr;
    ProgressCallback progress;
    LayerAnalysisOptions layerOptions;
    std::optional<EfficiencyThresholds> thresholds; ///< nullopt = dive's defaults
    bool runScanner = true;                         ///< run trivy or grype when one is on PATH
    /// trivy/grype reports to merge in, read beforehand (loadScannerReportFile) so that an unreadable file fails
    /// before the image is read
    std::vector<VulnerabilityReport> importedReports;
    std::chrono::milliseconds scannerTimeout{std::chrono::minutes(10)};
    std::optional<std::string> contentTrustEnv; ///< DOCKER_CONTENT_TRUST as the user has it; nullopt = unset
    int64_t nowUnixSeconds = 0;                 ///< 0 = now
};

struct ImageReport {
    SourceKind source = SourceKind::Archive;
    std::string subject; ///< how the image is named in findings: first tag, the requested name, or the short id
    Image image;
    LayerAnalysis layers;
    OsInfo os;
    PackageInventory packages;
    VulnerabilityReport vulnerabilities;
    std::vector<ImageFinding> findings; ///< as the checks report them (scan/image_scan.h applies the config)
};

/// Reads the image (from the daemon through `client`, which must be set for SourceKind::Daemon) and analyses it.
ImageExpected<ImageReport> analyzeImage(const ImageSourceSpec& source, engine::Client* client,
                                        const AnalyzeOptions& options = {});

/// The analysis steps after reading, for an Image that is already in memory. `client` (may be null) is the daemon
/// a scanner should read a SourceKind::Daemon image from.
ImageReport analyzeReadImage(Image image, const ImageSourceSpec& source, const AnalyzeOptions& options,
                             const engine::Client* client = nullptr);

} // namespace dw::image
