// The parse tree as JSON, for `dockwarden-cli parse --format json` and for other tools.
#pragma once

#include "dockerfile/ast.h"

#include <nlohmann/json.hpp>

#include <iosfwd>

namespace dw::df {

nlohmann::json rangeToJson(const Range& range);
nlohmann::json toJson(const Dockerfile& file);
/// With `withInstructions` false, "instructions" is an empty array.
nlohmann::json toJson(const Dockerfile& file, bool withInstructions);
/// Writes toJson(file).dump(2) followed by a newline, one instruction at a time: the whole JSON tree of a
/// large file is never in memory.
void writeJson(const Dockerfile& file, std::ostream& out);

} // namespace dw::df
