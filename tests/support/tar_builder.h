// Builds tar archives in memory for tests: a hand-written ustar writer (so hostile headers -- "..", absolute
// paths, sizes that lie -- can be written as they are) and gzip/zstd compression through libarchive.
#pragma once

#include <archive.h>
#include <archive_entry.h>

#include <cstdint>
#include <cstdio>
#include <stdexcept>
#include <string>

namespace dw::test {

enum class Compression { None, Gzip, Zstd };

class TarBuilder {
  public:
    TarBuilder& file(const std::string& path, const std::string& body, std::uint32_t mode = 0644, std::uint32_t uid = 0,
                     std::uint32_t gid = 0)
    {
        entry(path, body.size(), '0', {}, mode, uid, gid);
        data_ += body;
        pad();
        return *this;
    }
    TarBuilder& dir(const std::string& path, std::uint32_t mode = 0755) { return entry(path, 0, '5', {}, mode); }
    TarBuilder& symlink(const std::string& path, const std::string& target)
    {
        return entry(path, 0, '2', target, 0777);
    }
    TarBuilder& hardlink(const std::string& path, const std::string& target)
    {
        return entry(path, 0, '1', target, 0644);
    }
    TarBuilder& fifo(const std::string& path) { return entry(path, 0, '6', {}, 0644); }
    /// A regular-file header that declares `declaredSize` bytes, followed by `body` only (a lying header).
    TarBuilder& lyingFile(const std::string& path, std::uint64_t declaredSize, const std::string& body)
    {
        entry(path, declaredSize, '0', {}, 0644);
        data_ += body;
        return *this;
    }

    /// The archive with its two closing zero blocks.
    std::string bytes() const { return data_ + std::string(1024, '\0'); }

  private:
    TarBuilder& entry(const std::string& path, std::uint64_t size, char type, const std::string& link,
                      std::uint32_t mode, std::uint32_t uid = 0, std::uint32_t gid = 0)
    {
        if (path.size() > 100) { // GNU long name: the name travels in a pseudo-entry before the header
            data_ += header("././@LongLink", path.size() + 1, 'L', {}, 0, 0, 0);
            data_ += path;
            data_ += '\0';
            pad();
        }
        data_ += header(path.substr(0, 100), size, type, link, mode, uid, gid);
        return *this;
    }

    static std::string header(const std::string& name, std::uint64_t size, char type, const std::string& link,
                              std::uint32_t mode, std::uint32_t uid, std::uint32_t gid)
    {
        std::string h(512, '\0');
        h.replace(0, name.size(), name);
        octal(h, 100, 8, mode);
        octal(h, 108, 8, uid);
        octal(h, 116, 8, gid);
        octal(h, 124, 12, size);
        octal(h, 136, 12, 1700000000);
        h[156] = type;
        h.replace(157, std::min<std::size_t>(link.size(), 100), link.substr(0, 100));
        h.replace(257, 6, std::string("ustar\0", 6));
        h.replace(263, 2, "00");
        h.replace(148, 8, "        ");
        unsigned sum = 0;
        for (unsigned char c : h)
            sum += c;
        char digits[8];
        std::snprintf(digits, sizeof digits, "%06o", sum);
        h.replace(148, 6, digits);
        h[154] = '\0';
        h[155] = ' ';
        return h;
    }

    static void octal(std::string& h, std::size_t offset, std::size_t width, std::uint64_t value)
    {
        std::string text(width - 1, '0');
        for (std::size_t i = width - 1; i-- > 0 && value;) {
            text[i] = static_cast<char>('0' + (value & 7));
            value >>= 3;
        }
        if (value) throw std::runtime_error("tar header field overflow");
        h.replace(offset, width - 1, text);
    }

    void pad()
    {
        if (data_.size() % 512) data_.append(512 - data_.size() % 512, '\0');
    }

    std::string data_;
};

/// `data` compressed as a single gzip or zstd stream (None returns it unchanged).
inline std::string compress(const std::string& data, Compression compression)
{
    if (compression == Compression::None) return data;
    archive* a = archive_write_new();
    archive_write_set_format_raw(a);
    if (compression == Compression::Gzip) {
        archive_write_add_filter_gzip(a);
        // No mtime in the gzip header: the same data always compresses to the same bytes (and digest), even when
        // a test compresses it twice across a second boundary.
        archive_write_set_filter_option(a, "gzip", "timestamp", nullptr);
    } else
        archive_write_add_filter_zstd(a);
    archive_write_set_bytes_in_last_block(a, 1);
    std::string out;
    archive_write_open(
        a, &out, nullptr,
        [](archive*, void* user, const void* buffer, size_t length) -> la_ssize_t {
            static_cast<std::string*>(user)->append(static_cast<const char*>(buffer), length);
            return static_cast<la_ssize_t>(length);
        },
        nullptr);
    archive_entry* entry = archive_entry_new();
    archive_entry_set_pathname(entry, "data");
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_size(entry, static_cast<la_int64_t>(data.size()));
    archive_write_header(a, entry);
    archive_write_data(a, data.data(), data.size());
    archive_entry_free(entry);
    archive_write_close(a);
    archive_write_free(a);
    return out;
}

} // namespace dw::test
