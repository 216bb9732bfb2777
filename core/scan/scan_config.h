// What the config does to the findings of a host or image scan: severity overrides, ignored checks (dropped), and
// waivers (moved to ScanReport::waived with their reasons; expired and unmatched waivers become warnings).
#pragma once

#include "lint/config.h"
#include "scan/scan_report.h"

#include <functional>
#include <string>

namespace dw::scan {

/// `targetOf` names what a waiver's target glob is matched against (a container's name, an image's reference).
void applyConfigAndWaivers(ScanReport& report, const lint::Config& config,
                           const std::function<const std::string&(const findings::Finding&)>& targetOf);

} // namespace dw::scan
