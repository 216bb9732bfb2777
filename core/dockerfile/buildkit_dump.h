// BuildKit's AST dump (`Node.Dump()`), byte for byte: `(copy ["--user=me"] "foo" "/tmp/")` per instruction.
#pragma once

#include "dockerfile/ast.h"

#include <string>
#include <string_view>

namespace dw::df {

/// Go's strconv.Quote.
std::string goQuote(std::string_view text);
/// One line per instruction, joined with '\n', with a final '\n' (as BuildKit's parser tests compare it).
std::string buildkitDump(const Dockerfile& file);

} // namespace dw::df
