// A host scan's findings per object (daemon, container, image, network, volume): the worst severity, how many, and
// the object's share of the risk score. What each row of a host inventory table shows beside the object.
#pragma once

#include "scan/scan_report.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace dw::scan {

struct ObjectFindings {
    findings::Severity worst = findings::Severity::Ignore; ///< Ignore when nothing was found
    int count = 0;      ///< findings shown (folded ones left out)
    int riskPoints = 0; ///< the object's capped weight in the host's penalty (0 ... findings::kGroupCap)
    std::vector<std::size_t> indices; ///< into ScanReport::findings, in report order, folded ones included
};

using ObjectKey = std::pair<findings::ObjectKind, std::string>; ///< kind and id

/// The findings of a host report grouped by the object they are about.
std::map<ObjectKey, ObjectFindings> findingsByObject(const ScanReport& report);

/// Low / medium / high from an object's risk points: 0 none, below 10 low, below 20 medium, else high.
enum class RiskLevel { None, Low, Medium, High };
RiskLevel riskLevelOf(int riskPoints);

} // namespace dw::scan
