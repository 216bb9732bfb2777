// The Dockerfile parser: BuildKit's grammar, with exact positions and error recovery.
#pragma once

#include "dockerfile/ast.h"

#include <cstddef>
#include <string>

namespace dw::df {

/// Past this many instructions (or comment lines) the rest of a file is not parsed: a parser error says so.
/// Real Dockerfiles have hundreds; the caps keep memory bounded however many tiny lines a file packs.
inline constexpr std::size_t kMaxInstructions = 100'000;
inline constexpr std::size_t kMaxComments = 200'000;

/// Parses a Dockerfile. Never throws and never fails as a whole: a broken instruction is recorded in
/// Dockerfile::errors at its lines and parsing goes on with the next one.
Dockerfile parse(std::string source);

} // namespace dw::df
