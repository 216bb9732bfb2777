// The image's file system as it stands after one layer, the way dive shows it: every path of layers 0..N merged
// (whiteouts and opaque directories honoured), each marked as added, modified or deleted by layer N or unchanged,
// with the layer that wrote it and whether the bytes are wasted (overwritten or deleted by a later layer).
#pragma once

#include "image/layer_analysis.h"

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

namespace dw::image {

enum class FileChange : std::uint8_t { Unchanged, Added, Modified, Deleted };

struct LayerViewEntry {
    std::string path;
    EntryKind kind = EntryKind::File;
    std::uint64_t size = 0;
    std::uint32_t mode = 0;
    std::uint32_t uid = 0;
    std::uint32_t gid = 0;
    std::string linkTarget;
    FileChange change = FileChange::Unchanged;
    std::size_t layer = 0; ///< the layer that wrote the entry (for Deleted: the layer whose copy was deleted)
    bool wasted = false;   ///< a file this copy of which the final image does not show
};

/// Paths after merging layers 0..`layer` (clamped to the last), in path order. Deleted entries are the paths layer
/// `layer` removed, with the copy they removed. Cancelled (empty result) when `*cancel` is raised.
std::vector<LayerViewEntry> layerView(const Image& image, const LayerAnalysis& analysis, std::size_t layer,
                                      const std::atomic<bool>* cancel = nullptr);

/// "drwxr-xr-x", "-rwsr-xr-x", "lrwxrwxrwx" from a kind and mode bits.
std::string permissionText(EntryKind kind, std::uint32_t mode);

} // namespace dw::image
