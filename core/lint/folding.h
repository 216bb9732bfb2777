// Equivalent findings (findings/equivalence.h) on one line are one problem: all but one are marked `sameAs` the
// one shown. Findings stay in the list; text output hides the marked ones, JSON and SARIF keep them with the mark.
#pragma once

#include "lint/finding.h"

#include <string>
#include <vector>

namespace dw::lint {

/// Marks, per line, each finding whose rule has an equivalent with a finding on the same line: the group's first
/// rule present stays unmarked, the others get `sameAs` = that rule. Findings of ignored severity take no part.
/// Earlier marks are cleared first, so it can run again after findings were removed (waived ones).
void markEquivalentFindings(std::vector<Finding>& findings);

} // namespace dw::lint
