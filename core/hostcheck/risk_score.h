// One number for "how risky is this host", from the findings of the host checks: findings/risk_score.h's formula
// with one group per subject (a container, an image, "daemon"). Besides the score, the findings are counted per
// category (container / daemon / image, from the check id: DWH5xx, DWH2xx, DWH4xx; DWH501, swarm mode, is a daemon
// check).
#pragma once

#include "findings/risk_score.h"
#include "hostcheck/host_finding.h"

#include <map>
#include <string>
#include <vector>

namespace dw::hostcheck {

enum class CheckCategory { Container, Daemon, Image, Other };

/// From the id: "DWH5.." container (but DWH501 daemon), "DWH2.." daemon, "DWH4.." image, anything else Other.
CheckCategory categoryOf(const std::string& rule);

struct RiskScore : findings::RiskScore {
    std::map<CheckCategory, int> findingsByCategory;
};

RiskScore computeRiskScore(const std::vector<HostFinding>& findings);

} // namespace dw::hostcheck
