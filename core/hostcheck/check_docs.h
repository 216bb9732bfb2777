// The host-check catalogue as documentation: docs/host-checks.md is hostChecksMarkdown()'s output, and a test in
// tests/tst_hostcheck.cpp keeps the file in step with the registry.
#pragma once

#include "hostcheck/check.h"

#include <string>
#include <string_view>

namespace dw::hostcheck {

/// What a check inspects: "container", "daemon" or "image" (by the registry list it is in).
std::string_view checkTarget(const CheckInfo& info);

using findings::checkSectionMarkdown;

/// One section per check id, in registry order (containers, daemon, images): default severity, target, practice,
/// references, then title, explanation and fix in English and in Simplified Chinese.
std::string hostChecksMarkdown();

} // namespace dw::hostcheck
