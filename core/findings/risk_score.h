// One number from 0 to 100 for how risky a scanned target looks, on the same scale for a Dockerfile, a host and
// an image. The formula, so that a user can recompute it by hand:
//   weight(finding) = 10 for error, 4 for warning, 1 for info, 0 for style and ignore;
//   findings are grouped, and each group's weights are summed and capped at kGroupCap (40):
//     host:              one group per subject (a container, an image, "daemon"), so one terrible container
//                        cannot hide how the rest of the host looks, and a hundred clean ones cannot dilute it;
//     Dockerfile, image: one group per rule, so a rule that fires on every line counts as one problem, and
//                        distinct problems add up;
//   penalty = sum over groups of the capped sums;
//   score   = 100 - min(100, penalty)   -> 100 = nothing found, 0 = at least 100 weighted points.
// Findings folded into an equivalent one (the same problem reported by another rule) are not counted.
#pragma once

#include "findings/vocabulary.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace dw::findings {

inline constexpr int kErrorWeight = 10;
inline constexpr int kWarningWeight = 4;
inline constexpr int kInfoWeight = 1;
inline constexpr int kGroupCap = 40;

int weightOf(Severity severity);

/// What the score needs of one finding; the texts are views the caller keeps alive until the score is computed.
struct ScoredFinding {
    Severity severity = Severity::Warning;
    std::string_view group;    ///< the subject (host) or the rule id (Dockerfile, image)
    std::string_view category; ///< counted in RiskScore::byCategory ("container", "content", the practice ...)
};

struct RiskScore {
    int score = 100; ///< 0 (worst) ... 100 (nothing found)
    int penalty = 0; ///< sum of the capped per-group weights
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    int styles = 0;
    std::map<std::string, int, std::less<>> byCategory;
};

RiskScore computeRiskScore(const std::vector<ScoredFinding>& findings);

} // namespace dw::findings
