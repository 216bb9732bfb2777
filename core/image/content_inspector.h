// Looking at file bodies while a layer streams by: the only moment the image engine sees them.
//
// The archive reader asks every inspector how many bytes of each regular file it wants, reads the body once
// (hashing all of it), hands the first max(wanted) bytes to the inspectors that wanted some, and forgets them.
// An inspector either notes a hit (secrets, keys) or asks for the bytes to be kept (os-release, package
// databases), through the LayerContent it is given. Inspectors run on the reading thread, one layer at a time.
#pragma once

#include "image/image_model.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace dw::image {

/// What inspectors produce for one layer; the reader sets layerIndex once it knows which layer this is.
struct LayerContent {
    std::vector<CapturedFile> captured;
    std::vector<ContentHit> hits;
};

class ContentInspector {
  public:
    virtual ~ContentInspector() = default;
    /// How many bytes of this regular file's body inspect() should see; 0 = none.
    virtual std::uint64_t wantedBytes(const LayerEntry& entry) const = 0;
    /// The first min(entry.size, wantedBytes(entry)) bytes of the body; `truncated` when the file is longer.
    virtual void inspect(const LayerEntry& entry, std::string_view body, bool truncated, LayerContent& out) = 0;
};

} // namespace dw::image
