#include "image/archive_layer.h"

#include "image/archive_digest.h"
#include "image/archive_path.h"
#include "image/background_hash.h"

#include <archive.h>
#include <archive_entry.h>
#include <xxhash.h>

#include <algorithm>
#include <cerrno>
#include <memory>
#include <optional>
#include <string_view>
#include <utility>

namespace dw::image {
namespace {

constexpr std::size_t kChunkBytes = 64 * 1024;
constexpr std::size_t kMaxWarningsPerLayer = 100;

struct ArchiveDeleter {
    void operator()(archive* a) const { archive_read_free(a); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveDeleter>;

struct HashStateDeleter {
    void operator()(XXH64_state_t* state) const { XXH64_freeState(state); }
};

/// What the two libarchive callbacks of one layer share: blob -> decompressor -> tar reader.
struct LayerReading {
    BlobInput* input = nullptr;
    const std::string* source = nullptr;
    const ReadOptions* options = nullptr;
    ReadTotals* totals = nullptr;
    archive* decompressor = nullptr;
    BackgroundSha256 rawSha;
    BackgroundSha256 diffSha;
    /// An uncompressed blob: its bytes are the tar's bytes, so the blob digest is the diff id, hashed once.
    bool uncompressed = false;
    std::uint64_t rawBytes = 0;
    std::uint64_t uncompressedBytes = 0;
    std::optional<ImageError> error; ///< the first failure seen by a callback; wins over libarchive's text
    std::vector<char> tarBuffer = std::vector<char>(kChunkBytes);

    std::string layerName() const { return "layer " + *source; }
};

const char* archiveMessage(archive* a)
{
    const char* text = archive_error_string(a);
    return text ? text : "unknown error";
}

std::optional<ImageError> limitFailure(const LayerReading& r)
{
    const ReadLimits& limits = r.options->limits;
    if (r.uncompressedBytes > limits.maxLayerBytes)
        return ImageError{ImageErrorKind::LimitExceeded, r.layerName() + " expands to more than " +
                                                             std::to_string(limits.maxLayerBytes) +
                                                             " bytes, the limit for one layer"};
    if (r.totals->uncompressedBytes > limits.maxTotalBytes)
        return ImageError{ImageErrorKind::LimitExceeded,
                          "the layers expand to more than " + std::to_string(limits.maxTotalBytes) +
                              " bytes together, the limit for one image (at " + r.layerName() + ")"};
    if (r.uncompressedBytes > limits.ratioFloorBytes &&
        r.uncompressedBytes / std::max<std::uint64_t>(r.rawBytes, 1) > limits.maxCompressionRatio)
        return ImageError{ImageErrorKind::LimitExceeded,
                          r.layerName() + " expands more than " + std::to_string(limits.maxCompressionRatio) +
                              " times its compressed size (" + std::to_string(r.uncompressedBytes) + " bytes from " +
                              std::to_string(r.rawBytes) + "): refusing a likely decompression bomb"};
    return std::nullopt;
}

bool cancelled(const ReadOptions& options)
{
    return options.cancel && options.cancel->load();
}

la_ssize_t readRawBlob(archive* a, void* user, const void** buffer)
{
    auto& r = *static_cast<LayerReading*>(user);
    if (cancelled(*r.options)) {
        r.error = ImageError{ImageErrorKind::Cancelled, "reading " + r.layerName() + " was cancelled"};
        archive_set_error(a, ECANCELED, "cancelled");
        return -1;
    }
    std::string_view chunk;
    ImageError error;
    if (!r.input->read(chunk, error)) {
        if (!r.error) r.error = error;
        archive_set_error(a, EIO, "%s", error.message.c_str());
        return -1;
    }
    r.rawSha.update(chunk);
    r.rawBytes += chunk.size();
    *buffer = chunk.data();
    return static_cast<la_ssize_t>(chunk.size());
}

la_ssize_t readUncompressed(archive* a, void* user, const void** buffer)
{
    auto& r = *static_cast<LayerReading*>(user);
    const la_ssize_t n = archive_read_data(r.decompressor, r.tarBuffer.data(), r.tarBuffer.size());
    if (n < 0) {
        if (!r.error)
            r.error =
                ImageError{ImageErrorKind::Corrupt, r.layerName() + ": the compressed data is corrupt or cut short (" +
                                                        archiveMessage(r.decompressor) + ")"};
        archive_set_error(a, EIO, "%s", r.error->message.c_str());
        return -1;
    }
    if (!r.uncompressed) r.diffSha.update(std::string_view(r.tarBuffer.data(), static_cast<std::size_t>(n)));
    r.uncompressedBytes += static_cast<std::uint64_t>(n);
    r.totals->uncompressedBytes += static_cast<std::uint64_t>(n);
    if (auto failure = limitFailure(r)) {
        r.error = std::move(failure);
        archive_set_error(a, EFBIG, "%s", r.error->message.c_str());
        return -1;
    }
    *buffer = r.tarBuffer.data();
    return n;
}

ImageError failure(const LayerReading& r, archive* a, const std::string& what)
{
    if (r.error) return *r.error;
    return ImageError{ImageErrorKind::Corrupt, r.layerName() + ": " + what + " (" + archiveMessage(a) + ")"};
}

EntryKind kindOf(archive_entry* entry)
{
    if (archive_entry_hardlink(entry)) return EntryKind::Hardlink;
    switch (archive_entry_filetype(entry)) {
    case AE_IFDIR:
        return EntryKind::Directory;
    case AE_IFLNK:
        return EntryKind::Symlink;
    case AE_IFCHR:
        return EntryKind::CharDevice;
    case AE_IFBLK:
        return EntryKind::BlockDevice;
    case AE_IFIFO:
        return EntryKind::Fifo;
    default:
        return EntryKind::File;
    }
}

/// Lists the entries of one layer tar; owns the per-layer bookkeeping (seen paths, hash state).
class EntryLister {
  public:
    EntryLister(LayerReading& reading, archive* tar, LayerBlob& blob)
        : r_(reading), tar_(tar), blob_(blob), hash_(XXH64_createState()), body_(kChunkBytes)
    {
    }

    /// One tar entry; an error stops the layer.
    std::optional<ImageError> add(archive_entry* raw)
    {
        const ReadLimits& limits = r_.options->limits;
        if (++entryCount_ > limits.maxEntriesPerLayer)
            return ImageError{ImageErrorKind::LimitExceeded, r_.layerName() + " has more than " +
                                                                 std::to_string(limits.maxEntriesPerLayer) +
                                                                 " entries, the limit for one layer"};
        const char* name = archive_entry_pathname(raw);
        if (!name) name = archive_entry_pathname_utf8(raw);
        if (!name) {
            warn("an entry without a readable name was skipped");
            return std::nullopt;
        }
        const std::string_view rawPath(name);
        if (rawPath.size() > limits.maxPathLength)
            return ImageError{ImageErrorKind::LimitExceeded,
                              r_.layerName() + ": an entry's path is " + std::to_string(rawPath.size()) +
                                  " bytes long, over the limit of " + std::to_string(limits.maxPathLength)};
        const auto cleaned = cleanArchivePath(rawPath);
        if (!cleaned) {
            warn("entry '" + std::string(rawPath) + "' climbs out of the image root with '..'; skipped");
            return std::nullopt;
        }
        if (cleaned->empty()) return std::nullopt; // "./": the root itself

        LayerEntry entry;
        entry.kind = kindOf(raw);
        entry.path = *cleaned;
        entry.mode = static_cast<std::uint32_t>(archive_entry_perm(raw)) & 07777u;
        entry.uid = static_cast<std::uint32_t>(archive_entry_uid(raw));
        entry.gid = static_cast<std::uint32_t>(archive_entry_gid(raw));
        const WhiteoutInfo whiteout = whiteoutOf(entry.path);
        if (whiteout.internal) return std::nullopt;
        if (whiteout.kind == EntryKind::OpaqueWhiteout && whiteout.path.empty()) {
            warn("an opaque whiteout of the image root was ignored");
            return std::nullopt;
        }
        if (whiteout.kind != EntryKind::File) {
            entry.kind = whiteout.kind;
            entry.path = whiteout.path;
        } else if (entry.kind == EntryKind::Symlink) {
            const char* target = archive_entry_symlink(raw);
            entry.linkTarget = target ? target : "";
        } else if (entry.kind == EntryKind::Hardlink) {
            const auto target = cleanArchivePath(archive_entry_hardlink(raw));
            if (!target || target->empty()) {
                warn("hard link '" + entry.path + "' points out of the image root ('" + archive_entry_hardlink(raw) +
                     "'); skipped");
                return std::nullopt;
            }
            entry.linkTarget = *target;
            hardlinks_.push_back(blob_.layer.entries.size());
        } else if (entry.kind == EntryKind::File) {
            const la_int64_t declared = archive_entry_size(raw);
            entry.size = declared > 0 ? static_cast<std::uint64_t>(declared) : 0;
            if (entry.size > limits.maxLayerBytes)
                return ImageError{ImageErrorKind::LimitExceeded,
                                  r_.layerName() + ": file '" + entry.path + "' declares " +
                                      std::to_string(entry.size) + " bytes, more than the limit of " +
                                      std::to_string(limits.maxLayerBytes) + " for one layer"};
            if (auto error = readBody(entry)) return error;
        }
        blob_.layer.size += entry.size;
        blob_.layer.entries.push_back(std::move(entry));
        return std::nullopt;
    }

    /// After the last entry: warns about hard links whose target is not an earlier entry, and gives back the
    /// entry list's spare capacity.
    void finish()
    {
        std::vector<LayerEntry>& entries = blob_.layer.entries;
        entries.shrink_to_fit();
        checkHardlinkTargets();
        if (suppressedWarnings_ > 0)
            blob_.warnings.push_back(r_.layerName() + ": " + std::to_string(suppressedWarnings_) +
                                     " more warnings like these were left out");
    }

  private:
    void checkHardlinkTargets()
    {
        const std::vector<LayerEntry>& entries = blob_.layer.entries;
        if (hardlinks_.empty()) return;
        // One sorted index of (path, position), built only when the layer has hard links.
        std::vector<std::pair<std::string_view, std::size_t>> byPath;
        byPath.reserve(entries.size());
        for (std::size_t i = 0; i < entries.size(); ++i)
            byPath.emplace_back(entries[i].path, i);
        std::sort(byPath.begin(), byPath.end());
        for (std::size_t link : hardlinks_) {
            const LayerEntry& entry = entries[link];
            const auto first = std::lower_bound(byPath.begin(), byPath.end(),
                                                std::pair<std::string_view, std::size_t>(entry.linkTarget, 0));
            if (first == byPath.end() || first->first != entry.linkTarget || first->second >= link)
                warn("hard link '" + entry.path + "' points to '" + entry.linkTarget +
                     "', which is not earlier in this layer");
        }
    }

    /// A hostile layer can warn once per entry: the first kMaxWarningsPerLayer are kept, the rest counted.
    void warn(const std::string& text)
    {
        if (blob_.warnings.size() < kMaxWarningsPerLayer)
            blob_.warnings.push_back(r_.layerName() + ": " + text);
        else
            ++suppressedWarnings_;
    }

    std::optional<ImageError> readBody(LayerEntry& entry)
    {
        std::uint64_t wanted = 0;
        for (ContentInspector* inspector : r_.options->inspectors)
            wanted = std::max(wanted, inspector->wantedBytes(entry));
        const std::uint64_t keep = std::min(wanted, entry.size);
        std::string prefix;
        prefix.reserve(static_cast<std::size_t>(keep));
        XXH64_reset(hash_.get(), 0);
        std::uint64_t bodyBytes = 0;
        for (;;) {
            const la_ssize_t n = archive_read_data(tar_, body_.data(), body_.size());
            if (n < 0) {
                if (r_.error) return r_.error;
                return ImageError{ImageErrorKind::Corrupt,
                                  r_.layerName() + ": file '" + entry.path + "' (" + std::to_string(entry.size) +
                                      " bytes declared) is cut short or corrupt (" + archiveMessage(tar_) + ")"};
            }
            if (n == 0) break;
            const std::string_view chunk(body_.data(), static_cast<std::size_t>(n));
            XXH64_update(hash_.get(), chunk.data(), chunk.size());
            if (prefix.size() < keep) prefix.append(chunk.substr(0, static_cast<std::size_t>(keep - prefix.size())));
            bodyBytes += chunk.size();
        }
        if (bodyBytes != entry.size)
            return ImageError{ImageErrorKind::Corrupt, r_.layerName() + ": file '" + entry.path + "' declares " +
                                                           std::to_string(entry.size) + " bytes but holds " +
                                                           std::to_string(bodyBytes)};
        entry.contentHash = XXH64_digest(hash_.get());
        if (keep == 0) return std::nullopt;
        for (ContentInspector* inspector : r_.options->inspectors) {
            const std::uint64_t own = inspector->wantedBytes(entry);
            if (own == 0) continue;
            const std::size_t shown = static_cast<std::size_t>(std::min(own, entry.size));
            inspector->inspect(entry, std::string_view(prefix).substr(0, shown), entry.size > own, blob_.content);
        }
        return std::nullopt;
    }

    LayerReading& r_;
    archive* tar_;
    LayerBlob& blob_;
    std::unique_ptr<XXH64_state_t, HashStateDeleter> hash_;
    std::vector<char> body_;
    std::vector<std::size_t> hardlinks_; ///< positions of the hard links in blob_.layer.entries
    std::uint64_t suppressedWarnings_ = 0;
    std::uint64_t entryCount_ = 0;
};

/// Reads what the tar reader left unread (end-of-archive padding, trailing data) so that the diff id and the
/// blob digest cover every byte.
std::optional<ImageError> drain(LayerReading& r)
{
    for (;;) {
        const void* ignored = nullptr;
        const la_ssize_t n = readUncompressed(r.decompressor, &r, &ignored);
        if (n < 0) return r.error;
        if (n == 0) break;
    }
    for (;;) {
        std::string_view chunk;
        ImageError error;
        if (!r.input->read(chunk, error)) return error;
        if (chunk.empty()) return std::nullopt;
        r.rawSha.update(chunk);
        r.rawBytes += chunk.size();
    }
}

} // namespace

ImageExpected<LayerBlob> readLayerBlob(BlobInput& input, const std::string& source, const ReadOptions& options,
                                       ReadTotals& totals)
{
    LayerReading r;
    r.input = &input;
    r.source = &source;
    r.options = &options;
    r.totals = &totals;

    ArchivePtr decompressor(archive_read_new());
    archive_read_support_filter_all(decompressor.get());
    archive_read_support_format_raw(decompressor.get());
    if (archive_read_open(decompressor.get(), &r, nullptr, readRawBlob, nullptr) != ARCHIVE_OK)
        return failure(r, decompressor.get(), "cannot be decompressed");
    archive_entry* entry = nullptr;
    int status = archive_read_next_header(decompressor.get(), &entry);
    if (status == ARCHIVE_EOF) return ImageError{ImageErrorKind::Corrupt, r.layerName() + " is empty"};
    if (status < ARCHIVE_WARN) return failure(r, decompressor.get(), "cannot be decompressed");
    r.decompressor = decompressor.get();
    r.uncompressed = archive_filter_count(decompressor.get()) == 1 &&
                     archive_filter_code(decompressor.get(), 0) == ARCHIVE_FILTER_NONE;

    ArchivePtr tar(archive_read_new());
    archive_read_support_format_tar(tar.get());
    if (archive_read_open(tar.get(), &r, nullptr, readUncompressed, nullptr) != ARCHIVE_OK)
        return failure(r, tar.get(), "is not a tar archive");

    LayerBlob blob;
    blob.layer.source = source;
    EntryLister lister(r, tar.get(), blob);
    for (;;) {
        status = archive_read_next_header(tar.get(), &entry);
        if (status == ARCHIVE_EOF) break;
        if (status < ARCHIVE_WARN) return failure(r, tar.get(), "the tar data is corrupt or cut short");
        if (auto error = lister.add(entry)) return *error;
    }
    lister.finish();
    if (auto error = drain(r)) return *error;
    blob.layer.archiveBytes = r.rawBytes;
    blob.blobDigest = r.rawSha.finish();
    blob.layer.diffId = r.uncompressed ? blob.blobDigest : r.diffSha.finish();
    return blob;
}

} // namespace dw::image
