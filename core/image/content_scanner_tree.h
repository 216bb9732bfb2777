// The image's final filesystem as the entry-only DWI1nn checks see it (setuid files, world-writable paths, .git
// directories, build tools), and where a file seen in one layer went later. Built from Image.layers alone.
#pragma once

#include "image/image_check.h"
#include "image/image_model.h"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace dw::image {

struct FinalEntry {
    std::size_t layerIndex = 0;        ///< the layer that last wrote the path
    const LayerEntry* entry = nullptr; ///< points into the Image it was built from
};

/// Every path of the merged filesystem, by path. The keys view the paths of the Image's entries, so the map
/// is valid while that Image is alive and unchanged.
using FinalFilesystem = std::map<std::string_view, FinalEntry>;

/// The merged filesystem: layers applied bottom first, a whiteout deleting the path and everything under it
/// from the layers below, an opaque whiteout everything under its directory, and a non-directory replacing a
/// directory hiding the directory's old contents.
FinalFilesystem finalFilesystem(const Image& image);

/// finalFilesystem(*ctx.image), computed once per context and shared by the checks that read it.
const FinalFilesystem& finalFilesystemOf(const ImageCheckContext& ctx);

/// What became of the copy of `path` that layer `layerIndex` wrote.
struct LaterChange {
    std::size_t layerIndex = 0;
    bool deleted = false; ///< true: a whiteout (of it or a parent); false: a later layer wrote the path again
};
/// The first later layer that deletes or rewrites `path`; nullopt while that copy is what the image shows.
std::optional<LaterChange> laterChange(const Image& image, std::size_t layerIndex, std::string_view path);

} // namespace dw::image
