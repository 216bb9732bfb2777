// Shared pieces of the dockwarden-cli subcommands.
#pragma once

#include "util/file_io.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace dw::cli {

enum ExitCode { Success = 0, FindingsFound = 1, UsageOrIoError = 2 };

/// Reads a file, or standard input for "-", refusing more than `maxBytes` (util/file_io.h). nullopt and a
/// one-line message naming the file in `error` on failure.
std::optional<std::string> readInput(const std::string& path, std::string& error,
                                     std::size_t maxBytes = fileio::kDefaultMaxInputBytes);
/// Writes `content` to `path` atomically (temporary file in the same directory, then rename).
bool writeFileAtomically(const std::string& path, const std::string& content, std::string& error);
bool stdoutIsTerminal();

int runParse(const std::vector<std::string>& args);
int runLint(const std::vector<std::string>& args);
int runRules(const std::vector<std::string>& args);
int runHost(const std::vector<std::string>& args);
int runImage(const std::vector<std::string>& args);
int runHistory(const std::vector<std::string>& args);
int runCheckRun(const std::vector<std::string>& args);
int runReport(const std::vector<std::string>& args);
int runTraining(const std::vector<std::string>& args);

} // namespace dw::cli
