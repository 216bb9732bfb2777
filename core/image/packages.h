// The OS package inventory: dpkg's status file (and status.d/ of distroless images), apk's installed database
// and rpm's sqlite database, read from the bodies PackageFilesInspector kept. Every parser takes hostile input:
// malformed text is skipped, a corrupt database is a warning, nothing crashes or runs away.
#pragma once

#include "image/image_model.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace dw::image {

enum class PackageType { Deb, Apk, Rpm };

std::string_view packageTypeName(PackageType type); ///< "deb", "apk", "rpm"

struct Package {
    PackageType type = PackageType::Deb;
    std::string name;
    std::string version;        ///< as the package manager prints it; rpm: "version-release" (epoch apart)
    std::string epoch;          ///< rpm's EPOCH when set ("1"); dpkg keeps its epoch inside `version`
    std::string arch;           ///< "amd64", "x86_64", "noarch"
    std::string source;         ///< dpkg Source (name only), apk origin, rpm SOURCERPM; empty when the same as name
    std::string license;        ///< apk L:, rpm LICENSE; dpkg has none in its database
    std::size_t layerIndex = 0; ///< the lowest layer since which this name and version have been installed

    /// "1:2.3-4" for rpm with an epoch; else `version`.
    std::string fullVersion() const;
};

/// What one parser made of one database.
struct PackageParse {
    std::vector<Package> packages;
    std::vector<std::string> warnings; ///< "rpmdb.sqlite: not a sqlite database", "3 malformed rpm headers"
};

/// dpkg status (or one status.d file): stanzas of "Field: value" with indented continuation lines; only
/// packages whose Status ends in "installed" count.
PackageParse parseDpkgStatus(std::string_view text, std::size_t layerIndex);
/// The same for distroless's status.d/ files, which may carry no Status field (then the package is installed).
PackageParse parseDpkgStatus(std::string_view text, std::size_t layerIndex, bool statusRequired);

/// apk's lib/apk/db/installed: blank-line separated records of "X:value" lines.
PackageParse parseApkInstalled(std::string_view text, std::size_t layerIndex);

/// rpm's sqlite database (Packages(hnum, blob)), opened in memory from the captured bytes.
PackageParse parseRpmSqlite(std::string_view bytes, std::size_t layerIndex);

/// One rpm header blob as rpm stores it in the database: index count and data length (big-endian), 16-byte
/// index entries, then the data. False when the blob is malformed or has no NAME.
bool parseRpmHeader(std::string_view blob, Package& out);

struct PackageInventory {
    std::vector<Package> packages;      ///< sorted by type, then name, then version
    std::vector<std::string> databases; ///< the files read: "var/lib/dpkg/status"
    std::vector<std::string> warnings;
};

/// The packages installed in the image's final view, each with the layer that installed its current version.
PackageInventory readPackages(const Image& image);

} // namespace dw::image
