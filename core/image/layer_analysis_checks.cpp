#include "image/layer_analysis_checks.h"

#include "findings/check_info.h"

#include <cmath>
#include <cstdio>
#include <utility>

namespace dw::image::layer_checks {

std::string humanBytes(std::uint64_t bytes)
{
    static const char* const units[] = {"kB", "MB", "GB", "TB", "PB", "EB"};
    if (bytes < 1000) return std::to_string(bytes) + " B";
    double value = double(bytes) / 1000;
    std::size_t unit = 0;
    while (value >= 999.95 && unit + 1 < std::size(units)) {
        value /= 1000;
        ++unit;
    }
    char text[32];
    std::snprintf(text, sizeof text, "%.1f %s", value, units[unit]);
    return text;
}

std::string percent(double ratio)
{
    if (std::isinf(ratio)) return "inf%";
    char text[32];
    std::snprintf(text, sizeof text, "%.1f%%", ratio * 100);
    return text;
}

std::string ratioText(double ratio)
{
    if (std::isinf(ratio)) return "inf";
    char text[32];
    std::snprintf(text, sizeof text, "%.4g", ratio);
    return text;
}

const EfficiencyThresholds& thresholds(const ImageCheckContext& ctx)
{
    static const EfficiencyThresholds defaults;
    return ctx.efficiencyThresholds ? *ctx.efficiencyThresholds : defaults;
}

} // namespace dw::image::layer_checks
