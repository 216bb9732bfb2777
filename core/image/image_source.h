// Where images come from: a `docker save` tarball (legacy or OCI layout, optionally gzip/zstd-compressed), an
// OCI image layout directory, or the bytes of GET /images/{name}/get straight from the daemon.
//
// Every source is read in ONE streaming pass: layer blobs are decompressed, hashed (diff id and blob digest)
// and listed entry by entry as they go by, file bodies are hashed and shown to the ContentInspectors, and only
// JSON members (manifest, index, configs) are kept in memory. Nothing is ever written to disk. Hostile
// archives are expected: every limit below turns into an ImageError or a warning, never a crash or a hang.
#pragma once

#include "image/content_inspector.h"
#include "image/image_error.h"
#include "image/image_model.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace dw::engine {
class Client;
}

namespace dw::image {

/// Safety limits; the defaults suit real images, tests lower them.
struct ReadLimits {
    std::uint64_t maxLayerBytes = std::uint64_t{32} << 30;  ///< uncompressed bytes of one layer
    std::uint64_t maxTotalBytes = std::uint64_t{256} << 30; ///< uncompressed bytes of all layers together
    /// Uncompressed / compressed bytes of a layer; only checked once the layer is past ratioFloorBytes.
    std::uint64_t maxCompressionRatio = 1000;
    std::uint64_t ratioFloorBytes = std::uint64_t{256} << 20;
    std::uint64_t maxEntriesPerLayer = 2'000'000;
    std::size_t maxPathLength = 4096;
    std::size_t maxJsonBytes = std::size_t{16} << 20; ///< one manifest, index or config kept in memory
};

/// Bytes read so far and the total when known (0 when not, e.g. from the daemon).
using ProgressCallback = std::function<void(std::uint64_t bytesRead, std::uint64_t totalBytes)>;

struct ReadOptions {
    /// Which image of a multi-image archive: a repo tag ("app:1.0", "app" = "app:latest"), or an id or a
    /// prefix of one ("sha256:ab12...", "ab12"). Empty picks the first.
    std::string imageName;
    std::vector<ContentInspector*> inspectors; ///< not owned; called on the reading thread
    ReadLimits limits;
    const std::atomic<bool>* cancel = nullptr; ///< raised by another thread: the read stops with Cancelled
    ProgressCallback progress;                 ///< called at most every few hundred KiB
};

/// A `docker save` tarball (or an OCI layout packed in a tar), optionally gzip- or zstd-compressed; a
/// directory is read as readOciLayoutDirectory reads it.
ImageExpected<Image> readImageArchive(const std::string& path, const ReadOptions& options = {});

/// An OCI image layout directory (oci-layout, index.json, blobs/<alg>/<hex>); a manifest.json beside
/// index.json (as `docker save` writes it) is used for tags when present.
ImageExpected<Image> readOciLayoutDirectory(const std::string& directory, const ReadOptions& options = {});

/// Hands bytes to `push` in order until the source ends (then an empty string) or fails (then a one-line
/// reason). `push` returns false when the reader wants no more: the producer should stop early then.
using ByteProducer = std::function<std::string(const std::function<bool(std::string_view)>& push)>;

/// Reads an archive whose bytes arrive from `produce`, which runs on a thread of its own; a small bounded
/// buffer sits between it and the reader, so neither the whole image nor a temporary file is ever kept.
ImageExpected<Image> readImageStream(const ByteProducer& produce, const ReadOptions& options = {});

/// GET /images/{nameOrId}/get through `client`, streamed into readImageStream. The client's own cancel flag
/// and idle timeout apply to the transfer. The export holds just that image, so options.imageName may stay empty.
ImageExpected<Image> readImageFromDaemon(engine::Client& client, const std::string& nameOrId,
                                         const ReadOptions& options = {});

} // namespace dw::image
