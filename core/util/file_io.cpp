#include "util/file_io.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dw::fileio {
namespace {

mode_t currentUmask()
{
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return mask;
}

// After a rename, the directory entry itself reaches the disk only when the directory is synced.
void syncDirectoryOf(const std::string& path)
{
    const std::size_t slash = path.rfind('/');
    const std::string directory = slash == std::string::npos ? std::string(".") : path.substr(0, slash + 1);
    const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

std::string displayName(const std::string& path) { return path == "-" ? std::string("<stdin>") : path; }

ReadResult failure(ReadError error, std::string message)
{
    ReadResult result;
    result.error = error;
    result.message = std::move(message);
    return result;
}

ReadResult tooLarge(const std::string& what, std::size_t maxBytes)
{
    return failure(ReadError::TooLarge, what + " the input limit of " + formatByteSize(maxBytes) +
                                            " (raise it with --max-input-size or max-input-size in the config)");
}

ReadResult readDescriptor(int fd, const std::string& name, std::size_t maxBytes, std::size_t sizeHint)
{
    std::string content;
    try {
        content.reserve(std::min(sizeHint, maxBytes) + 1);
        char buffer[65536];
        for (;;) {
            const ssize_t got = ::read(fd, buffer, sizeof buffer);
            if (got < 0) {
                if (errno == EINTR) continue;
                return failure(ReadError::Unreadable, name + ": read error: " + std::strerror(errno));
            }
            if (got == 0) break;
            if (content.size() + static_cast<std::size_t>(got) > maxBytes)
                return tooLarge(name + ": larger than", maxBytes);
            content.append(buffer, static_cast<std::size_t>(got));
            // A regular file's size is known from fstat: once that much is in, the read that would only confirm
            // the end is saved, one system call of five per file in a lint of many small files. (A file that
            // grows meanwhile may be read only up to the size it had then.)
            if (sizeHint > 0 && content.size() == sizeHint) break;
        }
    } catch (const std::bad_alloc&) {
        return failure(ReadError::TooLarge, name + ": not enough memory to read the file");
    }
    ReadResult result;
    result.content = std::move(content);
    return result;
}

} // namespace

ReadResult readFile(const std::string& path, std::size_t maxBytes)
{
    if (path == "-") return readDescriptor(STDIN_FILENO, displayName(path), maxBytes, 0);
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        const int cause = errno;
        return failure(cause == ENOENT ? ReadError::NotFound : ReadError::Unreadable,
                       path + ": cannot open: " + std::strerror(cause));
    }
    struct stat info {};
    if (::fstat(fd, &info) != 0 || S_ISDIR(info.st_mode)) {
        ::close(fd);
        return failure(ReadError::NotAFile, path + ": is a directory, not a file");
    }
    // O_NONBLOCK only kept open() from waiting on a FIFO without writer; reads should block as usual. It changes
    // nothing for a regular file, so the two calls are saved for most inputs.
    if (!S_ISREG(info.st_mode)) ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    if (S_ISREG(info.st_mode) && static_cast<std::uint64_t>(info.st_size) > maxBytes) {
        ::close(fd);
        return tooLarge(path + ": " + formatByteSize(static_cast<std::uint64_t>(info.st_size)) + " is larger than",
                        maxBytes);
    }
    auto result = readDescriptor(fd, path, maxBytes, S_ISREG(info.st_mode) ? static_cast<std::size_t>(info.st_size) : 0);
    ::close(fd);
    return result;
}

bool writeFileAtomically(const std::string& requestedPath, std::string_view content, std::string& error)
{
    // A symlinked Dockerfile stays a symlink: the file it points at is the one replaced.
    std::string path = requestedPath;
    if (char* resolved = ::realpath(requestedPath.c_str(), nullptr)) {
        path = resolved;
        std::free(resolved);
    }
    std::string temporary = path + ".dockwarden-tmp-XXXXXX";
    const int fd = ::mkstemp(temporary.data());
    if (fd < 0) {
        error = path + ": cannot create a temporary file: " + std::strerror(errno);
        return false;
    }
    auto abandon = [&](const std::string& what) {
        error = path + ": " + what + ": " + std::strerror(errno);
        ::close(fd);
        ::unlink(temporary.c_str());
        return false;
    };
    const char* data = content.data();
    std::size_t left = content.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, left);
        if (written < 0) {
            if (errno == EINTR) continue;
            return abandon("write error");
        }
        data += written;
        left -= static_cast<std::size_t>(written);
    }
    struct stat info {};
    if (::stat(path.c_str(), &info) == 0) ::fchmod(fd, info.st_mode & 07777);
    else ::fchmod(fd, 0666 & ~currentUmask());
    if (::fsync(fd) != 0) return abandon("cannot flush the file");
    if (::close(fd) != 0 || std::rename(temporary.c_str(), path.c_str()) != 0) {
        error = path + ": cannot replace the file: " + std::strerror(errno);
        ::unlink(temporary.c_str());
        return false;
    }
    syncDirectoryOf(path);
    return true;
}

std::string dataDirectory()
{
    namespace fs = std::filesystem;
    fs::path base;
    if (const char* dataHome = std::getenv("XDG_DATA_HOME"); dataHome && *dataHome) base = dataHome;
    else if (const char* home = std::getenv("HOME"); home && *home) base = fs::path(home) / ".local" / "share";
    else base = ".";
    return (base / "dockwarden").string();
}

std::string formatByteSize(std::uint64_t bytes)
{
    constexpr std::uint64_t kKiB = 1024, kMiB = kKiB * 1024, kGiB = kMiB * 1024;
    auto exact = [&](std::uint64_t unit, const char* name) -> std::string {
        return std::to_string(bytes / unit) + " " + name;
    };
    if (bytes >= kGiB && bytes % kGiB == 0) return exact(kGiB, "GiB");
    if (bytes >= kMiB && bytes % kMiB == 0) return exact(kMiB, "MiB");
    if (bytes >= kKiB && bytes % kKiB == 0) return exact(kKiB, "KiB");
    return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
}

std::optional<std::size_t> parseInputLimit(std::string_view text)
{
    const auto bytes = parseByteSize(text);
    if (!bytes || *bytes == 0 || *bytes > kMaxInputLimitBytes) return std::nullopt;
    return static_cast<std::size_t>(*bytes);
}

std::optional<std::uint64_t> parseByteSize(std::string_view text)
{
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    std::uint64_t number = 0;
    std::size_t pos = 0;
    for (; pos < text.size() && text[pos] >= '0' && text[pos] <= '9'; ++pos) {
        if (number > (UINT64_MAX - 9) / 10) return std::nullopt;
        number = number * 10 + static_cast<std::uint64_t>(text[pos] - '0');
    }
    if (pos == 0) return std::nullopt;
    std::string unit;
    for (char c : text.substr(pos))
        if (c != ' ') unit += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    std::uint64_t factor = 1;
    if (unit.empty() || unit == "b") factor = 1;
    else if (unit == "k" || unit == "kb" || unit == "kib") factor = std::uint64_t{1} << 10;
    else if (unit == "m" || unit == "mb" || unit == "mib") factor = std::uint64_t{1} << 20;
    else if (unit == "g" || unit == "gb" || unit == "gib") factor = std::uint64_t{1} << 30;
    else return std::nullopt;
    if (number > UINT64_MAX / factor) return std::nullopt;
    return number * factor;
}

} // namespace dw::fileio
