// rpm's sqlite database: the Packages table holds one header blob per installed package.
#include "image/packages.h"

#include <sqlite3.h>

#include <cstdint>
#include <cstring>
#include <optional>
#include <string>

namespace dw::image {
namespace {

enum RpmTag : std::uint32_t {
    kTagName = 1000,
    kTagVersion = 1001,
    kTagRelease = 1002,
    kTagEpoch = 1003,
    kTagLicense = 1014,
    kTagArch = 1022,
    kTagSourceRpm = 1044,
};

enum RpmType : std::uint32_t {
    kTypeInt32 = 4,
    kTypeString = 6,
    kTypeStringArray = 8,
    kTypeI18nString = 9,
};

constexpr std::uint32_t kMaxIndexEntries = 0x10000; // rpm's own limits for a header
constexpr std::uint32_t kMaxDataBytes = 256u << 20;

std::uint32_t bigEndian32(const unsigned char* p)
{
    return std::uint32_t(p[0]) << 24 | std::uint32_t(p[1]) << 16 | std::uint32_t(p[2]) << 8 | std::uint32_t(p[3]);
}

/// The NUL-terminated string at `offset` of `data`; nullopt when it runs past the end.
std::optional<std::string> stringAt(std::string_view data, std::uint32_t offset)
{
    if (offset >= data.size()) return std::nullopt;
    auto end = data.find('\0', offset);
    if (end == std::string_view::npos) return std::nullopt;
    return std::string(data.substr(offset, end - offset));
}

} // namespace

bool parseRpmHeader(std::string_view blob, Package& out)
{
    static constexpr unsigned char kMagic[3] = {0x8e, 0xad, 0xe8};
    if (blob.size() >= 8 && std::memcmp(blob.data(), kMagic, 3) == 0) blob.remove_prefix(8);
    if (blob.size() < 8) return false;
    const auto* bytes = reinterpret_cast<const unsigned char*>(blob.data());
    const std::uint32_t indexCount = bigEndian32(bytes);
    const std::uint32_t dataLength = bigEndian32(bytes + 4);
    if (indexCount == 0 || indexCount > kMaxIndexEntries || dataLength > kMaxDataBytes) return false;
    const std::uint64_t dataStart = 8 + std::uint64_t(indexCount) * 16;
    if (dataStart + dataLength > blob.size()) return false;
    const std::string_view data = blob.substr(dataStart, dataLength);

    Package p;
    p.type = PackageType::Rpm;
    std::string version, release;
    for (std::uint32_t i = 0; i < indexCount; ++i) {
        const unsigned char* entry = bytes + 8 + std::size_t(i) * 16;
        const std::uint32_t tag = bigEndian32(entry), type = bigEndian32(entry + 4);
        const std::uint32_t offset = bigEndian32(entry + 8), count = bigEndian32(entry + 12);
        if (count == 0 || offset >= dataLength) continue;
        if (tag == kTagEpoch) {
            if (type == kTypeInt32 && std::uint64_t(offset) + 4 <= dataLength)
                p.epoch = std::to_string(bigEndian32(reinterpret_cast<const unsigned char*>(data.data()) + offset));
            continue;
        }
        std::string* field = nullptr;
        switch (tag) {
        case kTagName:
            field = &p.name;
            break;
        case kTagVersion:
            field = &version;
            break;
        case kTagRelease:
            field = &release;
            break;
        case kTagLicense:
            field = &p.license;
            break;
        case kTagArch:
            field = &p.arch;
            break;
        case kTagSourceRpm:
            field = &p.source;
            break;
        default:
            continue;
        }
        if (type != kTypeString && type != kTypeStringArray && type != kTypeI18nString) continue;
        if (auto text = stringAt(data, offset)) *field = std::move(*text);
    }
    if (p.name.empty()) return false;
    p.version = release.empty() ? version : version + "-" + release;
    if (p.epoch == "0") p.epoch.clear();
    out = std::move(p);
    return true;
}

PackageParse parseRpmSqlite(std::string_view bytes, std::size_t layerIndex)
{
    PackageParse out;
    static constexpr std::string_view kSqliteMagic{"SQLite format 3\0", 16};
    if (bytes.size() < 100 || !bytes.starts_with(kSqliteMagic)) {
        out.warnings.push_back("rpm database is not a sqlite database");
        return out;
    }
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        out.warnings.push_back("cannot open an in-memory sqlite database");
        return out;
    }
    auto* copy = static_cast<unsigned char*>(sqlite3_malloc64(bytes.size()));
    if (!copy) {
        sqlite3_close(db);
        out.warnings.push_back("rpm database too large to load");
        return out;
    }
    std::memcpy(copy, bytes.data(), bytes.size());
    // A WAL-mode file (format bytes 18-19 = 2) cannot be read from memory; its pages are the same in rollback mode.
    if (copy[18] == 2) copy[18] = 1;
    if (copy[19] == 2) copy[19] = 1;
    const auto size = static_cast<sqlite3_int64>(bytes.size());
    int rc =
        sqlite3_deserialize(db, "main", copy, size, size, SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_READONLY);
    sqlite3_stmt* statement = nullptr;
    if (rc == SQLITE_OK) rc = sqlite3_prepare_v2(db, "SELECT blob FROM Packages", -1, &statement, nullptr);
    if (rc != SQLITE_OK) {
        out.warnings.push_back(std::string("rpm database unreadable: ") + sqlite3_errmsg(db));
        sqlite3_finalize(statement);
        sqlite3_close(db);
        return out;
    }
    std::size_t malformed = 0;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        const void* blob = sqlite3_column_blob(statement, 0);
        const int length = sqlite3_column_bytes(statement, 0);
        Package p;
        if (!blob || length <= 0 || !parseRpmHeader({static_cast<const char*>(blob), std::size_t(length)}, p)) {
            ++malformed;
            continue;
        }
        if (p.name == "gpg-pubkey") continue; // an imported signing key, not software
        p.layerIndex = layerIndex;
        out.packages.push_back(std::move(p));
    }
    if (rc != SQLITE_DONE) out.warnings.push_back(std::string("rpm database read stopped: ") + sqlite3_errmsg(db));
    if (malformed) out.warnings.push_back(std::to_string(malformed) + " malformed rpm headers skipped");
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return out;
}

} // namespace dw::image
