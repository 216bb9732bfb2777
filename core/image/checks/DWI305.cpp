#include "image/layer_analysis_checks.h"

#include <memory>
#include <string>

namespace dw::image::checks {
namespace {

// Files added in one layer and deleted in a later one: gone from the final tree, still in the image's layers.
class DWI305 final : public ImageAnalysisCheck {
  public:
    const findings::CheckInfo& info() const override
    {
        static const findings::CheckInfo info{
            .id = "DWI305",
            .severity = findings::Severity::Info,
            .refs = {"dive:highestWastedBytes"},
            .title = {"Files deleted in a later layer are still shipped", "在后续层中删除的文件仍随镜像分发"},
            .explanation =
                {"Deleting a file in a later layer only hides it: the layer that added it still carries its bytes "
                 "to every host that pulls the image, and anyone can extract it from that layer.",
                 "在后续层中删除文件只是把它隐藏起来：添加它的层仍会把这些字节带到每台拉取镜像的主机上，"
                 "任何人都能从该层中把它取出来。"},
            .remedy = {"Delete the files in the same RUN that creates them, or build in one stage and `COPY --from` "
                    "only what the final image needs.",
                    "在创建这些文件的同一个 RUN 中删除它们，或在一个阶段中构建、只用 `COPY --from` "
                    "复制最终镜像需要的内容。"},
            .practice = findings::Practice::FewerLayers,
        };
        return info;
    }

    void check(const ImageCheckContext& ctx, std::vector<ImageFinding>& out) const override
    {
        if (!ctx.layers || ctx.layers->deletedLaterBytes == 0 || ctx.layers->largestDeletedLater.empty()) return;
        const LayerAnalysis& layers = *ctx.layers;
        const DeletedLaterFile& largest = layers.largestDeletedLater.front();
        const std::string count = std::to_string(layers.deletedLaterFiles);
        const std::string bytes = layer_checks::humanBytes(layers.deletedLaterBytes);
        const std::string size = layer_checks::humanBytes(largest.size);
        const std::string added = std::to_string(largest.addedIn);
        const std::string deleted = std::to_string(largest.deletedIn);
        std::string evidence;
        for (const DeletedLaterFile& file : layers.largestDeletedLater) {
            if (!evidence.empty()) evidence += "; ";
            evidence += file.path + " (" + layer_checks::humanBytes(file.size) + ", added in layer " +
                        std::to_string(file.addedIn) + ", deleted in layer " + std::to_string(file.deletedIn) + ")";
        }
        out.push_back(layer_checks::makeFinding(
            info(), ctx,
            {"ships " + count + " deleted file(s), " + bytes + "; the largest is " + largest.path + " (" + size +
                 ", added in layer " + added + ", deleted in layer " + deleted + ")",
             "仍分发 " + count + " 个已删除的文件，共 " + bytes + "；最大的是 " + largest.path + "（" + size +
                 "，在第 " + added + " 层添加，在第 " + deleted + " 层删除）"},
            evidence, largest.addedIn, largest.path));
    }
};

} // namespace

std::unique_ptr<ImageAnalysisCheck> make_DWI305()
{
    return std::make_unique<DWI305>();
}

} // namespace dw::image::checks
