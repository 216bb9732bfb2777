#include "image/content_checks_support.h"
#include "util/secrets.h"

#include <memory>
#include <string>
#include <vector>

namespace dw::image::checks {
namespace {

std::string familyOf(const std::string& program)
{
    if (program == "apt-get" || program == "apt") return "apt";
    if (program == "apk") return "apk";
    return {};
}

bool installs(const std::string& family, const std::string& action)
{
    if (family == "apt")
        return action == "install" || action == "upgrade" || action == "dist-upgrade" || action == "full-upgrade";
    return action == "add" || action == "upgrade";
}

// A package index update (apt/apt-get/apk update) in a RUN that installs nothing after it: the cached layer keeps a
// stale index that later installs use. dockle looks at apt only; apk is checked too.
class DWI207 final : public ImageAnalysisCheck {
  public:
    const findings::CheckInfo& info() const override
    {
        static const findings::CheckInfo info{
            .id = "DWI207",
            .severity = findings::Severity::Warning,
            .refs = {"dockle:CIS-DI-0007", "cis-docker:4.7"},
            .title = {"Package index updated without an install in the same RUN",
                      "同一个 RUN 中更新了软件包索引却没有安装"},
            .explanation = {"The build cache keeps the layer of a lone `apt-get update` for as long as its line does "
                            "not change, so the install in a later RUN works from an index that may be months old and "
                            "installs outdated packages.",
                            "只要那一行不变，构建缓存就会一直复用单独的 `apt-get update` 层，之后的 RUN "
                            "安装时使用的可能是几个月前的索引，装上过时的软件包。"},
            .remedy = {"Update and install in one RUN: `RUN apt-get update && apt-get install -y --no-install-recommends "
                    "curl && rm -rf /var/lib/apt/lists/*`.",
                    "在同一个 RUN 中更新并安装：`RUN apt-get update && apt-get install -y --no-install-recommends curl "
                    "&& rm -rf /var/lib/apt/lists/*`。"},
            .practice = findings::Practice::BuildCache,
        };
        return info;
    }

    void check(const ImageCheckContext& ctx, std::vector<ImageFinding>& out) const override
    {
        if (!ctx.image) return;
        for (const content_checks::RunStep& step : content_checks::runSteps(*ctx.image)) {
            const std::size_t i = step.historyIndex;
            std::string pendingUpdate;
            for (const content_checks::SegmentCommand& command : step.commands) {
                const std::string family = familyOf(command.program);
                if (family.empty()) continue;
                if (command.action == "update")
                    pendingUpdate = family;
                else if (family == pendingUpdate && installs(family, command.action))
                    pendingUpdate.clear();
            }
            if (pendingUpdate.empty()) continue;
            out.push_back(content_checks::historyFinding(
                info(), ctx,
                {"updates the " + pendingUpdate + " index without installing in the same RUN (history[" +
                     std::to_string(i) + "])",
                 "在同一个 RUN 中更新了 " + pendingUpdate + " 索引却没有安装（history[" + std::to_string(i) + "]）"},
                i, step.body));
        }
    }
};

} // namespace

std::unique_ptr<ImageAnalysisCheck> make_DWI207()
{
    return std::make_unique<DWI207>();
}

} // namespace dw::image::checks
