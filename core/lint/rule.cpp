#include "lint/rule.h"

namespace dw::lint {

std::string_view practiceId(Practice practice)
{
    switch (practice) {
    case Practice::MinimalBaseImage: return "minimal-base-image";
    case Practice::LeastPrivilegeUser: return "least-privilege-user";
    case Practice::SignedImages: return "signed-images";
    case Practice::VulnerabilityScanning: return "vulnerability-scanning";
    case Practice::NoSecrets: return "no-secrets";
    case Practice::ImmutableTags: return "immutable-tags";
    case Practice::ImageMetadata: return "image-metadata";
    case Practice::CopyOverAdd: return "copy-over-add";
    case Practice::FewerLayers: return "fewer-layers";
    case Practice::BuildCache: return "build-cache";
    case Practice::MultiStage: return "multi-stage";
    case Practice::StaticAnalysis: return "static-analysis";
    case Practice::RuntimeHardening: return "runtime-hardening";
    }
    return "static-analysis";
}

Finding Rule::finding(const df::Range& range) const { return finding(range, info().title); }

Finding Rule::finding(const df::Range& range, LocalizedText message) const
{
    Finding f;
    f.rule = std::string(info().id);
    f.severity = info().severity;
    f.range = range;
    f.message = std::move(message);
    return f;
}

} // namespace dw::lint
