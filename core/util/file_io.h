// Bounded reads and atomic writes: the only way Dockwarden reads an input file or replaces a file it writes.
//
// Every input has a size cap, so a huge file, a FIFO or /dev/zero ends in a clear error instead of exhausting
// memory; every write goes to a temporary file beside the target that is renamed over it only once complete,
// so an interrupted write leaves the old file as it was.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dw::fileio {

/// The default cap on a Dockerfile (and on text read from standard input): 8 MiB.
inline constexpr std::size_t kDefaultMaxInputBytes = std::size_t{8} << 20;
/// The cap on small side files: configs, .dockerignore, docker CLI config.
inline constexpr std::size_t kMaxSideFileBytes = std::size_t{4} << 20;

enum class ReadError {
    None,
    NotFound,
    NotAFile,  ///< a directory (or another object that has no contents to read)
    TooLarge,  ///< more than the cap; nothing is returned
    Unreadable,
};

struct ReadResult {
    std::optional<std::string> content;
    ReadError error = ReadError::None;
    std::string message; ///< one line naming the file: "Dockerfile: larger than the input limit of 8 MiB"
};

/// Reads a whole file, or standard input for "-", refusing more than `maxBytes`. Never throws.
ReadResult readFile(const std::string& path, std::size_t maxBytes);

/// Replaces `path` with `content`: temporary file in the same directory, fsync, rename. Keeps the mode of an
/// existing file. On failure the old file is untouched and `error` names the file and the cause.
bool writeFileAtomically(const std::string& path, std::string_view content, std::string& error);

/// Dockwarden's data folder: `$XDG_DATA_HOME/dockwarden`, else `~/.local/share/dockwarden` (`./dockwarden`
/// without a home). The history, the learners' progress and a trainer's lessons live under it.
std::string dataDirectory();

/// "8 MiB", "512 KiB", "123 bytes".
std::string formatByteSize(std::uint64_t bytes);

/// Parses "8MiB", "8 MB", "8m", "500k", "1048576"; nullopt when it is no size.
std::optional<std::uint64_t> parseByteSize(std::string_view text);

/// The largest input limit a user may ask for (`--max-input-size`, `max-input-size:`).
inline constexpr std::uint64_t kMaxInputLimitBytes = std::uint64_t{1} << 30;
/// What an input limit must look like, for error messages.
inline constexpr const char* kInputLimitExpected = "a size such as 8MiB, 512KiB or 1048576, at most 1 GiB";
/// A user's input limit: a byte size between 1 byte and kMaxInputLimitBytes; nullopt otherwise.
std::optional<std::size_t> parseInputLimit(std::string_view text);

} // namespace dw::fileio
