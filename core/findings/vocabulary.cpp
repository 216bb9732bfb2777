#include "findings/vocabulary.h"

#include <array>
#include <cstddef>

namespace dw::findings {
namespace {
constexpr std::array<std::string_view, 5> kSeverityNames{"error", "warning", "info", "style", "ignore"};
constexpr std::array<std::string_view, 13> kPracticeIds{
    "minimal-base-image", "least-privilege-user", "signed-images", "vulnerability-scanning", "no-secrets",
    "immutable-tags",     "image-metadata",       "copy-over-add", "fewer-layers",           "build-cache",
    "multi-stage",        "static-analysis",      "runtime-hardening"};
constexpr std::array<std::string_view, 3> kEngineNames{"dockerfile", "host", "image"};

template <typename Enum, std::size_t N>
std::optional<Enum> fromName(const std::array<std::string_view, N>& names, std::string_view name)
{
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == name) return static_cast<Enum>(i);
    return std::nullopt;
}
} // namespace

std::string_view severityName(Severity severity) { return kSeverityNames[static_cast<std::size_t>(severity)]; }

std::optional<Severity> severityFromName(std::string_view name)
{
    if (name == "none") return Severity::Ignore;
    return fromName<Severity>(kSeverityNames, name);
}

bool atLeast(Severity severity, Severity threshold)
{
    return severity != Severity::Ignore && static_cast<int>(severity) <= static_cast<int>(threshold);
}

std::string_view practiceId(Practice practice) { return kPracticeIds[static_cast<std::size_t>(practice)]; }

std::optional<Practice> practiceFromId(std::string_view id) { return fromName<Practice>(kPracticeIds, id); }

std::string_view engineName(Engine engine) { return kEngineNames[static_cast<std::size_t>(engine)]; }

std::optional<Engine> engineFromName(std::string_view name) { return fromName<Engine>(kEngineNames, name); }

} // namespace dw::findings
