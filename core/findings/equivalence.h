// Rules that report the same problem: hadolint, BuildKit and Dockwarden sometimes each have a rule for one mistake
// (MAINTAINER, shell-form CMD, a relative WORKDIR ...). At one place, such findings are one problem: outputs show
// one of them with the others beside it, and mark the others as the same as the one shown.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace dw::findings {

/// Every group of equivalent rule ids; within a group the first id present is the one shown.
const std::vector<std::vector<std::string_view>>& equivalenceGroups();

/// Where `rule` stands among equivalents: its group's index and its position in the group; nullopt if it has none.
struct EquivalenceSlot {
    std::size_t group = 0;
    std::size_t position = 0;
};
std::optional<EquivalenceSlot> equivalenceSlotOf(std::string_view rule);

/// The other ids of `rule`'s group (empty when it has none).
std::vector<std::string_view> equivalentsOf(std::string_view rule);

} // namespace dw::findings
