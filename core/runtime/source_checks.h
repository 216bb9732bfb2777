// The checks of a Compose file or shell script as a text, before any container setting is judged: whether it
// reads at all, has the types and keys the Compose specification allows, resolves its `extends` and `include`
// and its variables, and names an image to run. DWC ids; they live in the rule catalogue beside the Dockerfile
// rules (family "compose").
#pragma once

#include "findings/check_info.h"

#include <string_view>
#include <vector>

namespace dw::runtime {

const std::vector<findings::CheckInfo>& sourceChecks();
const findings::CheckInfo* findSourceCheck(std::string_view id);

} // namespace dw::runtime
