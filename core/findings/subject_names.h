// How every output names a container or an image: one answer for the host report, the image report, the event
// watcher and the GUI.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dw::findings {

/// The first 12 hex digits of an id, without its "sha256:" prefix.
std::string shortId(std::string_view id);

/// A container's name without the leading '/' the Engine API puts there; its short id when it has no name.
std::string containerDisplayName(std::string_view name, std::string_view id);

/// The first repository tag, else the first repository digest, else the short id ("<none>" entries skipped).
std::string imageDisplayName(const std::vector<std::string>& repoTags, const std::vector<std::string>& repoDigests,
                             std::string_view id);

} // namespace dw::findings
