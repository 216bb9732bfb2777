#include "image/os_release.h"

#include "image/packages_inspector.h"

#include "util/text.h"

#include <algorithm>
#include <cctype>

namespace dw::image {
namespace {

/// Shell-style value: "a b", 'a b', or bare; backslash escapes inside double quotes.
std::string unquote(std::string_view value)
{
    value = util::trimmed(value);
    if (value.size() >= 2 && value.front() == '\'' && value.back() == '\'')
        return std::string(value.substr(1, value.size() - 2));
    if (value.size() < 2 || value.front() != '"' || value.back() != '"') return std::string(value);
    value = value.substr(1, value.size() - 2);
    std::string out;
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (value[i] == '\\' && i + 1 < value.size() &&
            std::string_view("\"\\$`").find(value[i + 1]) != std::string_view::npos)
            ++i;
        out += value[i];
    }
    return out;
}

std::string firstLine(std::string_view text)
{
    return std::string(util::trimmed(text.substr(0, text.find('\n'))));
}

/// "CentOS Linux release 7.9.2009 (Core)" -> {centos, 7}; "Red Hat Enterprise Linux release 8.9 (Ootpa)" ->
/// {rhel, 8.9}.
OsInfo fromRedhatRelease(std::string_view text)
{
    static const std::pair<std::string_view, std::string_view> kNames[] = {
        {"centos stream", "centos"}, {"centos", "centos"},       {"red hat enterprise linux", "rhel"},
        {"rocky linux", "rocky"},    {"almalinux", "almalinux"}, {"fedora", "fedora"},
        {"oracle linux", "ol"},      {"amazon linux", "amzn"},
    };
    OsInfo os;
    std::string line = firstLine(text);
    std::string low = util::asciiLower(line);
    for (auto [prefix, id] : kNames)
        if (low.starts_with(prefix)) {
            os.id = std::string(id);
            break;
        }
    if (os.id.empty()) return os;
    if (auto at = low.find("release "); at != std::string::npos) {
        std::string_view rest = std::string_view(line).substr(at + 8);
        auto end = rest.find_first_not_of("0123456789.");
        os.versionId = std::string(rest.substr(0, end));
    }
    if (auto dot = os.versionId.find('.'); os.id == "centos" && dot != std::string::npos)
        os.versionId.resize(dot); // CentOS's os-release says "7", its redhat-release "7.9.2009"
    if (low.starts_with("centos stream")) os.name = "CentOS Stream";
    os.prettyName = line;
    return os;
}

} // namespace

std::string OsInfo::displayName() const
{
    if (!prettyName.empty()) return prettyName;
    if (!id.empty()) return versionId.empty() ? id : id + " " + versionId;
    return "unknown";
}

std::string OsInfo::evidence() const
{
    std::string out = "ID=" + id;
    if (!versionId.empty()) out += " VERSION_ID=" + versionId;
    if (!versionCodename.empty()) out += " VERSION_CODENAME=" + versionCodename;
    if (!sourcePath.empty()) out += " in /" + sourcePath + " (layer " + std::to_string(layerIndex + 1) + ")";
    return out;
}

std::map<std::string, std::string> parseOsReleaseFields(std::string_view text)
{
    std::map<std::string, std::string> fields;
    std::size_t start = 0;
    while (start < text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = util::trimmed(text.substr(start, end - start));
        start = end + 1;
        if (line.empty() || line.front() == '#') continue;
        auto eq = line.find('=');
        if (eq == std::string_view::npos || eq == 0) continue;
        std::string_view key = util::trimmed(line.substr(0, eq));
        if (!std::ranges::all_of(key, [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }))
            continue;
        fields[std::string(key)] = unquote(line.substr(eq + 1));
    }
    return fields;
}

OsInfo parseOsRelease(std::string_view text)
{
    auto fields = parseOsReleaseFields(text);
    auto get = [&](const char* key) {
        auto it = fields.find(key);
        return it == fields.end() ? std::string() : it->second;
    };
    OsInfo os;
    os.id = util::asciiLower(get("ID"));
    os.idLike = get("ID_LIKE");
    os.name = get("NAME");
    os.versionId = get("VERSION_ID");
    os.versionCodename = get("VERSION_CODENAME");
    os.prettyName = get("PRETTY_NAME");
    return os;
}

OsInfo identifyOs(const Image& image)
{
    OsInfo os;
    for (std::string_view path : {"etc/os-release", "usr/lib/os-release"}) {
        auto file = finalCapturedFile(image, path);
        if (!file) continue;
        os = parseOsRelease(file->file->content);
        os.sourcePath = file->path;
        os.layerIndex = file->file->layerIndex;
        if (os.identified()) break;
    }
    if (!os.identified()) {
        if (auto file = finalCapturedFile(image, "etc/alpine-release")) {
            os = OsInfo{};
            os.id = "alpine";
            os.versionId = firstLine(file->file->content);
            os.prettyName = "Alpine Linux v" + os.versionId;
        } else if (auto file = finalCapturedFile(image, "etc/redhat-release")) {
            os = fromRedhatRelease(file->file->content);
        } else if (auto file = finalCapturedFile(image, "etc/debian_version")) {
            os = OsInfo{};
            os.id = "debian";
            std::string version = firstLine(file->file->content); // "12.5", "bookworm/sid"
            auto dot = version.find('.');
            if (!version.empty() && std::isdigit(static_cast<unsigned char>(version[0])))
                os.versionId = version.substr(0, dot);
            else
                os.versionCodename = version;
            os.prettyName = "Debian " + version;
        }
        if (os.identified()) {
            for (std::string_view path : {"etc/alpine-release", "etc/redhat-release", "etc/debian_version"})
                if (auto file = finalCapturedFile(image, path)) {
                    os.sourcePath = file->path;
                    os.layerIndex = file->file->layerIndex;
                    break;
                }
        }
    }
    os.busybox = existsInFinalView(image, "bin/busybox");
    return os;
}

} // namespace dw::image
