// Fixtures of the OS and package tests: images built in memory the way the archive reader builds them (entries,
// plus the bodies PackageFilesInspector keeps), and rpm databases with hand-made header blobs.
#pragma once

#include "image/eol_table.h"
#include "image/image_check.h"
#include "image/os_release.h"
#include "image/packages_inspector.h"

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace package_fixtures {

using namespace dw::image;

inline LayerEntry makeEntry(const std::string& path, EntryKind kind, const std::string& target = {})
{
    LayerEntry entry;
    entry.path = path;
    entry.kind = kind;
    entry.linkTarget = target;
    return entry;
}

/// Layers built the way the archive reader builds them: entries, plus the bodies the inspector asks to keep.
class ImageBuilder {
  public:
    ImageBuilder& layer()
    {
        image_.layers.emplace_back();
        return *this;
    }
    ImageBuilder& file(const std::string& path, const std::string& content)
    {
        LayerEntry entry = makeEntry(path, EntryKind::File);
        entry.size = content.size();
        current().entries.push_back(entry);
        const std::uint64_t wanted = inspector_.wantedBytes(entry);
        if (wanted == 0) return *this;
        const bool truncated = content.size() > wanted;
        LayerContent out;
        inspector_.inspect(entry, std::string_view(content).substr(0, wanted), truncated, out);
        for (CapturedFile& captured : out.captured) {
            captured.layerIndex = image_.layers.size() - 1;
            image_.captured.push_back(std::move(captured));
        }
        return *this;
    }
    ImageBuilder& entry(const std::string& path, EntryKind kind, const std::string& target = {})
    {
        current().entries.push_back(makeEntry(path, kind, target));
        return *this;
    }
    Image build() const { return image_; }

  private:
    Layer& current()
    {
        if (image_.layers.empty()) image_.layers.emplace_back();
        return image_.layers.back();
    }
    Image image_;
    PackageFilesInspector inspector_;
};

inline const char* const kDebianOsRelease = "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n"
                                            "NAME=\"Debian GNU/Linux\"\n"
                                            "VERSION_ID=\"12\"\n"
                                            "VERSION=\"12 (bookworm)\"\n"
                                            "VERSION_CODENAME=bookworm\n"
                                            "ID=debian\n"
                                            "HOME_URL=\"https://www.debian.org/\"\n";

inline int64_t date(const char* iso)
{
    return parseIsoDate(iso).value();
}

inline std::string be32(std::uint32_t value)
{
    return {char(value >> 24), char(value >> 16), char(value >> 8), char(value)};
}

/// An rpm header blob: index count, data length, 16-byte entries, data. Strings are STRING (6), epoch INT32 (4).
inline std::string rpmHeader(const std::vector<std::pair<std::uint32_t, std::string>>& strings,
                             std::optional<std::uint32_t> epoch = std::nullopt)
{
    std::string entries, data;
    std::uint32_t count = 0;
    for (const auto& [tag, value] : strings) {
        entries += be32(tag) + be32(6) + be32(std::uint32_t(data.size())) + be32(1);
        data += value + '\0';
        ++count;
    }
    if (epoch) {
        while (data.size() % 4)
            data += '\0';
        entries += be32(1003) + be32(4) + be32(std::uint32_t(data.size())) + be32(1);
        data += be32(*epoch);
        ++count;
    }
    return be32(count) + be32(std::uint32_t(data.size())) + entries + data;
}

inline std::string rpmPackage(const std::string& name, const std::string& version, const std::string& release,
                              const std::string& arch, std::optional<std::uint32_t> epoch = std::nullopt)
{
    return rpmHeader({{1000, name},
                      {1001, version},
                      {1002, release},
                      {1022, arch},
                      {1014, "MIT"},
                      {1044, name + "-" + version + "-" + release + ".src.rpm"}},
                     epoch);
}

/// A sqlite database shaped like rpm's, serialised to bytes.
inline std::string rpmDatabase(const std::vector<std::string>& blobs, const char* table = "Packages")
{
    sqlite3* db = nullptr;
    sqlite3_open(":memory:", &db);
    const std::string create =
        std::string("CREATE TABLE ") + table + " (hnum INTEGER PRIMARY KEY AUTOINCREMENT, blob BLOB NOT NULL)";
    sqlite3_exec(db, create.c_str(), nullptr, nullptr, nullptr);
    sqlite3_stmt* insert = nullptr;
    const std::string sql = std::string("INSERT INTO ") + table + " (blob) VALUES (?)";
    sqlite3_prepare_v2(db, sql.c_str(), -1, &insert, nullptr);
    for (const std::string& blob : blobs) {
        sqlite3_bind_blob(insert, 1, blob.data(), int(blob.size()), SQLITE_TRANSIENT);
        sqlite3_step(insert);
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    sqlite3_int64 size = 0;
    unsigned char* bytes = sqlite3_serialize(db, "main", &size, 0);
    std::string out(reinterpret_cast<const char*>(bytes), std::size_t(size));
    sqlite3_free(bytes);
    sqlite3_close(db);
    return out;
}

inline std::vector<ImageFinding> runCheck(std::string_view id, const OsInfo& os, int64_t now)
{
    static const Image image;
    ImageCheckContext ctx;
    ctx.image = &image;
    ctx.subject = "app:1.0";
    ctx.os = &os;
    ctx.nowUnixSeconds = now;
    std::vector<ImageFinding> out;
    for (const auto& check : imageAnalysisChecks())
        if (check->info().id == id) check->check(ctx, out);
    return out;
}

inline OsInfo osOf(const std::string& id, const std::string& versionId, const std::string& name = {},
                   const std::string& codename = {})
{
    OsInfo os;
    os.id = id;
    os.versionId = versionId;
    os.name = name;
    os.versionCodename = codename;
    return os;
}

} // namespace package_fixtures
