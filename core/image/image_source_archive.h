// The one pass over an outer image tarball, shared by the file and the stream sources.
#pragma once

#include "image/image_error.h"
#include "image/image_model.h"
#include "image/image_source.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

struct archive;

namespace dw::image {

/// How the outer archive's bytes arrive, for messages and progress.
struct OuterSource {
    std::string label;            ///< names the archive in messages
    std::uint64_t totalBytes = 0; ///< for progress; 0 when unknown
    /// A failure of the byte source itself (e.g. the daemon's), which explains a read error better than
    /// libarchive's text; empty when the source is fine.
    std::function<std::optional<ImageError>()> failure;
};

/// Calls options.progress at most every kStep bytes (and once at the end).
class ProgressThrottle {
  public:
    static constexpr std::uint64_t kStep = 256 * 1024;
    ProgressThrottle(const ReadOptions& options, std::uint64_t total) : options_(options), total_(total) {}
    void report(std::uint64_t bytes, bool force = false)
    {
        if (!options_.progress || (!force && bytes < last_ + kStep)) return;
        last_ = bytes;
        options_.progress(bytes, total_);
    }

  private:
    const ReadOptions& options_;
    std::uint64_t total_;
    std::uint64_t last_ = 0;
};

/// Reads every member of `outer` (opened, tar format and all filters enabled), then picks and assembles the
/// image options.imageName names.
ImageExpected<Image> readOpenedArchive(archive* outer, const OuterSource& source, const ReadOptions& options);

/// Why archive_read_open failed on an outer archive: Corrupt when a compression was recognised, else NotAnImage.
/// `head` is the archive's first bytes.
ImageError outerOpenFailure(archive* outer, const std::string& label, std::string_view head);

/// A fresh libarchive reader for an outer image tarball: tar format, any compression.
archive* newOuterArchiveReader();

} // namespace dw::image
