// Every lint rule, in id order. The list is generated at configure time from the files in rules/: each
// rules/<ID>.cpp defines `std::unique_ptr<Rule> make_<ID>()` in namespace dw::lint::rules.
#pragma once

#include "lint/rule.h"

#include <memory>
#include <string_view>
#include <vector>

namespace dw::lint {

const std::vector<std::unique_ptr<Rule>>& allRules();
const Rule* findRule(std::string_view id);

} // namespace dw::lint
