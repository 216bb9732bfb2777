#include "image/content_checks_support.h"
#include "util/secrets.h"

#include <memory>
#include <string>
#include <vector>

namespace dw::image::checks {
namespace {

bool removesLists(const content_checks::SegmentCommand& command)
{
    if ((command.program == "apt-get" || command.program == "apt") &&
        (command.action == "dist-clean" || command.action == "distclean"))
        return true;
    if (command.program != "rm") return false;
    for (const std::string& word : command.words)
        if (word.starts_with("/var/lib/apt/lists")) return true;
    return false;
}

// apt-get update or install in a RUN step that does not remove /var/lib/apt/lists afterwards in the same step (apt-get
// clean alone does not remove the lists).
class DWI212 final : public ImageAnalysisCheck {
  public:
    const findings::CheckInfo& info() const override
    {
        static const findings::CheckInfo info{
            .id = "DWI212",
            .severity = findings::Severity::Info,
            .refs = {"dockle:DKL-DI-0005"},
            .title = {"apt lists left in the layer", "层中留下了 apt 列表"},
            .explanation = {"The package lists that `apt-get update` downloads take tens of megabytes. Removing them "
                            "in a later RUN does not help: they stay in the layer that fetched them.",
                            "`apt-get update` 下载的软件包列表有数十兆字节。在之后的 RUN "
                            "中删除没有用：它们仍留在下载它们的那一层。"},
            .remedy =
                {"End the same RUN with `&& rm -rf /var/lib/apt/lists/*`, or use a cache mount for /var/lib/apt/lists.",
                 "在同一个 RUN 的末尾加上 `&& rm -rf /var/lib/apt/lists/*`，或为 /var/lib/apt/lists 使用缓存挂载。"},
            .practice = findings::Practice::MinimalBaseImage,
        };
        return info;
    }

    void check(const ImageCheckContext& ctx, std::vector<ImageFinding>& out) const override
    {
        if (!ctx.image) return;
        for (const content_checks::RunStep& step : content_checks::runSteps(*ctx.image)) {
            const std::size_t i = step.historyIndex;
            bool fetched = false;
            for (const content_checks::SegmentCommand& command : step.commands) {
                const bool apt = command.program == "apt-get" || command.program == "apt";
                if (apt && (command.action == "update" || command.action == "install"))
                    fetched = true;
                else if (fetched && removesLists(command))
                    fetched = false;
            }
            if (!fetched) continue;
            out.push_back(
                content_checks::historyFinding(info(), ctx,
                                               {"leaves the apt lists in history[" + std::to_string(i) + "]",
                                                "在构建历史 history[" + std::to_string(i) + "] 中留下了 apt 列表"},
                                               i, step.body));
        }
    }
};

} // namespace

std::unique_ptr<ImageAnalysisCheck> make_DWI212()
{
    return std::make_unique<DWI212>();
}

} // namespace dw::image::checks
