// Two images side by side (two tags of one repository, two tarballs): which layers they share, the files added,
// removed and changed between their final file systems, the packages added, removed and upgraded, the findings new
// in the second and fixed since the first, and the size difference.
#pragma once

#include "findings/finding.h"
#include "image/image_analyzer.h"

#include <cstdint>
#include <string>
#include <vector>

namespace dw::image {

struct LayerPair {
    std::optional<std::size_t> before; ///< layer index in the first image
    std::optional<std::size_t> after;  ///< layer index in the second image
    bool shared = false;               ///< the same diff id in both
};

struct FileChangeEntry {
    std::string path;
    std::uint64_t sizeBefore = 0;
    std::uint64_t sizeAfter = 0;
    bool modeChanged = false;
};

struct PackageChange {
    std::string type;
    std::string name;
    std::string versionBefore; ///< empty when added
    std::string versionAfter;  ///< empty when removed
};

struct FindingChange {
    std::string rule;
    std::string where;   ///< layer and path, or the image
    std::string message; ///< English; the GUI shows the finding itself where it has it
    findings::Severity severity = findings::Severity::Warning;
};

struct ImageComparison {
    std::vector<LayerPair> layers; ///< shared bottom layers first, then the rest of each side
    std::size_t sharedLayers = 0;
    std::vector<FileChangeEntry> added, removed, changed; ///< regular files and links of the final file systems
    std::vector<PackageChange> packagesAdded, packagesRemoved, packagesChanged;
    std::vector<FindingChange> findingsNew, findingsFixed;
    std::int64_t sizeDelta = 0; ///< second minus first, in bytes (sum of the layer sizes)
};

/// `beforeFindings` / `afterFindings`: each image's findings (their ImageLocation's layer and path are compared by
/// path and rule, since layer numbers shift between builds).
ImageComparison compareImages(const ImageReport& before, const std::vector<findings::Finding>& beforeFindings,
                              const ImageReport& after, const std::vector<findings::Finding>& afterFindings);

} // namespace dw::image
