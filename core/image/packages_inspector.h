// The files that name the base OS and list its packages: kept while the layers stream by, then looked up in
// the image's final view (the topmost layer that holds a path wins, unless a later layer deleted it).
#pragma once

#include "image/content_inspector.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dw::image {

inline constexpr std::uint64_t kReleaseFileCap = 64u << 10;   ///< os-release and friends
inline constexpr std::uint64_t kTextPackageDbCap = 64u << 20; ///< dpkg status, apk installed
inline constexpr std::uint64_t kRpmSqliteCap = 256u << 20;    ///< rpmdb.sqlite

/// Asks for os-release (both places), alpine-release, debian_version, redhat-release, dpkg's status and
/// status.d/* (distroless), apk's installed database, rpm's sqlite database, and etc/passwd and etc/group (for
/// DWI107), and keeps their bodies.
class PackageFilesInspector final : public ContentInspector {
  public:
    /// How many bytes of the file at `path` this inspector keeps; 0 when it is not one of ours.
    static std::uint64_t capFor(std::string_view path);

    std::uint64_t wantedBytes(const LayerEntry& entry) const override;
    void inspect(const LayerEntry& entry, std::string_view body, bool truncated, LayerContent& out) override;
};

/// A captured file as the finished image shows it.
struct FinalFile {
    const CapturedFile* file = nullptr; ///< never null
    std::string path;                   ///< the path after following symlinks ("usr/lib/os-release")
};

/// The file at `path` in the image's final view, symlinks followed (at most 8 hops), when its body was
/// captured in the layer that provides it. nullopt when absent, deleted, a directory, or never captured.
std::optional<FinalFile> finalCapturedFile(const Image& image, std::string_view path);

/// Whether `path` exists (any kind) in the final view.
bool existsInFinalView(const Image& image, std::string_view path);

/// The regular files directly inside directory `dir` ("var/lib/dpkg/status.d") in the final view, sorted.
std::vector<std::string> finalFilesIn(const Image& image, std::string_view dir);

/// The captured bodies of `path` in layers at or below `topLayer`, topmost first.
std::vector<const CapturedFile*> capturedVersions(const Image& image, std::string_view path, std::size_t topLayer);

} // namespace dw::image
