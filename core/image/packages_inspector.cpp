#include "image/packages_inspector.h"

#include <algorithm>
#include <array>
#include <set>

namespace dw::image {
namespace {

constexpr std::string_view kDpkgStatusDir = "var/lib/dpkg/status.d/";

constexpr std::array<std::string_view, 5> kReleaseFiles = {"etc/os-release", "usr/lib/os-release", "etc/alpine-release",
                                                           "etc/debian_version", "etc/redhat-release"};
constexpr std::array<std::string_view, 2> kAccountFiles = {"etc/passwd", "etc/group"}; ///< for DWI107
constexpr std::array<std::string_view, 2> kTextDatabases = {"var/lib/dpkg/status", "lib/apk/db/installed"};
constexpr std::array<std::string_view, 2> kRpmDatabases = {"var/lib/rpm/rpmdb.sqlite",
                                                           "usr/lib/sysimage/rpm/rpmdb.sqlite"};

bool isInside(std::string_view dir, std::string_view path)
{
    return path.size() > dir.size() && path.starts_with(dir) && path[dir.size()] == '/';
}

std::string_view parentOf(std::string_view path)
{
    auto slash = path.rfind('/');
    return slash == std::string_view::npos ? std::string_view{} : path.substr(0, slash);
}

/// "a/b/../c" -> "a/c"; never climbs above the root (as the kernel resolves "/..").
std::string cleanPath(std::string_view path)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (start <= path.size()) {
        auto end = path.find('/', start);
        if (end == std::string_view::npos) end = path.size();
        auto part = path.substr(start, end - start);
        if (part == "..") {
            if (!parts.empty()) parts.pop_back();
        } else if (!part.empty() && part != ".") {
            parts.push_back(part);
        }
        start = end + 1;
    }
    std::string out;
    for (auto part : parts) {
        if (!out.empty()) out += '/';
        out += part;
    }
    return out;
}

struct VisibleEntry {
    const LayerEntry* entry = nullptr;
    std::size_t layer = 0;
};

/// The entry that provides `path` in the final view: the topmost layer that names it, unless a whiteout of it
/// or of a parent, or an opaque directory above, hides it.
std::optional<VisibleEntry> visibleEntry(const Image& image, std::string_view path)
{
    for (std::size_t layer = image.layers.size(); layer-- > 0;) {
        const LayerEntry* hit = nullptr;
        bool deletedHere = false, hidesBelow = false;
        for (const LayerEntry& entry : image.layers[layer].entries) {
            if (entry.path == path) {
                if (entry.kind == EntryKind::Whiteout)
                    deletedHere = true;
                else
                    hit = &entry;
            } else if (isInside(entry.path, path)) {
                if (entry.kind == EntryKind::Whiteout) deletedHere = true;
                if (entry.kind == EntryKind::OpaqueWhiteout) hidesBelow = true;
            }
        }
        if (hit) return VisibleEntry{hit, layer};
        if (deletedHere || hidesBelow) return std::nullopt;
    }
    return std::nullopt;
}

} // namespace

std::uint64_t PackageFilesInspector::capFor(std::string_view path)
{
    if (std::ranges::find(kReleaseFiles, path) != kReleaseFiles.end()) return kReleaseFileCap;
    if (std::ranges::find(kTextDatabases, path) != kTextDatabases.end()) return kTextPackageDbCap;
    if (std::ranges::find(kAccountFiles, path) != kAccountFiles.end()) return kTextPackageDbCap;
    if (std::ranges::find(kRpmDatabases, path) != kRpmDatabases.end()) return kRpmSqliteCap;
    if (path.starts_with(kDpkgStatusDir)) {
        auto name = path.substr(kDpkgStatusDir.size());
        if (!name.empty() && name.find('/') == std::string_view::npos && !name.ends_with(".md5sums"))
            return kReleaseFileCap;
    }
    return 0;
}

std::uint64_t PackageFilesInspector::wantedBytes(const LayerEntry& entry) const
{
    return entry.kind == EntryKind::File ? capFor(entry.path) : 0;
}

void PackageFilesInspector::inspect(const LayerEntry& entry, std::string_view body, bool truncated, LayerContent& out)
{
    if (capFor(entry.path) == 0) return;
    out.captured.push_back(
        CapturedFile{.layerIndex = 0, .path = entry.path, .content = std::string(body), .truncated = truncated});
}

std::optional<FinalFile> finalCapturedFile(const Image& image, std::string_view path)
{
    std::string current = cleanPath(path);
    for (int hop = 0; hop <= 8; ++hop) {
        auto visible = visibleEntry(image, current);
        if (!visible) return std::nullopt;
        const LayerEntry& entry = *visible->entry;
        if (entry.kind == EntryKind::Symlink) {
            const std::string& target = entry.linkTarget;
            current =
                target.starts_with('/') ? cleanPath(target) : cleanPath(std::string(parentOf(current)) + "/" + target);
            continue;
        }
        if (entry.kind == EntryKind::Hardlink) {
            current = cleanPath(entry.linkTarget);
            continue;
        }
        if (entry.kind != EntryKind::File) return std::nullopt;
        const CapturedFile* found = nullptr;
        for (const CapturedFile& file : image.captured)
            if (file.layerIndex == visible->layer && file.path == current) found = &file;
        if (!found) return std::nullopt;
        return FinalFile{found, current};
    }
    return std::nullopt; // a symlink loop or a chain too long to be honest
}

bool existsInFinalView(const Image& image, std::string_view path)
{
    return visibleEntry(image, cleanPath(path)).has_value();
}

std::vector<std::string> finalFilesIn(const Image& image, std::string_view dir)
{
    std::set<std::string> candidates;
    for (const Layer& layer : image.layers)
        for (const LayerEntry& entry : layer.entries)
            if (entry.kind == EntryKind::File && parentOf(entry.path) == dir) candidates.insert(entry.path);
    std::vector<std::string> out;
    for (const std::string& path : candidates) {
        auto visible = visibleEntry(image, path);
        if (visible && visible->entry->kind == EntryKind::File) out.push_back(path);
    }
    return out;
}

std::vector<const CapturedFile*> capturedVersions(const Image& image, std::string_view path, std::size_t topLayer)
{
    std::vector<const CapturedFile*> out;
    for (const CapturedFile& file : image.captured)
        if (file.path == path && file.layerIndex <= topLayer) out.push_back(&file);
    std::ranges::stable_sort(
        out, [](const CapturedFile* a, const CapturedFile* b) { return a->layerIndex > b->layerIndex; });
    return out;
}

} // namespace dw::image
