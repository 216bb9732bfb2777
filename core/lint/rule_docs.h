// The name of a Dockerfile rule family ("hadolint", "dockwarden", "buildkit").
#pragma once

#include "lint/rule.h"

#include <string>
#include <string_view>

namespace dw::lint {

std::string_view familyName(RuleFamily family);

} // namespace dw::lint
