// Reads `docker run`, `docker create`, `docker container run|create` (and podman's same commands) out of a
// shell script, the way the shell and the docker CLI read them: continuations, quoting, variables assigned
// earlier in the script, `sudo` and other wrappers, the CLI's global options, long and short option forms,
// `--opt=value` and `--opt value`, repeated options, short clusters (`-it`, `-dp 80:80`). Each command becomes
// a ContainerSpec whose sites are the option words in the script.
#pragma once

#include "runtime/container_spec.h"
#include "runtime/interpolation.h"

#include <string>
#include <string_view>
#include <vector>

namespace dw::runtime {

struct RunImage {
    std::size_t container = 0; ///< index into RunLineRead::containers
    std::string reference;
    Site site;
};

struct RunLineRead {
    std::vector<ContainerSpec> containers;
    std::vector<SourceProblem> problems;
    std::vector<RunImage> images;
};

/// Every docker run / create command of a shell script. `environment` gives variables the script does not set.
RunLineRead readRunLines(std::string_view script, const std::string& path, const Variables& environment = {});

/// Quotes words for a POSIX shell so that readRunLines() reads them back unchanged (`check-run -- docker run ...`).
std::string shellJoin(const std::vector<std::string>& words);

} // namespace dw::runtime
