// Internal pieces of the layer analysis (layer_analysis.h): dive's figures and the figures read off the final
// tree. Not for use outside core/image/layer_analysis*.cpp.
#pragma once

#include "image/layer_analysis.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace dw::image::detail {

struct DiveFigures {
    double efficiency = 1.0;
    std::uint64_t wastedBytes = 0;
    std::uint64_t userSizeBytes = 0;
    double userWastedPercent = 0.0;
    std::uint64_t reclaimableBytes = 0;
    std::vector<InefficientPath> inefficientPaths; ///< sameContentReAdd left false
    std::vector<std::size_t> stoppedLayers;
};

/// dive's efficiency figures, on a model of dive's own per-layer file trees (layer_analysis_dive.cpp).
DiveFigures diveFigures(const Image& image);

/// The `count` largest regular files of the tree, largest first (ties by path).
std::vector<FileRef> largestFiles(const MergedTree& tree, std::size_t count);

/// The package-manager cache directories of packageCacheDirs() that hold bytes in the tree, by dir.
std::vector<CacheDir> cacheDirs(const MergedTree& tree);

} // namespace dw::image::detail
