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

std::vector<ImageFinding> runImageChecks(const ImageCheckContext& ctx)
{
    std::vector<ImageFinding> out;
    if (!ctx.image) return out;
    for (const auto& check : imageAnalysisChecks()) check->check(ctx, out);
    return out;
}

} // namespace dw::image
