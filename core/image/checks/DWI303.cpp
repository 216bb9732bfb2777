#include "image/layer_analysis_checks.h"

#include <memory>
#include <string>

namespace dw::image::checks {
namespace {

// dive's highestWastedBytes rule: off unless a threshold is configured (`.dive-ci` or options).
class DWI303 final : public ImageAnalysisCheck {
  public:
    const findings::CheckInfo& info() const override
    {
        static const findings::CheckInfo info{
            .id = "DWI303",
            .severity = findings::Severity::Warning,
            .refs = {"dive:highestWastedBytes"},
            .title = {"Wasted bytes above the configured limit", "浪费的字节超过设定上限"},
            .explanation =
                {"The bytes of paths stored in more than one layer (all their copies, as dive counts them) exceed "
                 "the limit set for this image. They make every pull and every registry copy larger.",
                 "存放在多个层中的路径的字节数（按 dive 的方式计算其全部副本）超过了为该镜像设定的上限。"
                 "它们让每次拉取和每份镜像仓库副本都变得更大。"},
            .remedy = {"Find the repeated paths in the layer report and produce each file once: clean up in the same "
                    "RUN, use `COPY --chmod`/`--chown`, or build in one stage and copy the results into another.",
                    "在层报告中找出重复的路径，让每个文件只产生一次：在同一个 RUN 中清理，使用 "
                    "`COPY --chmod`/`--chown`，或在一个阶段中构建、再把结果复制到另一个阶段。"},
            .practice = findings::Practice::FewerLayers,
        };
        return info;
    }

    void check(const ImageCheckContext& ctx, std::vector<ImageFinding>& out) const override
    {
        const std::optional<std::uint64_t> limit = layer_checks::thresholds(ctx).highestWastedBytes;
        if (!ctx.layers || !limit || ctx.layers->wastedBytes <= *limit) return;
        const std::string wasted = layer_checks::humanBytes(ctx.layers->wastedBytes);
        const std::string allowed = layer_checks::humanBytes(*limit);
        out.push_back(layer_checks::makeFinding(
            info(), ctx,
            {"wastes " + wasted + ", more than the limit of " + allowed, "浪费了 " + wasted + "，超过上限 " + allowed},
            "wastedBytes=" + std::to_string(ctx.layers->wastedBytes) + " threshold=" + std::to_string(*limit)));
    }
};

} // namespace

std::unique_ptr<ImageAnalysisCheck> make_DWI303()
{
    return std::make_unique<DWI303>();
}

} // namespace dw::image::checks
