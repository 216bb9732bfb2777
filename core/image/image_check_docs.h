// The image-check catalogue as documentation: docs/image-checks.md is imageChecksMarkdown()'s output, kept in
// step with the registry by a test.
#pragma once

#include <string>

namespace dw::image {

/// One section per DWI check, in id order, in the format of docs/host-checks.md.
std::string imageChecksMarkdown();

} // namespace dw::image
