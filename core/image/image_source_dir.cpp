// An OCI image layout directory (or an unpacked `docker save`): the JSON documents are read first, then only
// the layer blobs of the chosen image. Symlinks are recorded as links inside the directory, never followed
// out of it; only regular files are opened.
#include "image/archive_assemble.h"
#include "image/archive_layer.h"
#include "image/archive_path.h"
#include "image/image_source.h"
#include "image/image_source_archive.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>

namespace dw::image {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kChunkBytes = 64 * 1024;
constexpr int kMaxDepth = 4;

struct FileCloser {
    void operator()(std::FILE* file) const { std::fclose(file); }
};
using FilePtr = std::unique_ptr<std::FILE, FileCloser>;

class FileInput : public BlobInput {
  public:
    FileInput(FilePtr file, std::string member, std::uint64_t& bytesRead, ProgressThrottle& progress)
        : file_(std::move(file)), member_(std::move(member)), bytesRead_(bytesRead), progress_(progress)
    {
    }

    bool read(std::string_view& chunk, ImageError& error) override
    {
        const std::size_t n = std::fread(buffer_.data(), 1, buffer_.size(), file_.get());
        if (n == 0 && std::ferror(file_.get())) {
            error = ImageError{ImageErrorKind::Io, "cannot read " + member_};
            return false;
        }
        bytesRead_ += n;
        progress_.report(bytesRead_);
        chunk = std::string_view(buffer_.data(), n);
        return true;
    }

  private:
    FilePtr file_;
    std::string member_;
    std::uint64_t& bytesRead_;
    ProgressThrottle& progress_;
    std::vector<char> buffer_ = std::vector<char>(kChunkBytes);
};

/// What the walk found besides the JSON kept in `contents`: regular files that look like layer blobs.
struct DirectoryScan {
    ArchiveContents contents;
    std::map<std::string, fs::path> layerFiles;
};

void scanFile(const fs::path& file, const std::string& member, const ReadLimits& limits, DirectoryScan& scan)
{
    FilePtr handle(std::fopen(file.c_str(), "rb"));
    if (!handle) {
        scan.contents.warnings.push_back("cannot open " + file.string() + "; ignored");
        return;
    }
    std::string prefix(512, '\0');
    prefix.resize(std::fread(prefix.data(), 1, prefix.size(), handle.get()));
    const BlobKind kind = sniffBlob(prefix);
    if (isLayerKind(kind)) {
        scan.layerFiles[member] = file;
        return;
    }
    if (kind != BlobKind::Json) return;
    std::error_code error;
    const auto size = fs::file_size(file, error);
    if (error || size > limits.maxJsonBytes) {
        scan.contents.oversizedJson.insert(member);
        return;
    }
    std::string text = prefix;
    text.resize(static_cast<std::size_t>(size));
    const std::size_t rest = text.size() > prefix.size() ? text.size() - prefix.size() : 0;
    if (rest && std::fread(text.data() + prefix.size(), 1, rest, handle.get()) != rest) {
        scan.contents.warnings.push_back("cannot read " + file.string() + "; ignored");
        return;
    }
    scan.contents.json[member] = std::move(text);
}

void scanDirectory(const fs::path& root, DirectoryScan& scan, const ReadLimits& limits)
{
    std::error_code error;
    fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, error);
    for (const fs::recursive_directory_iterator end; !error && it != end; it.increment(error)) {
        if (it.depth() >= kMaxDepth) it.disable_recursion_pending();
        const fs::path& path = it->path();
        const std::string member = path.lexically_relative(root).generic_string();
        const auto status = it->symlink_status(error);
        if (error) break;
        if (fs::is_symlink(status)) {
            const auto target = fs::read_symlink(path, error);
            if (error) break;
            if (auto resolved = resolveArchiveLink(member, target.generic_string()))
                scan.contents.links[member] = *resolved;
            else
                scan.contents.warnings.push_back("symlink " + member + " points out of the directory; ignored");
        } else if (fs::is_regular_file(status)) {
            scanFile(path, member, limits, scan);
        }
    }
    if (error) scan.contents.warnings.push_back("cannot list all of " + root.string() + ": " + error.message());
}

} // namespace

ImageExpected<Image> readOciLayoutDirectory(const std::string& directory, const ReadOptions& options)
{
    std::error_code error;
    if (!fs::is_directory(directory, error))
        return ImageError{ImageErrorKind::Io, "cannot open " + directory + ": not a directory"};
    DirectoryScan scan;
    scan.contents.label = directory;
    scanDirectory(directory, scan, options.limits);
    auto images = listArchiveImages(scan.contents);
    if (!images) return images.error();
    auto picked = pickArchiveImage(images.value(), scan.contents, options.imageName);
    if (!picked) return picked.error();

    std::vector<std::string> wanted;
    std::uint64_t total = 0;
    for (const std::string& path : picked.value().layerPaths) {
        const std::string member = resolveArchiveMember(scan.contents, path);
        const auto file = scan.layerFiles.find(member);
        if (file == scan.layerFiles.end() || scan.contents.layers.count(member)) continue;
        if (std::find(wanted.begin(), wanted.end(), member) != wanted.end()) continue;
        wanted.push_back(member);
        total += fs::file_size(file->second, error);
    }
    ProgressThrottle progress(options, total);
    std::uint64_t bytesRead = 0;
    ReadTotals totals;
    for (const std::string& member : wanted) {
        if (options.cancel && options.cancel->load())
            return ImageError{ImageErrorKind::Cancelled, "reading " + directory + " was cancelled"};
        const fs::path& file = scan.layerFiles.at(member);
        FilePtr handle(std::fopen(file.c_str(), "rb"));
        if (!handle) return ImageError{ImageErrorKind::Io, "cannot open " + file.string()};
        FileInput input(std::move(handle), member, bytesRead, progress);
        auto blob = readLayerBlob(input, member, options, totals);
        if (!blob) return blob.error();
        scan.contents.layers[member] = std::move(blob.value());
    }
    progress.report(bytesRead, true);
    return assembleArchiveImage(scan.contents, picked.value());
}

} // namespace dw::image
