#include "image/layer_analysis_checks.h"

#include <memory>
#include <string>

namespace dw::image::checks {
namespace {

// dive's highestUserWastedPercent rule: wasted bytes (every copy of a path seen in two or more layers) divided
// by the bytes of the layers above layer 0 exceed the threshold (default 0.1).
class DWI302 final : public ImageAnalysisCheck {
  public:
    const findings::CheckInfo& info() const override
    {
        static const findings::CheckInfo info{
            .id = "DWI302",
            .severity = findings::Severity::Warning,
            .refs = {"dive:highestUserWastedPercent"},
            .title = {"Too many wasted bytes for what the build added", "相对于构建新增的内容，浪费的字节过多"},
            .explanation =
                {"Compared with the bytes the layers above the first one add, a large share goes to files that "
                 "exist in more than one layer. dive counts every copy of such a path, so the ratio can pass 100%.",
                 "与第一层之上各层新增的字节相比，有很大一部分花在了出现在多个层中的文件上。dive "
                 "会计算这类路径的每一个副本，因此该比例可能超过 100%。"},
            .remedy = {"Remove temporary files and caches in the RUN that creates them, avoid rewriting base-image "
                    "files in later layers, and copy build outputs into a fresh stage of a multi-stage build.",
                    "在产生临时文件和缓存的同一个 RUN 中删除它们，避免在后续层中改写基础镜像的文件，并在多阶段构建中"
                    "把构建产物复制到新的阶段。"},
            .practice = findings::Practice::FewerLayers,
        };
        return info;
    }

    void check(const ImageCheckContext& ctx, std::vector<ImageFinding>& out) const override
    {
        const std::optional<double> threshold = layer_checks::thresholds(ctx).highestUserWastedPercent;
        if (!ctx.layers || !threshold || !(ctx.layers->userWastedPercent > *threshold)) return;
        const LayerAnalysis& layers = *ctx.layers;
        const std::string wasted = layer_checks::humanBytes(layers.wastedBytes);
        const std::string user = layer_checks::humanBytes(layers.userSizeBytes);
        out.push_back(layer_checks::makeFinding(
            info(), ctx,
            {"wastes " + wasted + ", " + layer_checks::percent(layers.userWastedPercent) + " of the " + user +
                 " added above the first layer (threshold " + layer_checks::percent(*threshold) + ")",
             "浪费了 " + wasted + "，占第一层之上新增的 " + user + " 的 " +
                 layer_checks::percent(layers.userWastedPercent) + "（阈值 " + layer_checks::percent(*threshold) +
                 "）"},
            "userWastedPercent=" + layer_checks::ratioText(layers.userWastedPercent) + " wastedBytes=" +
                std::to_string(layers.wastedBytes) + " userSizeBytes=" + std::to_string(layers.userSizeBytes) +
                " threshold=" + layer_checks::ratioText(*threshold)));
    }
};

} // namespace

std::unique_ptr<ImageAnalysisCheck> make_DWI302()
{
    return std::make_unique<DWI302>();
}

} // namespace dw::image::checks
