#include "lint/rule_docs.h"

#include "lint/registry.h"

namespace dw::lint {

std::string_view familyName(RuleFamily family)
{
    switch (family) {
    case RuleFamily::Hadolint: return "hadolint";
    case RuleFamily::Dockwarden: return "dockwarden";
    case RuleFamily::BuildKit: return "buildkit";
    }
    return "";
}

} // namespace dw::lint
