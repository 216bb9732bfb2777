#include "image/content_checks_support.h"
#include "util/secrets.h"

#include <algorithm>

#include <memory>
#include <string>
#include <vector>

namespace dw::image::checks {
namespace {

// apk add without --no-cache in a RUN step that does not remove /var/cache/apk either.
class DWI211 final : public ImageAnalysisCheck {
  public:
    const findings::CheckInfo& info() const override
    {
        static const findings::CheckInfo info{
            .id = "DWI211",
            .severity = findings::Severity::Info,
            .refs = {"dockle:DKL-DI-0004"},
            .title = {"apk add keeps its package cache", "apk add 保留了软件包缓存"},
            .explanation = {"Without --no-cache, apk keeps the downloaded index in /var/cache/apk, and that layer "
                            "ships megabytes that the running container never reads.",
                            "不加 --no-cache 时，apk 会把下载的索引保存在 /var/cache/apk "
                            "中，该层因此带上运行中的容器从不读取的数兆字节数据。"},
            .remedy = {"Use `RUN apk add --no-cache curl`, or a cache mount: `RUN "
                    "--mount=type=cache,target=/var/cache/apk apk add curl`.",
                    "使用 `RUN apk add --no-cache curl`，或使用缓存挂载：`RUN --mount=type=cache,target=/var/cache/apk "
                    "apk add curl`。"},
            .practice = findings::Practice::MinimalBaseImage,
        };
        return info;
    }

    void check(const ImageCheckContext& ctx, std::vector<ImageFinding>& out) const override
    {
        if (!ctx.image) return;
        for (const content_checks::RunStep& step : content_checks::runSteps(*ctx.image)) {
            const std::size_t i = step.historyIndex;
            if (step.body.find("/var/cache/apk") != std::string::npos) continue; // cleaned in the same RUN
            bool keepsCache = false;
            for (const content_checks::SegmentCommand& command : step.commands) {
                if (command.program != "apk" || command.action != "add") continue;
                keepsCache = keepsCache ||
                             std::find(command.words.begin(), command.words.end(), "--no-cache") == command.words.end();
            }
            if (!keepsCache) continue;
            out.push_back(
                content_checks::historyFinding(info(), ctx,
                                               {"keeps the apk cache in history[" + std::to_string(i) + "]",
                                                "在构建历史 history[" + std::to_string(i) + "] 中保留了 apk 缓存"},
                                               i, step.body));
        }
    }
};

} // namespace

std::unique_ptr<ImageAnalysisCheck> make_DWI211()
{
    return std::make_unique<DWI211>();
}

} // namespace dw::image::checks
