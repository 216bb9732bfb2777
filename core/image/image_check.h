// The image checks: one file each in image/checks/, pure functions over an analysed image.
//
// Ids: DWI1nn content found in layer files (keys, credentials, setuid, world-writable, caches, .git, build
// tools), DWI2nn config and history (dockle CIS-DI / DKL ids in refs), DWI3nn layer efficiency and wasted space
// (dive's figures), DWI4nn base OS and packages (end of life), DWI5nn vulnerabilities from a scanner's report.
// The registry is generated from the file names (image/check_list.cpp.in), like the lint rules.
#pragma once

#include "findings/check_info.h"
#include "image/image_model.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dw::image {

struct LayerAnalysis; // image/layer_analysis.h
struct EfficiencyThresholds; // image/layer_analysis.h
struct OsInfo;        // image/os_release.h
struct VulnerabilityReport; // image/vulnerabilities.h
struct FinalEntry;          // image/content_scanner_tree.h

/// A finding about an image: the host finding's fields (rule, severity, refs, subject = the image reference,
/// message, redacted evidence, fix) plus where in the image it was seen.
struct ImageFinding {
    findings::SubjectFinding finding;
    std::optional<std::size_t> layerIndex; ///< the layer that holds it, when it is about a layer
    std::string path;                      ///< the file it is about ("root/.ssh/id_rsa"), when it is about a file
};

/// Everything a check may read. Pointers are null when that part was not computed (e.g. no scanner ran).
struct ImageCheckContext {
    const Image* image = nullptr;
    std::string subject;                      ///< how findings name the image: "app:1.0", else the short id
    const LayerAnalysis* layers = nullptr;
    const EfficiencyThresholds* efficiencyThresholds = nullptr; ///< dive's CI thresholds; null = dive's defaults
    const OsInfo* os = nullptr;
    const VulnerabilityReport* vulnerabilities = nullptr;
    std::optional<std::string> contentTrustEnv; ///< DOCKER_CONTENT_TRUST of our environment; nullopt = unset
    int64_t nowUnixSeconds = 0;                 ///< 0 = the system clock
    /// The merged filesystem of `image`, filled on first use by finalFilesystemOf() (content_scanner_tree.h)
    /// so that the checks reading it share one; a copied context shares it too.
    mutable std::shared_ptr<const std::map<std::string_view, FinalEntry>> finalFilesystemCache;
};

class ImageAnalysisCheck {
  public:
    virtual ~ImageAnalysisCheck() = default;
    virtual const findings::CheckInfo& info() const = 0;
    virtual void check(const ImageCheckContext& ctx, std::vector<ImageFinding>& out) const = 0;
};

/// A finding of `info` about the image: message "Image '<subject>' <what>" / "镜像 '<subject>' <what>".
ImageFinding makeFinding(const findings::CheckInfo& info, const ImageCheckContext& ctx, findings::LocalizedText what,
                         std::string evidence, std::optional<std::size_t> layer = std::nullopt, std::string path = {});

/// Every check, ordered by id.
const std::vector<std::unique_ptr<ImageAnalysisCheck>>& imageAnalysisChecks();

/// Runs every check; findings in check order.
std::vector<ImageFinding> runImageChecks(const ImageCheckContext& ctx);

} // namespace dw::image
