#include "image/image_source_archive.h"

#include "image/archive_assemble.h"
#include "image/archive_layer.h"
#include "image/archive_path.h"

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <memory>

namespace dw::image {
namespace {

constexpr std::size_t kChunkBytes = 64 * 1024;
constexpr std::size_t kSniffBytes = 512;

/// State of the pass over the outer archive.
struct OuterPass {
    archive* outer = nullptr;
    const OuterSource* source = nullptr;
    const ReadOptions* options = nullptr;
    ProgressThrottle progress;
    ArchiveContents contents;
    ReadTotals totals;
    std::vector<char> buffer = std::vector<char>(kChunkBytes);

    OuterPass(archive* a, const OuterSource& s, const ReadOptions& o)
        : outer(a), source(&s), options(&o), progress(o, s.totalBytes)
    {
        contents.label = s.label;
    }

    std::optional<ImageError> limitError; ///< set by readData when the outer archive itself is a bomb

    ImageError readFailure(const std::string& what) const
    {
        if (limitError) return *limitError;
        if (source->failure)
            if (auto failure = source->failure()) return *failure;
        const char* text = archive_error_string(outer);
        return ImageError{ImageErrorKind::Corrupt,
                          source->label + ": " + what + " (" + (text ? text : "no detail") + ")"};
    }

    /// Reads member data; n < 0 is an error.
    la_ssize_t readData(char* into, std::size_t size)
    {
        const la_ssize_t n = archive_read_data(outer, into, size);
        const auto raw = static_cast<std::uint64_t>(archive_filter_bytes(outer, -1));
        const auto expanded = static_cast<std::uint64_t>(archive_filter_bytes(outer, 0));
        progress.report(raw);
        const ReadLimits& limits = options->limits;
        if (expanded > limits.ratioFloorBytes &&
            expanded / std::max<std::uint64_t>(raw, 1) > limits.maxCompressionRatio) {
            limitError = ImageError{ImageErrorKind::LimitExceeded,
                                    source->label + " expands more than " + std::to_string(limits.maxCompressionRatio) +
                                        " times its compressed size: refusing a likely decompression bomb"};
            return -1;
        }
        return n;
    }
};

/// An outer member's bytes: first what was sniffed, then the rest straight from the outer archive.
class MemberInput : public BlobInput {
  public:
    MemberInput(OuterPass& pass, std::string member, std::string prefix, bool ended)
        : pass_(pass), member_(std::move(member)), prefix_(std::move(prefix)), ended_(ended)
    {
    }

    bool read(std::string_view& chunk, ImageError& error) override
    {
        if (!prefixGiven_) {
            prefixGiven_ = true;
            if (!prefix_.empty()) {
                chunk = prefix_;
                return true;
            }
        }
        chunk = {};
        if (ended_) return true;
        const la_ssize_t n = pass_.readData(pass_.buffer.data(), pass_.buffer.size());
        if (n < 0) {
            error = pass_.readFailure("member " + member_ + " is cut short or corrupt");
            return false;
        }
        ended_ = n == 0;
        chunk = std::string_view(pass_.buffer.data(), static_cast<std::size_t>(n));
        return true;
    }

  private:
    OuterPass& pass_;
    std::string member_;
    std::string prefix_;
    bool ended_;
    bool prefixGiven_ = false;
};

/// Reads up to `limit` bytes of the current member; `ended` tells whether the member ended within them.
std::optional<ImageError> readUpTo(OuterPass& pass, const std::string& member, std::size_t limit, std::string& out,
                                   bool& ended)
{
    ended = false;
    while (out.size() < limit) {
        const std::size_t want = std::min(limit - out.size(), pass.buffer.size());
        const la_ssize_t n = pass.readData(pass.buffer.data(), want);
        if (n < 0) return pass.readFailure("member " + member + " is cut short or corrupt");
        if (n == 0) {
            ended = true;
            break;
        }
        out.append(pass.buffer.data(), static_cast<std::size_t>(n));
    }
    return std::nullopt;
}

/// Reads past a member nobody wants, chunk by chunk, so that cancellation and the limits still apply.
std::optional<ImageError> skipMember(OuterPass& pass, const std::string& member, bool ended)
{
    while (!ended) {
        if (pass.options->cancel && pass.options->cancel->load())
            return ImageError{ImageErrorKind::Cancelled, "reading " + pass.source->label + " was cancelled"};
        const la_ssize_t n = pass.readData(pass.buffer.data(), pass.buffer.size());
        if (n < 0) return pass.readFailure("member " + member + " is cut short or corrupt");
        ended = n == 0;
    }
    return std::nullopt;
}

std::optional<ImageError> readMember(OuterPass& pass, archive_entry* entry, const std::string& member)
{
    std::string prefix;
    bool ended = false;
    if (auto error = readUpTo(pass, member, kSniffBytes, prefix, ended)) return error;
    const BlobKind kind = sniffBlob(prefix);
    if (kind == BlobKind::Json) {
        const std::size_t cap = pass.options->limits.maxJsonBytes;
        const la_int64_t declared = archive_entry_size(entry);
        if (declared > 0 && static_cast<std::uint64_t>(declared) > cap) {
            pass.contents.oversizedJson.insert(member);
            return std::nullopt;
        }
        if (!ended)
            if (auto error = readUpTo(pass, member, cap + 1, prefix, ended)) return error;
        if (prefix.size() > cap)
            pass.contents.oversizedJson.insert(member);
        else
            pass.contents.json[member] = std::move(prefix);
        return std::nullopt;
    }
    if (!isLayerKind(kind)) return skipMember(pass, member, ended);
    MemberInput input(pass, member, std::move(prefix), ended);
    auto blob = readLayerBlob(input, member, *pass.options, pass.totals);
    if (!blob) return blob.error();
    pass.contents.layers[member] = std::move(blob.value());
    return std::nullopt;
}

std::optional<ImageError> readMembers(OuterPass& pass)
{
    for (bool first = true;; first = false) {
        if (pass.options->cancel && pass.options->cancel->load())
            return ImageError{ImageErrorKind::Cancelled, "reading " + pass.source->label + " was cancelled"};
        archive_entry* entry = nullptr;
        const int status = archive_read_next_header(pass.outer, &entry);
        if (status == ARCHIVE_EOF) return std::nullopt;
        if (status < ARCHIVE_WARN && first) {
            const bool compressed =
                archive_filter_count(pass.outer) > 0 && archive_filter_code(pass.outer, 0) != ARCHIVE_FILTER_NONE;
            ImageError error =
                pass.readFailure(compressed ? "the compressed archive is corrupt or not a tar" : "not a tar archive");
            if (error.kind == ImageErrorKind::Corrupt && !compressed) error.kind = ImageErrorKind::NotAnImage;
            return error;
        }
        if (status < ARCHIVE_WARN) return pass.readFailure("the archive is corrupt or cut short");
        const char* name = archive_entry_pathname(entry);
        const auto member = cleanArchivePath(name ? name : "");
        if (!member) {
            pass.contents.warnings.push_back(pass.source->label + ": member '" + std::string(name) +
                                             "' climbs out of the archive root with '..'; ignored");
            continue;
        }
        if (member->empty()) continue;
        if (const char* hardlink = archive_entry_hardlink(entry)) {
            if (auto target = cleanArchivePath(hardlink)) pass.contents.links[*member] = *target;
            continue;
        }
        if (archive_entry_filetype(entry) == AE_IFLNK) {
            const char* target = archive_entry_symlink(entry);
            if (auto resolved = resolveArchiveLink(*member, target ? target : ""))
                pass.contents.links[*member] = *resolved;
            else
                pass.contents.warnings.push_back(pass.source->label + ": symlink '" + *member +
                                                 "' points out of the archive; ignored");
            continue;
        }
        if (archive_entry_filetype(entry) != AE_IFREG) continue;
        const la_int64_t declared = archive_entry_size(entry);
        if (declared > 0 && static_cast<std::uint64_t>(declared) > pass.options->limits.maxLayerBytes)
            return ImageError{ImageErrorKind::LimitExceeded,
                              pass.source->label + ": member " + *member + " declares " + std::to_string(declared) +
                                  " bytes, more than the limit of " +
                                  std::to_string(pass.options->limits.maxLayerBytes) + " for one layer"};
        if (auto error = readMember(pass, entry, *member)) return error;
    }
}

struct ArchiveDeleter {
    void operator()(archive* a) const { archive_read_free(a); }
};

} // namespace

ImageError outerOpenFailure(archive* outer, const std::string& label, std::string_view head)
{
    const char* text = archive_error_string(outer);
    const std::string detail = std::string(" (") + (text ? text : "no data") + ")";
    // Compressed data that then fails to decompress is damage; anything else is simply not an archive.
    const BlobKind kind = sniffBlob(head);
    if (isLayerKind(kind) && kind != BlobKind::Tar)
        return ImageError{ImageErrorKind::Corrupt, label + ": the compressed archive is corrupt or not a tar" + detail};
    return ImageError{ImageErrorKind::NotAnImage, "not an image archive: " + label + detail};
}

archive* newOuterArchiveReader()
{
    archive* a = archive_read_new();
    archive_read_support_filter_all(a);
    archive_read_support_format_tar(a);
    return a;
}

ImageExpected<Image> readOpenedArchive(archive* outer, const OuterSource& source, const ReadOptions& options)
{
    OuterPass pass(outer, source, options);
    if (auto error = readMembers(pass)) return *error;
    pass.progress.report(static_cast<std::uint64_t>(archive_filter_bytes(outer, -1)), true);
    auto images = listArchiveImages(pass.contents);
    if (!images) return images.error();
    auto picked = pickArchiveImage(images.value(), pass.contents, options.imageName);
    if (!picked) return picked.error();
    return assembleArchiveImage(pass.contents, picked.value());
}

ImageExpected<Image> readImageArchive(const std::string& path, const ReadOptions& options)
{
    std::error_code error;
    if (std::filesystem::is_directory(path, error)) return readOciLayoutDirectory(path, options);
    if (!std::filesystem::exists(path, error))
        return ImageError{ImageErrorKind::Io, "cannot open " + path + ": no such file"};
    OuterSource source;
    source.label = path;
    const auto size = std::filesystem::file_size(path, error);
    source.totalBytes = error ? 0 : size;
    std::unique_ptr<archive, ArchiveDeleter> outer(newOuterArchiveReader());
    if (archive_read_open_filename(outer.get(), path.c_str(), kChunkBytes) != ARCHIVE_OK) {
        const int errnoValue = archive_errno(outer.get());
        if (errnoValue == EACCES || errnoValue == EISDIR || errnoValue == ENOENT) {
            const char* text = archive_error_string(outer.get());
            return ImageError{ImageErrorKind::Io, "cannot open " + path + " (" + (text ? text : "unknown error") + ")"};
        }
        std::string head(8, '\0');
        std::ifstream file(path, std::ios::binary);
        file.read(head.data(), static_cast<std::streamsize>(head.size()));
        head.resize(static_cast<std::size_t>(file.gcount()));
        return outerOpenFailure(outer.get(), path, head);
    }
    return readOpenedArchive(outer.get(), source, options);
}

} // namespace dw::image
