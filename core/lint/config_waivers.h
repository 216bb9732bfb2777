// The `waivers:` key of a config file (internal to config.cpp): each entry becomes a findings::Waiver, or a
// warning naming the file and line when it is malformed. A bad entry is skipped, never fatal and never silent.
#pragma once

#include "findings/waivers.h"

#include <yaml-cpp/yaml.h>

#include <string>
#include <vector>

namespace dw::lint::detail {

void readWaivers(const YAML::Node& node, const std::string& fileName, std::vector<findings::Waiver>& waivers,
                 std::vector<std::string>& warnings);

} // namespace dw::lint::detail
