#include "image/sbom.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <map>
#include <random>
#include <set>

namespace dw::image {
namespace {

using nlohmann::json;

/// Percent-encodes everything but unreserved characters (and ':' which purl leaves as is).
std::string purlEncode(std::string_view text)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if (std::isalnum(c) || c == '.' || c == '-' || c == '_' || c == '~' || c == ':') {
            out += char(c);
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 15];
        }
    }
    return out;
}

std::string nowRfc3339()
{
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&now, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buffer;
}

std::string defaultNamespace(PackageType type)
{
    switch (type) {
    case PackageType::Deb:
        return "debian";
    case PackageType::Apk:
        return "alpine";
    case PackageType::Rpm:
        return "redhat";
    }
    return "debian";
}

} // namespace

std::string packageUrl(const Package& package, const OsInfo& os)
{
    std::string nameSpace = os.identified() ? os.id : defaultNamespace(package.type);
    std::map<std::string, std::string> qualifiers; // sorted by key, as the canonical form wants
    if (!package.arch.empty()) qualifiers["arch"] = package.arch;
    if (os.identified() && !os.versionId.empty()) qualifiers["distro"] = os.id + "-" + os.versionId;
    if (package.type == PackageType::Rpm && !package.epoch.empty()) qualifiers["epoch"] = package.epoch;
    if (!package.source.empty()) qualifiers["upstream"] = package.source;

    std::string purl = "pkg:" + std::string(packageTypeName(package.type)) + "/" + purlEncode(nameSpace) + "/" +
                       purlEncode(package.name);
    if (!package.version.empty()) purl += "@" + purlEncode(package.version);
    char separator = '?';
    for (const auto& [key, value] : qualifiers) {
        purl += separator + key + "=" + purlEncode(value);
        separator = '&';
    }
    return purl;
}

std::string randomUuidUrn()
{
    std::random_device device;
    std::mt19937_64 generator((std::uint64_t(device()) << 32) ^ device());
    std::uint64_t high = generator(), low = generator();
    high = (high & ~0xF000ull) | 0x4000ull;           // version 4
    low = (low & ~(0xC0ull << 56)) | (0x80ull << 56); // variant 10xx
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "urn:uuid:%08x-%04x-%04x-%04x-%012llx", unsigned(high >> 32),
                  unsigned((high >> 16) & 0xFFFF), unsigned(high & 0xFFFF), unsigned(low >> 48),
                  static_cast<unsigned long long>(low & 0xFFFFFFFFFFFFull));
    return buffer;
}

std::string cycloneDxJson(const Image& image, const OsInfo& os, const PackageInventory& inventory,
                          const SbomOptions& options)
{
    const std::string imageRef = image.id.empty() ? "image" : image.id;
    json container = {{"type", "container"},
                      {"bom-ref", imageRef},
                      {"name", image.repoTags.empty() ? imageRef : image.repoTags.front()}};
    if (!image.id.empty()) container["version"] = image.id;

    json tool = {{"type", "application"}, {"name", "dockwarden"}};
    if (!options.toolVersion.empty()) tool["version"] = options.toolVersion;

    json bom = {
        {"bomFormat", "CycloneDX"},
        {"specVersion", "1.5"},
        {"serialNumber", options.serialNumber.empty() ? randomUuidUrn() : options.serialNumber},
        {"version", 1},
        {"metadata",
         {{"timestamp", options.timestamp.empty() ? nowRfc3339() : options.timestamp},
          {"tools", {{"components", json::array({tool})}}},
          {"component", container}}},
    };

    json components = json::array();
    json packageRefs = json::array();
    std::set<std::string> usedRefs = {imageRef};
    auto uniqueRef = [&](std::string ref) {
        std::string candidate = ref;
        for (int n = 2; !usedRefs.insert(candidate).second; ++n)
            candidate = ref + "#" + std::to_string(n);
        return candidate;
    };

    std::string osRef;
    if (os.identified()) {
        osRef = uniqueRef("os:" + os.id + (os.versionId.empty() ? "" : "@" + os.versionId));
        json osComponent = {{"type", "operating-system"}, {"bom-ref", osRef}, {"name", os.id}};
        if (!os.versionId.empty()) osComponent["version"] = os.versionId;
        if (!os.prettyName.empty()) osComponent["description"] = os.prettyName;
        components.push_back(std::move(osComponent));
    }

    for (const Package& package : inventory.packages) {
        const std::string purl = packageUrl(package, os);
        const std::string ref = uniqueRef(purl);
        json component = {{"type", "library"}, {"bom-ref", ref}, {"name", package.name}, {"purl", purl}};
        if (!package.version.empty()) component["version"] = package.fullVersion();
        if (!package.license.empty()) component["licenses"] = json::array({{{"license", {{"name", package.license}}}}});
        json properties = json::array({
            {{"name", "dockwarden:package:type"}, {"value", std::string(packageTypeName(package.type))}},
            {{"name", "dockwarden:layer:index"}, {"value", std::to_string(package.layerIndex)}},
        });
        if (!package.source.empty())
            properties.push_back({{"name", "dockwarden:package:source"}, {"value", package.source}});
        component["properties"] = std::move(properties);
        components.push_back(std::move(component));
        packageRefs.push_back(ref);
    }
    bom["components"] = std::move(components);

    json dependencies = json::array();
    if (!osRef.empty()) {
        dependencies.push_back({{"ref", imageRef}, {"dependsOn", json::array({osRef})}});
        dependencies.push_back({{"ref", osRef}, {"dependsOn", packageRefs}});
    } else {
        dependencies.push_back({{"ref", imageRef}, {"dependsOn", packageRefs}});
    }
    bom["dependencies"] = std::move(dependencies);
    return bom.dump(2, ' ', false, json::error_handler_t::replace); // hostile names may not be UTF-8
}

} // namespace dw::image
