// The image's base OS: read from os-release (etc/os-release, else usr/lib/os-release), with the older release
// files (alpine-release, debian_version, redhat-release) as a fallback for images that have none.
#pragma once

#include "image/image_model.h"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace dw::image {

struct OsInfo {
    std::string id;              ///< ID: "debian", "ubuntu", "alpine", "rhel", "opensuse-leap"; empty = unknown
    std::string idLike;          ///< ID_LIKE as written: "rhel centos fedora"
    std::string name;            ///< NAME: "CentOS Stream"
    std::string versionId;       ///< VERSION_ID: "12", "3.19.1", "22.04"
    std::string versionCodename; ///< VERSION_CODENAME: "bookworm"
    std::string prettyName;      ///< PRETTY_NAME: "Debian GNU/Linux 12 (bookworm)"
    std::string sourcePath;      ///< the file it came from, symlinks followed: "usr/lib/os-release"
    std::size_t layerIndex = 0;  ///< the layer that holds that file
    bool busybox = false;        ///< bin/busybox is present (tells a busybox image apart when nothing else does)

    bool identified() const { return !id.empty(); }
    /// "Debian GNU/Linux 12 (bookworm)", else "id versionId", else "unknown".
    std::string displayName() const;
    /// What was read and where: "ID=debian VERSION_ID=10 in /etc/os-release (layer 1)".
    std::string evidence() const;
};

/// KEY=value lines; values unquoted ("..." and '...', with \" \\ \$ \` escapes); comments and junk skipped.
std::map<std::string, std::string> parseOsReleaseFields(std::string_view text);

/// An OsInfo from os-release text (id lower-cased, as the spec says it is).
OsInfo parseOsRelease(std::string_view text);

/// The base OS of an analysed image, from the files PackageFilesInspector captured. An OsInfo with an empty id
/// when none of them is there.
OsInfo identifyOs(const Image& image);

} // namespace dw::image
