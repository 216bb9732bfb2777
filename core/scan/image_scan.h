// The image scan: read the image (daemon, `docker save` tarball or OCI layout) in one streaming pass, analyse
// its layers, OS, packages and vulnerabilities, run the image checks, apply the config and waivers, score.
#pragma once

#include "image/image_analyzer.h"
#include "lint/config.h"
#include "scan/scan_report.h"

#include <string>

namespace dw::scan {

struct ImageScanOptions {
    lint::Config config; ///< ignored checks, severity overrides, waivers
    image::AnalyzeOptions analyze; ///< its cancel and progress are replaced by the ScanControl's
    std::string toolVersion;
};

/// `client` must be set for SourceKind::Daemon. On failure the report's `error` says what could not be read.
ScanReport scanImage(const image::ImageSourceSpec& source, engine::Client* client, ImageScanOptions options,
                     const ScanControl& control = {});

/// The scan report of an image that was already analysed.
ScanReport imageScanReport(image::ImageReport analysed, const lint::Config& config, const std::string& toolVersion);

} // namespace dw::scan
