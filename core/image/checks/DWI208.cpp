#include "image/content_checks_support.h"
#include "util/secrets.h"

#include <memory>
#include <string>
#include <vector>

namespace dw::image::checks {
namespace {

// sudo used as a command in a RUN step of the build history (the package name sudo in an install line does not count,
// unlike dockle).
class DWI208 final : public ImageAnalysisCheck {
  public:
    const findings::CheckInfo& info() const override
    {
        static const findings::CheckInfo info{
            .id = "DWI208",
            .severity = findings::Severity::Warning,
            .refs = {"dockle:DKL-DI-0001"},
            .title = {"sudo used in the build", "构建中使用了 sudo"},
            .explanation = {"Build steps already run as the current USER; sudo in them means the image carries sudo "
                            "and a sudoers setup, which lets a compromised process become root, and its TTY and signal "
                            "handling do not suit containers.",
                            "构建步骤本来就以当前 USER 运行；在其中使用 sudo 意味着镜像带有 sudo 及其 sudoers "
                            "配置，被攻破的进程可借此成为 root，而且 sudo 的 TTY 与信号处理也不适合容器。"},
            .remedy = {"Run the privileged steps before `USER app` (as root), then switch users; inside containers use "
                    "`gosu` or `setpriv` for a one-off change of user.",
                    "在 `USER app` 之前（以 root）执行需要特权的步骤，然后再切换用户；容器内需要临时切换用户时用 "
                    "`gosu` 或 `setpriv`。"},
            .practice = findings::Practice::LeastPrivilegeUser,
        };
        return info;
    }

    void check(const ImageCheckContext& ctx, std::vector<ImageFinding>& out) const override
    {
        if (!ctx.image) return;
        for (const content_checks::RunStep& step : content_checks::runSteps(*ctx.image)) {
            const std::size_t i = step.historyIndex;
            bool usesSudo = false;
            for (const content_checks::SegmentCommand& command : step.commands)
                usesSudo = usesSudo || command.viaSudo;
            if (!usesSudo) continue;
            out.push_back(
                content_checks::historyFinding(info(), ctx,
                                               {"runs sudo in history[" + std::to_string(i) + "]",
                                                "在构建历史 history[" + std::to_string(i) + "] 中运行了 sudo"},
                                               i, step.body));
        }
    }
};

} // namespace

std::unique_ptr<ImageAnalysisCheck> make_DWI208()
{
    return std::make_unique<DWI208>();
}

} // namespace dw::image::checks
