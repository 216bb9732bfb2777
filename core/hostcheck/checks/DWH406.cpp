#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// CIS 4.6: Config.Healthcheck absent (HEALTHCHECK NONE is a deliberate choice and passes, as in dockle).
class DWH406 final : public support::SingleImageCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH406",
            .severity = findings::Severity::Info,
            .refs = {"cis-docker:4.6", "dockle:CIS-DI-0006"},
            .title = {"Image has no HEALTHCHECK", "镜像没有 HEALTHCHECK"},
            .explanation =
                {"Without a HEALTHCHECK, containers of the image report only whether their process runs, not "
                 "whether the service works.",
                 "没有 HEALTHCHECK 时，该镜像的容器只能报告进程是否在运行，无法反映服务是否正常。"},
            .remedy = {"Add `HEALTHCHECK CMD wget -q -O- http://localhost/ || exit 1` to the Dockerfile; or at run time "
                    "`docker run --health-cmd ...`, Compose `healthcheck:`.",
                    "在 Dockerfile 中加入 `HEALTHCHECK CMD wget -q -O- http://localhost/ || exit 1`；或运行时用 "
                    "`docker run "
                    "--health-cmd ...`，Compose 用 `healthcheck:`。"},
            .practice = findings::Practice::RuntimeHardening,
        };
        return info;
    }

  protected:
    std::optional<support::Problem> problem(const engine::ImageDetails& image,
                                            [[maybe_unused]] const ImageContext& images) const override
    {
        if (image.config.healthcheck) return std::nullopt;
        return support::Problem{{"has no HEALTHCHECK", "没有 HEALTHCHECK"}, "Config.Healthcheck absent"};
    }
};

} // namespace

std::unique_ptr<InventoryImageCheck> make_DWH406()
{
    return std::make_unique<DWH406>();
}

} // namespace dw::hostcheck::checks
