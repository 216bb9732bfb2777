// Running a helper program with input on stdin and a hard timeout (used for ShellCheck, later scanners).
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace dw::util {

struct ProcessResult {
    int exitCode = -1;
    std::string out;
    std::string err;
    bool timedOut = false;
};

/// Runs `argv` (argv[0] looked up in PATH) with `input` on stdin. nullopt when it cannot be started.
/// Output beyond `maxOutput` bytes is dropped; the process is killed when `timeout` passes.
std::optional<ProcessResult> runProcess(const std::vector<std::string>& argv, const std::string& input,
                                        std::chrono::milliseconds timeout, std::size_t maxOutput = 64u << 20);

/// Full path of an executable found in PATH, or nullopt.
std::optional<std::string> findExecutable(const std::string& name);

} // namespace dw::util
