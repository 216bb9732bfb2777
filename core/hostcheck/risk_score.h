// One number for "how risky is this host", from the findings of the host checks.
//
// The formula, so that a user can recompute it by hand:
//   weight(finding) = 10 for error, 4 for warning, 1 for info, 0 for style and ignore;
//   per subject (one container, one image, "daemon"), the weights are summed and capped at kSubjectCap (40), so
//   one terrible container cannot hide how the rest of the host looks, and a hundred clean ones cannot dilute it;
//   penalty = sum over subjects of the capped sums;
//   score   = 100 - min(100, penalty)   -> 100 = nothing found, 0 = at least 100 weighted points.
// Besides the score, the findings are counted per severity and per category (container / daemon / image, from
// the check id: DWH5xx, DWH2xx, DWH4xx; DWH501, swarm mode, is a daemon check).
#pragma once

#include "hostcheck/host_finding.h"

#include <map>
#include <string>
#include <vector>

namespace dw::hostcheck {

inline constexpr int kErrorWeight = 10;
inline constexpr int kWarningWeight = 4;
inline constexpr int kInfoWeight = 1;
inline constexpr int kSubjectCap = 40;

enum class CheckCategory { Container, Daemon, Image, Other };

/// From the id: "DWH5.." container (but DWH501 daemon), "DWH2.." daemon, "DWH4.." image, anything else Other.
CheckCategory categoryOf(const std::string& rule);

struct RiskScore {
    int score = 100; ///< 0 (worst) ... 100 (nothing found)
    int penalty = 0; ///< sum of the capped per-subject weights
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    int styles = 0;
    std::map<CheckCategory, int> findingsByCategory;
};

int weightOf(findings::Severity severity);
RiskScore computeRiskScore(const std::vector<HostFinding>& findings);

} // namespace dw::hostcheck
