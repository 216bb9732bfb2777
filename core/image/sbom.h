// The image's software bill of materials as CycloneDX 1.5 JSON: the image as the described component, its base
// OS, and one library component per OS package with a package URL.
#pragma once

#include "image/image_model.h"
#include "image/os_release.h"
#include "image/packages.h"

#include <string>

namespace dw::image {

struct SbomOptions {
    std::string serialNumber; ///< "urn:uuid:<RFC 4122 uuid>"; empty = a new random one
    std::string timestamp;    ///< RFC 3339 UTC; empty = now
    std::string toolVersion;  ///< dockwarden's version, for metadata.tools
};

/// "pkg:deb/debian/libc6@2.36-9%2Bdeb12u4?arch=amd64&distro=debian-12&upstream=glibc". Qualifiers in key order,
/// components percent-encoded; rpm's epoch goes in an `epoch` qualifier, as the purl spec asks.
std::string packageUrl(const Package& package, const OsInfo& os);

/// "urn:uuid:" and a random version-4 uuid.
std::string randomUuidUrn();

/// The CycloneDX 1.5 document, pretty-printed.
std::string cycloneDxJson(const Image& image, const OsInfo& os, const PackageInventory& inventory,
                          const SbomOptions& options = {});

} // namespace dw::image
