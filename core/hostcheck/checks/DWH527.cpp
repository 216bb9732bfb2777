#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// CIS 5.27: no health check (none in Config, or HEALTHCHECK NONE, and no State.Health).
class DWH527 final : public support::SingleContainerCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH527",
            .severity = findings::Severity::Warning,
            .refs = {"cis-docker:5.27", "dockle:CIS-DI-0006"},
            .title = {"Container has no health check", "容器没有健康检查"},
            .explanation =
                {"Without a health check Docker only knows whether the main process runs, not whether the service "
                 "answers, so a hung service is never restarted or reported.",
                 "没有健康检查时 Docker 只知道主进程是否在运行，不知道服务是否正常响应，卡死的服务不会被发现或重启。"},
            .remedy = {"Add one: `docker run --health-cmd \"wget -q -O- http://localhost/ || exit 1\"`; Compose: "
                    "`healthcheck: {test: [\"CMD\", ...]}`; or a HEALTHCHECK in the Dockerfile.",
                    "添加健康检查：`docker run --health-cmd \"wget -q -O- http://localhost/ || exit "
                    "1\"`；Compose：`healthcheck: {test: [\"CMD\", ...]}`；或在 Dockerfile 中写 HEALTHCHECK。"},
            .practice = findings::Practice::RuntimeHardening,
        };
        return info;
    }

  protected:
    std::optional<support::Problem> problem(const engine::ContainerDetails& c,
                                            [[maybe_unused]] const HostContext& host) const override
    {
        const bool disabled =
            c.config.healthcheck && !c.config.healthcheck->test.empty() && c.config.healthcheck->test.front() == "NONE";
        if ((c.config.healthcheck && !disabled) || !c.state.healthStatus.empty()) return std::nullopt;
        return support::Problem{{"has no health check", "没有健康检查"},
                                disabled ? "Config.Healthcheck.Test=[NONE]" : "Config.Healthcheck absent"};
    }
};

} // namespace

std::unique_ptr<ContainerCheck> make_DWH527()
{
    return std::make_unique<DWH527>();
}

} // namespace dw::hostcheck::checks
