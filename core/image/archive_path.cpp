#include "image/archive_path.h"

#include <algorithm>
#include <cstring>
#include <vector>

namespace dw::image {
namespace {

constexpr std::string_view kWhiteoutPrefix = ".wh.";
constexpr std::string_view kOpaqueMarker = ".wh..wh..opq";

bool validTarChecksum(std::string_view header)
{
    unsigned long declared = 0;
    bool digits = false;
    for (std::size_t i = 148; i < 156; ++i) {
        const char c = header[i];
        if (c >= '0' && c <= '7') {
            declared = declared * 8 + static_cast<unsigned long>(c - '0');
            digits = true;
        } else if (digits && (c == ' ' || c == '\0')) {
            break;
        } else if (c != ' ') {
            return false;
        }
    }
    unsigned long sum = 0;
    for (std::size_t i = 0; i < 512; ++i)
        sum += (i >= 148 && i < 156) ? ' ' : static_cast<unsigned char>(header[i]);
    return digits && sum == declared;
}

} // namespace

std::optional<std::string> cleanArchivePath(std::string_view raw)
{
    std::vector<std::string_view> segments;
    std::size_t start = 0;
    while (start <= raw.size()) {
        std::size_t slash = raw.find('/', start);
        if (slash == std::string_view::npos) slash = raw.size();
        const std::string_view segment = raw.substr(start, slash - start);
        if (segment == "..") {
            if (segments.empty()) return std::nullopt;
            segments.pop_back();
        } else if (!segment.empty() && segment != ".") {
            segments.push_back(segment);
        }
        start = slash + 1;
    }
    std::string cleaned;
    for (const std::string_view segment : segments) {
        if (!cleaned.empty()) cleaned += '/';
        cleaned += segment;
    }
    return cleaned;
}

std::optional<std::string> resolveArchiveLink(std::string_view linkPath, std::string_view target)
{
    if (!target.empty() && target.front() == '/') return cleanArchivePath(target);
    const std::size_t slash = linkPath.rfind('/');
    std::string joined = slash == std::string_view::npos ? std::string() : std::string(linkPath.substr(0, slash + 1));
    joined += target;
    return cleanArchivePath(joined);
}

WhiteoutInfo whiteoutOf(const std::string& cleanedPath)
{
    WhiteoutInfo info;
    const std::size_t slash = cleanedPath.rfind('/');
    const std::string_view name =
        slash == std::string::npos ? std::string_view(cleanedPath) : std::string_view(cleanedPath).substr(slash + 1);
    if (name.substr(0, kWhiteoutPrefix.size()) != kWhiteoutPrefix) return info;
    const std::string dir = slash == std::string::npos ? std::string() : cleanedPath.substr(0, slash);
    if (name == kOpaqueMarker) {
        info.kind = EntryKind::OpaqueWhiteout;
        info.path = dir;
        return info;
    }
    const std::string_view deleted = name.substr(kWhiteoutPrefix.size());
    if (deleted.substr(0, kWhiteoutPrefix.size()) == kWhiteoutPrefix || deleted.empty()) {
        info.internal = true;
        return info;
    }
    info.kind = EntryKind::Whiteout;
    info.path = dir.empty() ? std::string(deleted) : dir + "/" + std::string(deleted);
    return info;
}

BlobKind sniffBlob(std::string_view prefix)
{
    auto startsWith = [&](std::string_view magic) { return prefix.substr(0, magic.size()) == magic; };
    if (startsWith("\x1f\x8b")) return BlobKind::Gzip;
    if (startsWith("\x28\xb5\x2f\xfd")) return BlobKind::Zstd;
    if (startsWith("\xfd"
                   "7zXZ\x00"))
        return BlobKind::Xz;
    if (startsWith("BZh")) return BlobKind::Bzip2;
    if (prefix.size() >= 512) {
        const std::string_view header = prefix.substr(0, 512);
        if (header.substr(257, 5) == "ustar") return BlobKind::Tar;
        if (std::all_of(header.begin(), header.end(), [](char c) { return c == '\0'; })) return BlobKind::Tar;
        if (validTarChecksum(header)) return BlobKind::Tar;
    }
    const auto first = std::find_if(prefix.begin(), prefix.end(),
                                    [](char c) { return c != ' ' && c != '\n' && c != '\r' && c != '\t'; });
    if (first != prefix.end() && (*first == '{' || *first == '[')) return BlobKind::Json;
    return BlobKind::Unknown;
}

} // namespace dw::image
