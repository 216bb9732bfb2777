// Applying the text edits of quick fixes to a Dockerfile's source.
#pragma once

#include "lint/finding.h"

#include <string>
#include <vector>

namespace dw::lint {

/// Applies edits (byte offsets of their ranges are authoritative). Edits that overlap an edit already taken
/// are skipped; returns how many were applied through `applied` when given.
std::string applyEdits(const std::string& source, std::vector<TextEdit> edits, std::size_t* applied = nullptr);

/// The first fix of every finding that has one, without overlaps.
std::string applyFirstFixes(const std::string& source, const std::vector<Finding>& findings, std::size_t* applied = nullptr);

} // namespace dw::lint
