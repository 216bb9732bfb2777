#include "cli_common.h"

#include "util/file_io.h"

#include <unistd.h>

namespace dw::cli {

std::optional<std::string> readInput(const std::string& path, std::string& error, std::size_t maxBytes)
{
    auto result = fileio::readFile(path, maxBytes);
    if (!result.content) error = result.message;
    return std::move(result.content);
}

bool writeFileAtomically(const std::string& path, const std::string& content, std::string& error)
{
    return fileio::writeFileAtomically(path, content, error);
}

bool stdoutIsTerminal() { return ::isatty(STDOUT_FILENO) == 1; }

} // namespace dw::cli
