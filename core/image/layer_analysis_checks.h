// Helpers of the layer checks (image/checks/DWI3*.cpp): the finding, byte and ratio texts, the thresholds.
#pragma once

#include "findings/check_info.h"
#include "image/image_check.h"
#include "image/layer_analysis.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace dw::image::layer_checks {

using image::makeFinding; // image_check.h

/// Decimal units as dive prints them: "950 B", "1.5 kB", "83.1 MB".
std::string humanBytes(std::uint64_t bytes);

/// A ratio as a percentage with one decimal: 0.3704 -> "37.0%"; infinity -> "inf%".
std::string percent(double ratio);

/// A ratio with up to four decimals, as evidence: "0.3704", "2.25", "inf".
std::string ratioText(double ratio);

/// The thresholds of the context, or dive's defaults when it has none.
const EfficiencyThresholds& thresholds(const ImageCheckContext& ctx);

} // namespace dw::image::layer_checks
