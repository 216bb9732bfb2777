// docs/runtime-sources.md: which check runs on which source (a live host, a Compose file, a `docker run` line),
// where a finding on a file points, and what its quick fix writes. Generated; a test keeps it current.
#pragma once

#include <string>

namespace dw::runtime {

std::string runtimeSourcesMarkdown();

} // namespace dw::runtime
