#include "image/content_checks_support.h"

#include <memory>
#include <string>
#include <vector>

namespace dw::image::checks {
namespace {

// No HEALTHCHECK in the config; an explicit HEALTHCHECK NONE counts as a decision and passes (as in dockle).
class DWI202 final : public ImageAnalysisCheck {
  public:
    const findings::CheckInfo& info() const override
    {
        static const findings::CheckInfo info{
            .id = "DWI202",
            .severity = findings::Severity::Info,
            .refs = {"dockle:CIS-DI-0006", "cis-docker:4.6"},
            .title = {"Image has no HEALTHCHECK", "镜像没有 HEALTHCHECK"},
            .explanation = {"Without a health check the engine only knows whether the main process is alive, not "
                            "whether it still answers. A hung service keeps receiving traffic and is never restarted.",
                            "没有健康检查时，引擎只知道主进程是否存活，而不知道它是否仍能响应。卡死的服务会继续接收流量"
                            "，也不会被重启。"},
            .remedy = {"Add a probe that exercises the service: `HEALTHCHECK --interval=30s CMD wget -qO- "
                    "http://localhost:8080/health || exit 1`; Compose: `healthcheck:`.",
                    "添加能真正检验服务的探测：`HEALTHCHECK --interval=30s CMD wget -qO- http://localhost:8080/health "
                    "|| exit 1`；Compose：`healthcheck:`。"},
            .practice = findings::Practice::RuntimeHardening,
        };
        return info;
    }

    void check(const ImageCheckContext& ctx, std::vector<ImageFinding>& out) const override
    {
        if (!ctx.image || ctx.image->config.healthcheckTest) return;
        out.push_back(content_checks::makeFinding(info(), ctx, {"has no HEALTHCHECK", "没有 HEALTHCHECK"},
                                                  "Config.Healthcheck is not set"));
    }
};

} // namespace

std::unique_ptr<ImageAnalysisCheck> make_DWI202()
{
    return std::make_unique<DWI202>();
}

} // namespace dw::image::checks
