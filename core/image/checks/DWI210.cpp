#include "image/content_checks_support.h"
#include "util/secrets.h"

#include <memory>
#include <string>
#include <vector>

namespace dw::image::checks {
namespace {

// apt-get dist-upgrade (or full-upgrade) in a RUN step.
class DWI210 final : public ImageAnalysisCheck {
  public:
    const findings::CheckInfo& info() const override
    {
        static const findings::CheckInfo info{
            .id = "DWI210",
            .severity = findings::Severity::Info,
            .refs = {"dockle:DKL-DI-0003"},
            .title = {"Whole-distribution upgrade in the build", "构建中升级了整个发行版"},
            .explanation =
                {"A dist-upgrade can replace core packages of the base image, even switch major versions, in a layer "
                 "that the base image maintainers never tested; the result changes from build to build.",
                 "dist-upgrade "
                 "会在基础镜像维护者从未测试过的层中替换基础镜像的核心软件包，甚至跨大版本升级，每次构建的结果都可能不"
                 "同。"},
            .remedy = {"Use a newer base image tag instead of upgrading inside the build, and install only the packages "
                    "you need with pinned versions.",
                    "改用更新的基础镜像标签，而不是在构建中升级；只安装需要的软件包并固定版本。"},
            .practice = findings::Practice::MinimalBaseImage,
        };
        return info;
    }

    void check(const ImageCheckContext& ctx, std::vector<ImageFinding>& out) const override
    {
        if (!ctx.image) return;
        for (const content_checks::RunStep& step : content_checks::runSteps(*ctx.image)) {
            const std::size_t i = step.historyIndex;
            bool upgrades = false;
            for (const content_checks::SegmentCommand& command : step.commands) {
                upgrades = upgrades || ((command.program == "apt-get" || command.program == "apt") &&
                                        (command.action == "dist-upgrade" || command.action == "full-upgrade"));
            }
            if (!upgrades) continue;
            out.push_back(
                content_checks::historyFinding(info(), ctx,
                                               {"upgrades the whole distribution in history[" + std::to_string(i) + "]",
                                                "在构建历史 history[" + std::to_string(i) + "] 中升级了整个发行版"},
                                               i, step.body));
        }
    }
};

} // namespace

std::unique_ptr<ImageAnalysisCheck> make_DWI210()
{
    return std::make_unique<DWI210>();
}

} // namespace dw::image::checks
