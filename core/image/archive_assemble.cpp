#include "image/archive_assemble.h"

#include "image/archive_digest.h"
#include "image/archive_path.h"
#include "image/config_decode.h"

#include <algorithm>

namespace dw::image {
namespace {

constexpr int kMaxLinkHops = 16;
constexpr int kMaxIndexDepth = 4;

ImageError badManifest(std::string message)
{
    return ImageError{ImageErrorKind::BadManifest, std::move(message)};
}

/// "docker.io/library/app:1.0" -> "app:1.0", "docker.io/user/app:1" -> "user/app:1", as docker prints them.
std::string shortImageName(std::string name)
{
    for (const std::string prefix : {"docker.io/library/", "docker.io/", "index.docker.io/library/"})
        if (name.rfind(prefix, 0) == 0) return name.substr(prefix.size());
    return name;
}

/// The digest a member's own name promises: "blobs/sha256/<hex>" and docker's "<64 hex>.json" configs.
std::string digestFromName(const std::string& path)
{
    const auto isHex = [](const std::string& text) {
        return !text.empty() && std::all_of(text.begin(), text.end(),
                                            [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
    };
    if (path.rfind("blobs/sha256/", 0) == 0 && isHex(path.substr(13)) && path.size() == 13 + 64)
        return "sha256:" + path.substr(13);
    if (path.size() == 64 + 5 && path.compare(64, 5, ".json") == 0 && isHex(path.substr(0, 64)))
        return "sha256:" + path.substr(0, 64);
    return {};
}

ImageExpected<std::string> cleanedMember(const std::string& raw, const std::string& describedBy)
{
    const auto cleaned = cleanArchivePath(raw);
    if (!cleaned || cleaned->empty())
        return badManifest(describedBy + " names '" + raw + "', which is not a path inside the archive");
    return *cleaned;
}

ImageExpected<std::vector<ImageCandidate>> fromSavedManifest(const ArchiveContents& contents)
{
    auto entries = decodeSavedManifest(contents.json.at("manifest.json"), "manifest.json of " + contents.label);
    if (!entries) return entries.error();
    std::vector<ImageCandidate> images;
    for (const SavedImageEntry& entry : entries.value()) {
        ImageCandidate image;
        image.describedBy = "manifest.json";
        auto config = cleanedMember(entry.config, image.describedBy);
        if (!config) return config.error();
        image.configPath = config.value();
        image.repoTags = entry.repoTags;
        for (const std::string& layer : entry.layers) {
            auto path = cleanedMember(layer, image.describedBy);
            if (!path) return path.error();
            image.layerPaths.push_back(path.value());
        }
        images.push_back(std::move(image));
    }
    return images;
}

/// Follows one index descriptor down to image manifests; nested indexes (multi-platform) are walked too.
std::optional<ImageError> collectFromIndex(const ArchiveContents& contents, const OciDescriptor& descriptor,
                                           std::vector<std::string> names, int depth,
                                           std::vector<ImageCandidate>& images, std::vector<std::string>& missing)
{
    if (depth > kMaxIndexDepth) return badManifest("index.json of " + contents.label + " nests indexes too deeply");
    for (const std::string& name : descriptor.names)
        if (name.find(':') != std::string::npos || name.find('/') != std::string::npos)
            names.push_back(shortImageName(name));
    if (names.empty() && !descriptor.names.empty()) names.push_back(descriptor.names.front());
    const std::string path = resolveArchiveMember(contents, blobPath(descriptor.digest));
    const auto document = contents.json.find(path);
    if (document == contents.json.end()) {
        missing.push_back(path);
        return std::nullopt;
    }
    if (Sha256::of(document->second) != descriptor.digest && descriptor.digest.rfind("sha256:", 0) == 0)
        return badManifest(path + " in " + contents.label + " does not hash to its name " + descriptor.digest);
    if (isOciIndexDocument(document->second)) {
        auto nested = decodeOciIndex(document->second, path + " of " + contents.label);
        if (!nested) return nested.error();
        for (const OciDescriptor& child : nested.value())
            if (auto error = collectFromIndex(contents, child, names, depth + 1, images, missing)) return error;
        return std::nullopt;
    }
    auto manifest = decodeOciManifest(document->second, path + " of " + contents.label);
    if (!manifest) return manifest.error();
    ImageCandidate image;
    image.describedBy = "index.json";
    image.configPath = blobPath(manifest.value().config.digest);
    image.configDigest = manifest.value().config.digest;
    image.repoTags = names;
    for (const OciDescriptor& layer : manifest.value().layers) {
        image.layerPaths.push_back(blobPath(layer.digest));
        image.layerDigests.push_back(layer.digest);
    }
    images.push_back(std::move(image));
    return std::nullopt;
}

ImageExpected<std::vector<ImageCandidate>> fromOciIndex(const ArchiveContents& contents)
{
    auto descriptors = decodeOciIndex(contents.json.at("index.json"), "index.json of " + contents.label);
    if (!descriptors) return descriptors.error();
    std::vector<ImageCandidate> images;
    std::vector<std::string> missing;
    for (const OciDescriptor& descriptor : descriptors.value())
        if (auto error = collectFromIndex(contents, descriptor, {}, 0, images, missing)) return *error;
    if (images.empty() && !missing.empty())
        return badManifest("manifest " + missing.front() + " named by index.json is not in " + contents.label);
    return images;
}

std::string imageIdOf(const ArchiveContents& contents, const ImageCandidate& image)
{
    const auto config = contents.json.find(resolveArchiveMember(contents, image.configPath));
    return config == contents.json.end() ? std::string() : Sha256::of(config->second);
}

bool nameMatches(const ImageCandidate& image, const std::string& id, const std::string& wanted)
{
    const std::string shortName = shortImageName(wanted);
    const bool hasTag =
        shortName.find(':', shortName.rfind('/') == std::string::npos ? 0 : shortName.rfind('/')) != std::string::npos;
    for (const std::string& tag : image.repoTags) {
        const std::string shortTag = shortImageName(tag);
        if (shortTag == shortName || (!hasTag && shortTag == shortName + ":latest")) return true;
    }
    if (id.empty()) return false;
    const std::string hex = wanted.rfind("sha256:", 0) == 0 ? wanted.substr(7) : wanted;
    return hex.size() >= 4 && id.compare(7, hex.size(), hex) == 0;
}

} // namespace

std::string resolveArchiveMember(const ArchiveContents& contents, const std::string& path)
{
    std::string current = path;
    for (int hop = 0; hop < kMaxLinkHops; ++hop) {
        const auto link = contents.links.find(current);
        if (link == contents.links.end()) return current;
        current = link->second;
    }
    return current;
}

ImageExpected<std::vector<ImageCandidate>> listArchiveImages(const ArchiveContents& contents)
{
    if (contents.json.count("manifest.json")) return fromSavedManifest(contents);
    if (contents.json.count("index.json")) return fromOciIndex(contents);
    for (const char* name : {"manifest.json", "index.json"})
        if (contents.oversizedJson.count(name))
            return ImageError{ImageErrorKind::LimitExceeded,
                              std::string(name) + " of " + contents.label + " is larger than the JSON size limit"};
    return ImageError{ImageErrorKind::NotAnImage,
                      contents.label + " is not an image archive: it has neither manifest.json nor index.json"};
}

ImageExpected<ImageCandidate> pickArchiveImage(const std::vector<ImageCandidate>& images,
                                               const ArchiveContents& contents, const std::string& name)
{
    if (images.empty()) return badManifest(contents.label + " lists no image");
    if (name.empty()) return images.front();
    std::string available;
    for (const ImageCandidate& image : images) {
        const std::string id = imageIdOf(contents, image);
        if (nameMatches(image, id, name)) return image;
        if (!available.empty()) available += ", ";
        if (!image.repoTags.empty()) {
            for (std::size_t i = 0; i < image.repoTags.size(); ++i)
                available += (i ? ", " : "") + image.repoTags[i];
        } else {
            available += id.empty() ? image.configPath : id.substr(0, 19) + " (untagged)";
        }
    }
    return ImageError{ImageErrorKind::NotFound,
                      "no image '" + name + "' in " + contents.label + "; it holds: " + available};
}

ImageExpected<Image> assembleArchiveImage(ArchiveContents& contents, const ImageCandidate& candidate)
{
    const std::string configPath = resolveArchiveMember(contents, candidate.configPath);
    const auto configText = contents.json.find(configPath);
    if (configText == contents.json.end()) {
        if (contents.oversizedJson.count(configPath))
            return ImageError{ImageErrorKind::LimitExceeded,
                              "config " + configPath + " of " + contents.label + " is larger than the JSON size limit"};
        return badManifest("config " + candidate.configPath + " named by " + candidate.describedBy + " is not in " +
                           contents.label);
    }
    Image image;
    image.id = Sha256::of(configText->second);
    const std::string promised = !candidate.configDigest.empty() ? candidate.configDigest : digestFromName(configPath);
    if (!promised.empty() && promised.rfind("sha256:", 0) == 0 && promised != image.id)
        return badManifest("config " + configPath + " hashes to " + image.id + ", not to " + promised +
                           " as its name says");
    auto config = decodeImageConfig(configText->second, "config " + configPath + " of " + contents.label);
    if (!config) return config.error();
    image.config = std::move(config.value());
    image.repoTags = candidate.repoTags;
    if (candidate.layerPaths.size() != image.config.diffIds.size())
        return badManifest(candidate.describedBy + " lists " + std::to_string(candidate.layerPaths.size()) +
                           " layers but config " + configPath + " has " + std::to_string(image.config.diffIds.size()) +
                           " rootfs.diff_ids");

    std::vector<std::string> resolved;
    for (const std::string& path : candidate.layerPaths)
        resolved.push_back(resolveArchiveMember(contents, path));
    std::set<std::string> warned;
    for (std::size_t i = 0; i < resolved.size(); ++i) {
        const auto found = contents.layers.find(resolved[i]);
        if (found == contents.layers.end())
            return badManifest("layer " + candidate.layerPaths[i] + " named by " + candidate.describedBy +
                               " is not in " + contents.label + " (or is not a layer)");
        const LayerBlob& blob = found->second;
        std::string promisedBlob =
            i < candidate.layerDigests.size() ? candidate.layerDigests[i] : digestFromName(resolved[i]);
        if (!promisedBlob.empty() && promisedBlob.rfind("sha256:", 0) == 0 && promisedBlob != blob.blobDigest)
            return badManifest("layer " + resolved[i] + " hashes to " + blob.blobDigest + ", not to " + promisedBlob +
                               " as " + candidate.describedBy + " says");
        if (blob.layer.diffId != image.config.diffIds[i])
            return badManifest("layer " + resolved[i] + " has diff id " + blob.layer.diffId + ", but rootfs.diff_ids[" +
                               std::to_string(i) + "] in config " + configPath + " is " + image.config.diffIds[i]);
        if (warned.insert(resolved[i]).second)
            image.warnings.insert(image.warnings.end(), blob.warnings.begin(), blob.warnings.end());
        for (CapturedFile captured : blob.content.captured) {
            captured.layerIndex = i;
            image.captured.push_back(std::move(captured));
        }
        for (ContentHit hit : blob.content.hits) {
            hit.layerIndex = i;
            image.contentHits.push_back(std::move(hit));
        }
        const bool lastUse = std::find(resolved.begin() + static_cast<std::ptrdiff_t>(i) + 1, resolved.end(),
                                       resolved[i]) == resolved.end();
        // Moved on its last use: a copy of a layer with a million entries is hundreds of MB.
        if (lastUse)
            image.layers.push_back(std::move(found->second.layer));
        else
            image.layers.push_back(blob.layer);
    }

    std::size_t layerIndex = 0;
    for (const HistoryEntry& entry : image.config.history) {
        if (entry.emptyLayer) continue;
        if (layerIndex < image.layers.size()) image.layers[layerIndex].history = entry;
        ++layerIndex;
    }
    if (layerIndex != image.layers.size() && !image.config.history.empty())
        image.warnings.push_back("config " + configPath + " has " + std::to_string(layerIndex) +
                                 " history entries that made a layer, but the image has " +
                                 std::to_string(image.layers.size()) + " layers");
    image.warnings.insert(image.warnings.begin(), contents.warnings.begin(), contents.warnings.end());
    return image;
}

} // namespace dw::image
