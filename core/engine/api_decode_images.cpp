// Decoders of /images/json, /images/{id}/json and /images/{id}/history.
#include "engine/api_decode.h"
#include "engine/api_decode_parts.h"

namespace dw::engine {
namespace decode {
namespace {

void decodeManifestSummary(const JsonNode& node, ImageManifestSummary& out)
{
    node["ID"].read(out.id);
    decodeOciDescriptor(node["Descriptor"], out.descriptor);
    node["Available"].read(out.available);
    node["Size"]["Total"].read(out.sizeTotal);
    node["Size"]["Content"].read(out.sizeContent);
    node["Kind"].read(out.kind);
    node["ImageData"]["Platform"]["os"].read(out.platformOs);
    node["ImageData"]["Platform"]["architecture"].read(out.platformArchitecture);
    node["AttestationData"]["For"].read(out.attestationFor);
}

/// Old daemons list untagged images as "<none>:<none>" and "<none>@<none>"; newer ones send [] or null.
void dropNonePlaceholders(std::vector<std::string>& names)
{
    std::erase_if(names, [](const std::string& name) { return name == "<none>:<none>" || name == "<none>@<none>"; });
}

void decodeImageDetailsNode(const JsonNode& node, ImageDetails& out)
{
    if (!node.expectObject()) return;
    node["Id"].read(out.id);
    node["RepoTags"].read(out.repoTags);
    node["RepoDigests"].read(out.repoDigests);
    node["Parent"].read(out.parent);
    node["Comment"].read(out.comment);
    node["Created"].read(out.created);
    node["DockerVersion"].read(out.dockerVersion);
    node["Author"].read(out.author);
    node["Architecture"].read(out.architecture);
    node["Variant"].read(out.variant);
    node["Os"].read(out.os);
    node["Size"].read(out.size);
    decodeContainerConfig(node["Config"], out.config);
    node["RootFS"]["Type"].read(out.rootFsType);
    node["RootFS"]["Layers"].read(out.layers);
    node["Metadata"]["LastTagTime"].read(out.lastTagTime);
    if (JsonNode descriptor = node["Descriptor"]; !descriptor.isNull()) {
        OciDescriptor value;
        decodeOciDescriptor(descriptor, value);
        out.descriptor = std::move(value);
    }
    dropNonePlaceholders(out.repoTags);
    dropNonePlaceholders(out.repoDigests);
}

void decodeHistoryEntry(const JsonNode& node, ImageHistoryEntry& out)
{
    node["Id"].read(out.id);
    node["Created"].read(out.created);
    node["CreatedBy"].read(out.createdBy);
    node["Tags"].read(out.tags);
    node["Size"].read(out.size);
    node["Comment"].read(out.comment);
}

} // namespace

void decodeOciDescriptor(const JsonNode& node, OciDescriptor& out)
{
    node["mediaType"].read(out.mediaType);
    node["digest"].read(out.digest);
    node["size"].read(out.size);
}

void decodeImageSummary(const JsonNode& node, ImageSummary& out)
{
    if (!node.expectObject()) return;
    node["Id"].read(out.id);
    node["ParentId"].read(out.parentId);
    node["RepoTags"].read(out.repoTags);
    node["RepoDigests"].read(out.repoDigests);
    node["Created"].read(out.created);
    node["Size"].read(out.size);
    node["SharedSize"].read(out.sharedSize);
    node["Containers"].read(out.containers);
    node["Labels"].read(out.labels);
    if (JsonNode descriptor = node["Descriptor"]; !descriptor.isNull()) {
        OciDescriptor value;
        decodeOciDescriptor(descriptor, value);
        out.descriptor = std::move(value);
    }
    node["Manifests"].readList(out.manifests, decodeManifestSummary);
    dropNonePlaceholders(out.repoTags);
    dropNonePlaceholders(out.repoDigests);
}

} // namespace decode

std::optional<std::vector<ImageSummary>> decodeImageList(std::string_view body, DecodeError& error)
{
    return decode::decodeListDocument<ImageSummary>(body, "/images/json", error, decode::decodeImageSummary);
}

std::optional<ImageDetails> decodeImageDetails(std::string_view body, DecodeError& error)
{
    return decode::decodeDocument<ImageDetails>(body, "/images/{id}/json", error, decode::decodeImageDetailsNode);
}

std::optional<std::vector<ImageHistoryEntry>> decodeImageHistory(std::string_view body, DecodeError& error)
{
    return decode::decodeDocument<std::vector<ImageHistoryEntry>>(
        body, "/images/{id}/history", error, [](const decode::JsonNode& root, std::vector<ImageHistoryEntry>& out) {
            if (root.expectArray()) root.readList(out, decode::decodeHistoryEntry);
        });
}

} // namespace dw::engine
