// The rule catalogue as documentation: docs/rules.md is this function's output.
#pragma once

#include "lint/rule.h"

#include <string>
#include <string_view>

namespace dw::lint {

std::string_view familyName(RuleFamily family);
/// One section per rule id with severity, family, practice, references and both languages' texts.
std::string rulesMarkdown();

} // namespace dw::lint
