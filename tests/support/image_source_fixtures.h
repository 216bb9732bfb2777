// Fixtures and comparisons shared by the image source tests: three layers that cover every entry kind,
// whiteouts and both compressions, an inspector that records what it was shown, and entry comparisons.
#pragma once

#include "image/content_inspector.h"
#include "image/image_error.h"
#include "image/image_model.h"
#include "image_archive_builder.h"

#define XXH_INLINE_ALL
#include <xxhash.h>

#include <QString>

#include <string>
#include <utility>
#include <vector>

namespace dw::test {

using namespace dw::image;

inline std::uint64_t xxh(const std::string& body)
{
    return XXH64(body.data(), body.size(), 0);
}

inline const std::string kPasswd = "root:x:0:0::/root:/bin/sh\n";
inline const std::string kOsRelease = "ID=alpine\nVERSION_ID=3.19\n";
inline const std::string kKey = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n";

inline FixtureLayer baseLayer()
{
    TarBuilder tar;
    tar.dir("bin/").file("bin/sh", "#!busybox", 0755).symlink("bin/ls", "sh").hardlink("bin/ash", "bin/sh");
    tar.file("etc/passwd", kPasswd).file("usr/bin/su", "su", 04755, 0, 0);
    tar.file("etc/os-release", kOsRelease, 0644, 1000, 1001);
    return {tar.bytes(), Compression::None, "COPY rootfs /"};
}

inline FixtureLayer gzipLayer()
{
    TarBuilder tar;
    tar.file("tmp/cache.bin", std::string(3000, 'x')).file("etc/.wh.passwd", "");
    tar.dir("var/cache/").file("var/cache/.wh..wh..opq", "").file("root/.ssh/id_rsa", kKey, 0600);
    return {tar.bytes(), Compression::Gzip, "RUN /bin/sh -c rm /etc/passwd"};
}

inline FixtureLayer zstdLayer()
{
    TarBuilder tar;
    tar.file("./app/run", "run").file("/abs/file", "abs").file("app//x", "x").fifo("app/pipe");
    return {tar.bytes(), Compression::Zstd, "COPY app /app"};
}

inline FixtureImage threeLayerImage()
{
    FixtureImage image;
    image.layers = {baseLayer(), gzipLayer(), zstdLayer()};
    image.tags = {"app:1.0", "app:latest"};
    return image;
}

/// Keeps os-release's first 8 bytes and notes private keys, as the real inspectors will.
class RecordingInspector : public ContentInspector {
  public:
    std::uint64_t wantedBytes(const LayerEntry& entry) const override
    {
        if (entry.path == "etc/os-release") return 8;
        if (entry.path.size() >= 6 && entry.path.compare(entry.path.size() - 6, 6, "id_rsa") == 0) return 4096;
        return 0;
    }
    void inspect(const LayerEntry& entry, std::string_view body, bool truncated, LayerContent& out) override
    {
        if (entry.path == "etc/os-release")
            out.captured.push_back({0, entry.path, std::string(body), truncated});
        else if (body.rfind("-----BEGIN", 0) == 0)
            out.hits.push_back({0, "DWI101", entry.path, "private key"});
    }
};

inline QString errorText(const ImageError& error)
{
    return QString::fromLatin1(imageErrorKindName(error.kind)) + ": " + QString::fromStdString(error.message);
}

#define REQUIRE_IMAGE(result) QVERIFY2((result).ok(), (result).ok() ? "" : qPrintable(errorText((result).error())))

inline std::vector<std::pair<std::string, EntryKind>> pathsAndKinds(const Layer& layer)
{
    std::vector<std::pair<std::string, EntryKind>> list;
    for (const LayerEntry& entry : layer.entries)
        list.emplace_back(entry.path, entry.kind);
    return list;
}

inline const LayerEntry* findEntry(const Layer& layer, const std::string& path)
{
    for (const LayerEntry& entry : layer.entries)
        if (entry.path == path) return &entry;
    return nullptr;
}

inline bool sameEntries(const Image& a, const Image& b)
{
    if (a.layers.size() != b.layers.size()) return false;
    for (std::size_t i = 0; i < a.layers.size(); ++i) {
        const auto& x = a.layers[i].entries;
        const auto& y = b.layers[i].entries;
        if (a.layers[i].diffId != b.layers[i].diffId || x.size() != y.size()) return false;
        for (std::size_t j = 0; j < x.size(); ++j)
            if (x[j].path != y[j].path || x[j].kind != y[j].kind || x[j].size != y[j].size || x[j].mode != y[j].mode ||
                x[j].uid != y[j].uid || x[j].gid != y[j].gid || x[j].linkTarget != y[j].linkTarget ||
                x[j].contentHash != y[j].contentHash)
                return false;
    }
    return true;
}

} // namespace dw::test
