#include "image/image_check.h"


namespace dw::image {
namespace checks {
std::vector<std::unique_ptr<ImageAnalysisCheck>> makeAllImageChecks();
}

const std::vector<std::unique_ptr<ImageAnalysisCheck>>& imageAnalysisChecks()
{
    static const auto all = checks::makeAllImageChecks();
    return all;
}

ImageFinding makeFinding(const findings::CheckInfo& info, const ImageCheckContext& ctx, findings::LocalizedText what,
                         std::string evidence, std::optional<std::size_t> layer, std::string path)
{
    ImageFinding finding;
    finding.finding = findings::makeSubjectFinding(
        info, ctx.subject, {"Image '" + ctx.subject + "' " + what.en, "镜像 '" + ctx.subject + "' " + what.zh},
        std::move(evidence));
    finding.layerIndex = layer;
    finding.path = std::move(path);
    return finding;
}

std::vector<ImageFinding> runImageChecks(const ImageCheckContext& ctx)
{
    std::vector<ImageFinding> out;
    if (!ctx.image) return out;
    for (const auto& check : imageAnalysisChecks()) check->check(ctx, out);
    return out;
}

} // namespace dw::image
