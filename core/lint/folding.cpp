#include "lint/folding.h"

#include "findings/equivalence.h"

#include <map>
#include <utility>

namespace dw::lint {

void markEquivalentFindings(std::vector<Finding>& findings)
{
    struct Candidate {
        std::size_t index;
        std::size_t position;
    };
    std::map<std::pair<int, std::size_t>, std::vector<Candidate>> byLineAndGroup;
    for (Finding& finding : findings) finding.sameAs = {};
    for (std::size_t i = 0; i < findings.size(); ++i) {
        if (findings[i].severity == Severity::Ignore) continue;
        if (const auto slot = findings::equivalenceSlotOf(findings[i].rule))
            byLineAndGroup[{findings[i].range.start.line, slot->group}].push_back({i, slot->position});
    }
    for (auto& [key, candidates] : byLineAndGroup) {
        const Candidate* shown = &candidates.front();
        for (const Candidate& candidate : candidates)
            if (candidate.position < shown->position) shown = &candidate;
        const std::string_view shownRule = findings::equivalenceGroups()[key.second][shown->position];
        for (const Candidate& candidate : candidates)
            if (findings[candidate.index].rule != shownRule) findings[candidate.index].sameAs = shownRule;
    }
}

} // namespace dw::lint
