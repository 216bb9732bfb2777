// Reading one layer blob in a single pass: decompress (gzip, zstd, xz, bzip2 or none), hash the raw blob
// (its digest) and the uncompressed tar (its diff id), list the tar entries, hash every file body and show
// the inspectors the prefixes they asked for. Limits from ReadLimits stop decompression bombs.
#pragma once

#include "image/content_inspector.h"
#include "image/image_error.h"
#include "image/image_model.h"
#include "image/image_source.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dw::image {

/// Where a blob's raw bytes come from (an outer archive member, a file, a pipe).
class BlobInput {
  public:
    virtual ~BlobInput() = default;
    /// The next bytes of the blob in `chunk` (valid until the next call); an empty chunk at the end.
    /// False on failure, with `error` set.
    virtual bool read(std::string_view& chunk, ImageError& error) = 0;
};

/// Everything learnt from one layer blob, before the manifest says which layer of which image it is.
struct LayerBlob {
    Layer layer;            ///< diffId, source, archiveBytes, size and entries filled; no history yet
    std::string blobDigest; ///< "sha256:<hex>" of the raw (possibly compressed) bytes
    LayerContent content;   ///< what the inspectors kept or noticed; layerIndex still 0
    std::vector<std::string> warnings;
};

/// Running totals shared by all layers of one read (for maxTotalBytes and progress).
struct ReadTotals {
    std::uint64_t uncompressedBytes = 0;
};

/// Reads the whole blob from `input`. `source` names it in messages ("abc/layer.tar", "blobs/sha256/<hex>").
ImageExpected<LayerBlob> readLayerBlob(BlobInput& input, const std::string& source, const ReadOptions& options,
                                       ReadTotals& totals);

} // namespace dw::image
