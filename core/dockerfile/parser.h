// The Dockerfile parser: BuildKit's grammar, with exact positions and error recovery.
#pragma once

#include "dockerfile/ast.h"

#include <string>

namespace dw::df {

/// Parses a Dockerfile. Never throws and never fails as a whole: a broken instruction is recorded in
/// Dockerfile::errors at its lines and parsing goes on with the next one.
Dockerfile parse(std::string source);

} // namespace dw::df
