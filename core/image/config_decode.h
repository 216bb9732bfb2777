// Decoding the JSON documents of an image archive: the image config, docker save's manifest.json and the
// OCI index/manifest documents. Malformed input is a BadManifest error naming the document, never a throw.
#pragma once

#include "image/image_error.h"
#include "image/image_model.h"

#include <string>
#include <string_view>
#include <vector>

namespace dw::image {

/// An image config (application/vnd.oci.image.config.v1+json or docker's). `source` names it in errors.
ImageExpected<ImageConfig> decodeImageConfig(std::string_view json, const std::string& source);

/// One entry of docker save's manifest.json.
struct SavedImageEntry {
    std::string config;                ///< member path of the config, "abc.json" or "blobs/sha256/<hex>"
    std::vector<std::string> repoTags; ///< may be empty (an image saved by id)
    std::vector<std::string> layers;   ///< member paths, bottom first
};
ImageExpected<std::vector<SavedImageEntry>> decodeSavedManifest(std::string_view json, const std::string& source);

/// An OCI content descriptor.
struct OciDescriptor {
    std::string mediaType;
    std::string digest; ///< "sha256:<hex>", validated: algorithm [a-z0-9]+, hex digits only
    std::vector<std::string>
        names; ///< from the io.containerd.image.name / org.opencontainers.image.ref.name annotations
};

/// An OCI index (index.json or an image index blob): its manifests.
ImageExpected<std::vector<OciDescriptor>> decodeOciIndex(std::string_view json, const std::string& source);

/// An OCI image manifest: the config descriptor and the layer descriptors.
struct OciManifest {
    OciDescriptor config;
    std::vector<OciDescriptor> layers;
};
ImageExpected<OciManifest> decodeOciManifest(std::string_view json, const std::string& source);

/// True for documents that are an index (media type or a "manifests" array) rather than a manifest.
bool isOciIndexDocument(std::string_view json);

/// "blobs/<alg>/<hex>" for a validated digest.
std::string blobPath(const std::string& digest);

} // namespace dw::image
