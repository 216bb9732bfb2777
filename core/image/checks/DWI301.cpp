#include "image/layer_analysis_checks.h"

#include <memory>
#include <string>

namespace dw::image::checks {
namespace {

// dive's lowestEfficiency rule: fails when the threshold (default 0.9) is above the image's efficiency score.
class DWI301 final : public ImageAnalysisCheck {
  public:
    const findings::CheckInfo& info() const override
    {
        static const findings::CheckInfo info{
            .id = "DWI301",
            .severity = findings::Severity::Warning,
            .refs = {"dive:lowestEfficiency"},
            .title = {"Layer efficiency is below the threshold", "层效率低于阈值"},
            .explanation =
                {"Every copy of a file that a later layer rewrites, re-adds with new permissions or deletes is still "
                 "downloaded and stored with the image. The efficiency score (dive's definition) is the share of "
                 "layer bytes that are not such extra copies.",
                 "后续层改写、以新权限重新添加或删除的文件，其旧副本仍随镜像一起下载和存储。效率分数（按 dive "
                 "的定义）是层中不属于这类多余副本的字节所占的比例。"},
            .remedy = {"Create, change and delete files in one RUN (join the commands with `&&`), set modes with "
                    "`COPY --chmod`/`--chown` instead of a later `chmod`/`chown`, or copy only the results into a "
                    "clean stage of a multi-stage build.",
                    "在同一个 RUN 中创建、修改和删除文件（用 `&&` 连接命令），用 `COPY --chmod`/`--chown` "
                    "代替之后的 `chmod`/`chown`，或在多阶段构建中只把结果复制到干净的阶段。"},
            .practice = findings::Practice::FewerLayers,
        };
        return info;
    }

    void check(const ImageCheckContext& ctx, std::vector<ImageFinding>& out) const override
    {
        const std::optional<double> threshold = layer_checks::thresholds(ctx).lowestEfficiency;
        if (!ctx.layers || !threshold || !(*threshold > ctx.layers->efficiency)) return;
        const LayerAnalysis& layers = *ctx.layers;
        std::string evidence = "efficiency=" + layer_checks::ratioText(layers.efficiency) +
                               " threshold=" + layer_checks::ratioText(*threshold);
        std::string largest;
        int named = 0;
        for (const InefficientPath& path : layers.inefficientPaths) {
            if (path.totalBytes == 0 || named == 3) break;
            largest += (named++ ? ", " : "") + path.path + " (" + std::to_string(path.count) + "x, " +
                       layer_checks::humanBytes(path.totalBytes) + ")";
        }
        if (!largest.empty()) evidence += "; largest repeated paths: " + largest;
        out.push_back(layer_checks::makeFinding(
            info(), ctx,
            {"has a layer efficiency of " + layer_checks::percent(layers.efficiency) + ", below " +
                 layer_checks::percent(*threshold),
             "的层效率为 " + layer_checks::percent(layers.efficiency) + "，低于 " + layer_checks::percent(*threshold)},
            evidence));
    }
};

} // namespace

std::unique_ptr<ImageAnalysisCheck> make_DWI301()
{
    return std::make_unique<DWI301>();
}

} // namespace dw::image::checks
