// The two text databases: dpkg's status and apk's installed.
#include "image/packages.h"

#include "util/text.h"

#include <cctype>
#include <map>
#include <string>

namespace dw::image {
namespace {

/// Calls `onRecord(lines)` for every blank-line separated record of `text`.
template <typename OnRecord> void forEachRecord(std::string_view text, OnRecord onRecord)
{
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        start = end + 1;
        if (util::trimmed(line).empty()) {
            if (!lines.empty()) onRecord(lines);
            lines.clear();
        } else {
            lines.push_back(line);
        }
    }
    if (!lines.empty()) onRecord(lines);
}

std::string countWarning(std::size_t count, std::string_view what)
{
    return std::to_string(count) + " " + std::string(what);
}

} // namespace

std::string_view packageTypeName(PackageType type)
{
    switch (type) {
    case PackageType::Deb:
        return "deb";
    case PackageType::Apk:
        return "apk";
    case PackageType::Rpm:
        return "rpm";
    }
    return "deb";
}

std::string Package::fullVersion() const
{
    return epoch.empty() || epoch == "0" ? version : epoch + ":" + version;
}

PackageParse parseDpkgStatus(std::string_view text, std::size_t layerIndex, bool statusRequired)
{
    PackageParse out;
    std::size_t malformed = 0;
    forEachRecord(text, [&](const std::vector<std::string_view>& lines) {
        std::map<std::string, std::string> fields;
        for (std::string_view line : lines) {
            if (line.front() == ' ' || line.front() == '\t') continue; // continuation of a multi-line field
            auto colon = line.find(':');
            if (colon == std::string_view::npos || colon == 0) continue;
            fields.emplace(util::asciiLower(util::trimmed(line.substr(0, colon))), std::string(util::trimmed(line.substr(colon + 1))));
        }
        auto get = [&](const char* key) {
            auto it = fields.find(key);
            return it == fields.end() ? std::string() : it->second;
        };
        std::string status = get("status");
        if (status.empty() ? statusRequired : !status.ends_with(" installed")) return;
        Package p;
        p.type = PackageType::Deb;
        p.name = get("package");
        p.version = get("version");
        if (p.name.empty() || p.version.empty()) {
            ++malformed;
            return;
        }
        p.arch = get("architecture");
        std::string source = get("source"); // "glibc (2.36-9+deb12u4)" when the versions differ
        source = std::string(util::trimmed(source.substr(0, source.find('('))));
        if (source != p.name) p.source = source;
        p.layerIndex = layerIndex;
        out.packages.push_back(std::move(p));
    });
    if (malformed) out.warnings.push_back(countWarning(malformed, "dpkg records without Package or Version"));
    return out;
}

PackageParse parseDpkgStatus(std::string_view text, std::size_t layerIndex)
{
    return parseDpkgStatus(text, layerIndex, true);
}

PackageParse parseApkInstalled(std::string_view text, std::size_t layerIndex)
{
    PackageParse out;
    std::size_t malformed = 0;
    forEachRecord(text, [&](const std::vector<std::string_view>& lines) {
        Package p;
        p.type = PackageType::Apk;
        p.layerIndex = layerIndex;
        for (std::string_view line : lines) {
            if (line.size() < 2 || line[1] != ':') continue;
            std::string value(util::trimmed(line.substr(2)));
            switch (line[0]) {
            case 'P':
                p.name = value;
                break;
            case 'V':
                p.version = value;
                break;
            case 'A':
                p.arch = value;
                break;
            case 'o':
                p.source = value;
                break;
            case 'L':
                p.license = value;
                break;
            default:
                break;
            }
        }
        if (p.name.empty() || p.version.empty()) {
            ++malformed;
            return;
        }
        if (p.source == p.name) p.source.clear();
        out.packages.push_back(std::move(p));
    });
    if (malformed) out.warnings.push_back(countWarning(malformed, "apk records without P: or V:"));
    return out;
}

} // namespace dw::image
