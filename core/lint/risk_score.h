// The risk score of one Dockerfile's findings (findings/risk_score.h: one group per rule, counted by practice);
// findings folded into an equivalent one are not counted twice.
#pragma once

#include "findings/risk_score.h"
#include "lint/finding.h"

#include <vector>

namespace dw::lint {

findings::RiskScore computeRiskScore(const std::vector<Finding>& findings);

} // namespace dw::lint
