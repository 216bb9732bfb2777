// Names inside image archives: cleaning tar paths (hostile archives climb out with "..", start with "/"),
// recognising whiteouts, and telling what a blob is from its first bytes.
#pragma once

#include "image/image_model.h"

#include <optional>
#include <string>
#include <string_view>

namespace dw::image {

/// Cleans a tar path: no leading "/" or "./", "//" collapsed, "." dropped, ".." resolved lexically.
/// nullopt when ".." would climb above the root; "" for the root itself.
std::optional<std::string> cleanArchivePath(std::string_view raw);

/// Resolves a symlink target written inside an archive member `linkPath` to a cleaned archive path
/// (relative targets from the link's directory, absolute ones from the root); nullopt when it climbs out.
std::optional<std::string> resolveArchiveLink(std::string_view linkPath, std::string_view target);

/// A layer path's whiteout meaning: ".wh.x" deletes "dir/x", ".wh..wh..opq" makes "dir" opaque.
struct WhiteoutInfo {
    EntryKind kind = EntryKind::File; ///< Whiteout or OpaqueWhiteout; File when the path is no whiteout
    std::string path;                 ///< the deleted path or the opaque directory
    bool internal = false;            ///< an aufs bookkeeping entry (".wh..wh.plnk", ...): to be skipped
};
WhiteoutInfo whiteoutOf(const std::string& cleanedPath);

enum class BlobKind { Unknown, Json, Tar, Gzip, Zstd, Xz, Bzip2 };

/// What a blob is, from at least its first 512 bytes (fewer when it is shorter).
BlobKind sniffBlob(std::string_view prefix);

inline bool isLayerKind(BlobKind kind)
{
    return kind != BlobKind::Unknown && kind != BlobKind::Json;
}

} // namespace dw::image
