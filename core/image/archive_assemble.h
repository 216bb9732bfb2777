// After the one pass over an archive: which images it holds (from docker save's manifest.json, else the OCI
// index.json), which one the caller wants, and the Image put together from the kept JSON and the layers read
// on the way, checking every claim the manifest makes against what was actually read.
#pragma once

#include "image/archive_layer.h"
#include "image/image_error.h"
#include "image/image_model.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace dw::image {

/// What one pass over an archive (or a layout directory) kept, keyed by cleaned member path.
struct ArchiveContents {
    std::string label;                        ///< names the archive in messages: its path, "the daemon's export"
    std::map<std::string, std::string> json;  ///< JSON-looking members, whole
    std::set<std::string> oversizedJson;      ///< JSON-looking members over the limit, not kept
    std::map<std::string, LayerBlob> layers;  ///< members read as layer blobs
    std::map<std::string, std::string> links; ///< symlink or hard link member -> the member it points at
    std::vector<std::string> warnings;
};

/// One image an archive describes.
struct ImageCandidate {
    std::string describedBy; ///< "manifest.json" or "index.json"
    std::string configPath;
    std::string configDigest; ///< expected digest of the config when the index gives one
    std::vector<std::string> repoTags;
    std::vector<std::string> layerPaths;
    std::vector<std::string> layerDigests; ///< expected blob digests when the index gives them, else empty
};

/// Every image the archive describes, in manifest order.
ImageExpected<std::vector<ImageCandidate>> listArchiveImages(const ArchiveContents& contents);

/// The image `name` (tag, id or id prefix; empty = the first); NotFound lists the images there are.
ImageExpected<ImageCandidate> pickArchiveImage(const std::vector<ImageCandidate>& images,
                                               const ArchiveContents& contents, const std::string& name);

/// The member a path names once symlinks and hard links in the archive are followed.
std::string resolveArchiveMember(const ArchiveContents& contents, const std::string& path);

/// Puts the image together; layers are moved out of `contents`.
ImageExpected<Image> assembleArchiveImage(ArchiveContents& contents, const ImageCandidate& image);

} // namespace dw::image
