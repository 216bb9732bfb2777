#include "findings/equivalence.h"

#include "findings/rule_id.h"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

namespace dw::findings {

const std::vector<std::vector<std::string_view>>& equivalenceGroups()
{
    // hadolint's id first (the one most users know), then Dockwarden's, then BuildKit's.
    static const std::vector<std::vector<std::string_view>> groups{
        {"DL3000", "WorkdirRelativePath"},
        {"DL3024", "DuplicateStageName"},
        {"DL3025", "JSONArgsRecommended"},
        {"DL3029", "FromPlatformFlagConstDisallowed"},
        {"DL3059", "DW1008"},
        {"DL4000", "MaintainerDeprecated"},
        {"DL4003", "DL4004", "DL3012", "MultipleInstructionsDisallowed"},
        {"DW1001", "SecretsUsedInArgOrEnv"},
    };
    return groups;
}

std::optional<EquivalenceSlot> equivalenceSlotOf(std::string_view rule)
{
    // Most findings of a lint carry a six-byte id (DL3008, DW1017): those are told apart as one 64-bit number
    // each, without hashing the id; the few grouped six-byte ids are then looked up below.
    static const std::vector<std::uint64_t> groupedShortIds = [] {
        std::vector<std::uint64_t> ids;
        for (const auto& group : equivalenceGroups())
            for (std::string_view id : group)
                if (id.size() == kShortRuleIdLength) ids.push_back(shortIdNumber(id));
        return ids;
    }();
    if (rule.size() == kShortRuleIdLength &&
        std::find(groupedShortIds.begin(), groupedShortIds.end(), shortIdNumber(rule)) == groupedShortIds.end())
        return std::nullopt;
    static const auto slots = [] {
        std::unordered_map<std::string_view, EquivalenceSlot> index;
        const auto& groups = equivalenceGroups();
        for (std::size_t g = 0; g < groups.size(); ++g)
            for (std::size_t p = 0; p < groups[g].size(); ++p) index.emplace(groups[g][p], EquivalenceSlot{g, p});
        return index;
    }();
    const auto it = slots.find(rule);
    if (it == slots.end()) return std::nullopt;
    return it->second;
}

std::vector<std::string_view> equivalentsOf(std::string_view rule)
{
    std::vector<std::string_view> others;
    if (const auto slot = equivalenceSlotOf(rule))
        for (std::string_view id : equivalenceGroups()[slot->group])
            if (id != rule) others.push_back(id);
    return others;
}

} // namespace dw::findings
