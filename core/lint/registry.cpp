#include "lint/registry.h"

namespace dw::lint {
namespace rules {
std::vector<std::unique_ptr<Rule>> makeAllRules();
}

const std::vector<std::unique_ptr<Rule>>& allRules()
{
    static const std::vector<std::unique_ptr<Rule>> rules = rules::makeAllRules();
    return rules;
}

const Rule* findRule(std::string_view id)
{
    for (const auto& rule : allRules())
        if (rule->info().id == id) return rule.get();
    return nullptr;
}

} // namespace dw::lint
