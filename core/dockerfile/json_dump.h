// The parse tree as JSON, for `dockwarden-cli parse --format json` and for other tools.
#pragma once

#include "dockerfile/ast.h"

#include <nlohmann/json.hpp>

namespace dw::df {

nlohmann::json rangeToJson(const Range& range);
nlohmann::json toJson(const Dockerfile& file);

} // namespace dw::df
