#include "image/config_decode.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>

namespace dw::image {
namespace {

using nlohmann::json;

ImageError malformed(const std::string& source, const std::string& why)
{
    return ImageError{ImageErrorKind::BadManifest, source + " is malformed: " + why};
}

std::optional<json> parseObject(std::string_view text)
{
    json parsed = json::parse(text.begin(), text.end(), nullptr, false);
    if (parsed.is_discarded()) return std::nullopt;
    return parsed;
}

std::string stringAt(const json& object, const char* key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::vector<std::string> stringsAt(const json& object, const char* key)
{
    std::vector<std::string> values;
    const auto it = object.find(key);
    if (it == object.end()) return values;
    if (it->is_string()) values.push_back(it->get<std::string>());
    if (!it->is_array()) return values;
    for (const json& value : *it)
        if (value.is_string()) values.push_back(value.get<std::string>());
    return values;
}

bool validDigest(const std::string& digest)
{
    const auto colon = digest.find(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == digest.size()) return false;
    const bool algorithmOk = std::all_of(digest.begin(), digest.begin() + static_cast<std::ptrdiff_t>(colon),
                                         [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); });
    const bool hexOk = std::all_of(digest.begin() + static_cast<std::ptrdiff_t>(colon) + 1, digest.end(),
                                   [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
    return algorithmOk && hexOk;
}

std::optional<OciDescriptor> descriptorOf(const json& value)
{
    if (!value.is_object()) return std::nullopt;
    OciDescriptor descriptor;
    descriptor.mediaType = stringAt(value, "mediaType");
    descriptor.digest = stringAt(value, "digest");
    if (!validDigest(descriptor.digest)) return std::nullopt;
    const auto annotations = value.find("annotations");
    if (annotations != value.end() && annotations->is_object()) {
        for (const char* key : {"io.containerd.image.name", "org.opencontainers.image.ref.name"}) {
            const std::string name = stringAt(*annotations, key);
            if (!name.empty()) descriptor.names.push_back(name);
        }
    }
    return descriptor;
}

} // namespace

ImageExpected<ImageConfig> decodeImageConfig(std::string_view text, const std::string& source)
{
    const auto parsed = parseObject(text);
    if (!parsed) return malformed(source, "not valid JSON");
    if (!parsed->is_object()) return malformed(source, "not a JSON object");
    const json& root = *parsed;
    ImageConfig config;
    config.architecture = stringAt(root, "architecture");
    config.os = stringAt(root, "os");
    config.variant = stringAt(root, "variant");
    config.created = stringAt(root, "created");
    const auto runtime = root.find("config");
    if (runtime != root.end() && runtime->is_object()) {
        config.user = stringAt(*runtime, "User");
        config.env = stringsAt(*runtime, "Env");
        config.entrypoint = stringsAt(*runtime, "Entrypoint");
        config.cmd = stringsAt(*runtime, "Cmd");
        config.workingDir = stringAt(*runtime, "WorkingDir");
        const auto health = runtime->find("Healthcheck");
        if (health != runtime->end() && health->is_object() && health->contains("Test"))
            config.healthcheckTest = stringsAt(*health, "Test");
        const auto labels = runtime->find("Labels");
        if (labels != runtime->end() && labels->is_object())
            for (const auto& [key, value] : labels->items())
                if (value.is_string()) config.labels[key] = value.get<std::string>();
        const auto ports = runtime->find("ExposedPorts");
        if (ports != runtime->end() && ports->is_object())
            for (const auto& item : ports->items())
                config.exposedPorts.push_back(item.key());
        const auto volumes = runtime->find("Volumes");
        if (volumes != runtime->end() && volumes->is_object())
            for (const auto& item : volumes->items())
                config.volumes.push_back(item.key());
    }
    const auto rootfs = root.find("rootfs");
    if (rootfs == root.end() || !rootfs->is_object()) return malformed(source, "no \"rootfs\" object");
    const auto diffIds = rootfs->find("diff_ids");
    if (diffIds == rootfs->end() || !diffIds->is_array()) return malformed(source, "no \"rootfs.diff_ids\" array");
    for (const json& id : *diffIds) {
        if (!id.is_string() || !validDigest(id.get<std::string>()))
            return malformed(source, "\"rootfs.diff_ids\" holds something that is not a digest");
        config.diffIds.push_back(id.get<std::string>());
    }
    const auto history = root.find("history");
    if (history != root.end() && history->is_array()) {
        for (const json& item : *history) {
            if (!item.is_object()) return malformed(source, "a \"history\" entry is not an object");
            HistoryEntry entry;
            entry.created = stringAt(item, "created");
            entry.createdBy = stringAt(item, "created_by");
            entry.comment = stringAt(item, "comment");
            const auto empty = item.find("empty_layer");
            entry.emptyLayer = empty != item.end() && empty->is_boolean() && empty->get<bool>();
            config.history.push_back(std::move(entry));
        }
    }
    return config;
}

ImageExpected<std::vector<SavedImageEntry>> decodeSavedManifest(std::string_view text, const std::string& source)
{
    const auto parsed = parseObject(text);
    if (!parsed) return malformed(source, "not valid JSON");
    if (!parsed->is_array()) return malformed(source, "not a JSON array");
    std::vector<SavedImageEntry> entries;
    for (const json& item : *parsed) {
        if (!item.is_object()) return malformed(source, "an entry is not an object");
        SavedImageEntry entry;
        entry.config = stringAt(item, "Config");
        if (entry.config.empty()) return malformed(source, "an entry has no \"Config\"");
        entry.repoTags = stringsAt(item, "RepoTags");
        const auto layers = item.find("Layers");
        if (layers == item.end() || !layers->is_array()) return malformed(source, "an entry has no \"Layers\" array");
        for (const json& layer : *layers) {
            if (!layer.is_string()) return malformed(source, "a \"Layers\" item is not a string");
            entry.layers.push_back(layer.get<std::string>());
        }
        entries.push_back(std::move(entry));
    }
    return entries;
}

bool isOciIndexDocument(std::string_view text)
{
    const auto parsed = parseObject(text);
    if (!parsed || !parsed->is_object()) return false;
    const std::string mediaType = stringAt(*parsed, "mediaType");
    if (mediaType.find("index") != std::string::npos || mediaType.find("manifest.list") != std::string::npos)
        return true;
    return parsed->contains("manifests") && !parsed->contains("layers");
}

ImageExpected<std::vector<OciDescriptor>> decodeOciIndex(std::string_view text, const std::string& source)
{
    const auto parsed = parseObject(text);
    if (!parsed) return malformed(source, "not valid JSON");
    if (!parsed->is_object()) return malformed(source, "not a JSON object");
    const auto manifests = parsed->find("manifests");
    if (manifests == parsed->end() || !manifests->is_array()) return malformed(source, "no \"manifests\" array");
    std::vector<OciDescriptor> descriptors;
    for (const json& item : *manifests) {
        auto descriptor = descriptorOf(item);
        if (!descriptor) return malformed(source, "a manifest descriptor has no valid \"digest\"");
        descriptors.push_back(std::move(*descriptor));
    }
    return descriptors;
}

ImageExpected<OciManifest> decodeOciManifest(std::string_view text, const std::string& source)
{
    const auto parsed = parseObject(text);
    if (!parsed) return malformed(source, "not valid JSON");
    if (!parsed->is_object()) return malformed(source, "not a JSON object");
    OciManifest manifest;
    const auto config = parsed->find("config");
    auto configDescriptor = config == parsed->end() ? std::nullopt : descriptorOf(*config);
    if (!configDescriptor) return malformed(source, "no \"config\" descriptor with a valid digest");
    manifest.config = std::move(*configDescriptor);
    const auto layers = parsed->find("layers");
    if (layers == parsed->end() || !layers->is_array()) return malformed(source, "no \"layers\" array");
    for (const json& item : *layers) {
        auto descriptor = descriptorOf(item);
        if (!descriptor) return malformed(source, "a layer descriptor has no valid \"digest\"");
        manifest.layers.push_back(std::move(*descriptor));
    }
    return manifest;
}

std::string blobPath(const std::string& digest)
{
    const auto colon = digest.find(':');
    return "blobs/" + digest.substr(0, colon) + "/" + digest.substr(colon + 1);
}

} // namespace dw::image
