#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// A secret-looking variable in Config.Env (by name or value); only the name is ever shown.
class DWH541 final : public support::SingleContainerCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH541",
            .severity = findings::Severity::Error,
            .refs = {"cis-docker:4.10", "dockle:CIS-DI-0010"},
            .title = {"Secret in the container's environment", "容器环境变量中含有机密"},
            .explanation =
                {"Environment variables are visible to anyone who can inspect the container and to every process "
                 "in it, and end up in logs and crash reports.",
                 "环境变量对能执行 inspect 的任何人及容器内所有进程可见，还会出现在日志与崩溃报告中。"},
            .remedy = {"Pass secrets as files: `docker run --secret` (Swarm) or `-v secret.txt:/run/secrets/db:ro`; "
                    "Compose: `secrets:` with `environment: DB_PASSWORD_FILE=/run/secrets/db`.",
                    "以文件形式传递机密：`docker run --secret`（Swarm）或 `-v "
                    "secret.txt:/run/secrets/db:ro`；Compose：`secrets:` "
                    "配合 `environment: DB_PASSWORD_FILE=/run/secrets/db`。"},
            .practice = findings::Practice::NoSecrets,
        };
        return info;
    }

  protected:
    std::optional<support::Problem> problem(const engine::ContainerDetails& c,
                                            [[maybe_unused]] const HostContext& host) const override
    {
        const std::vector<std::string> names = support::secretEnvNames(c.config.env);
        if (names.empty()) return std::nullopt;
        const std::string list = support::joined(names);
        return support::Problem{{"has secrets in its environment: " + list + " (values redacted)",
                                 "的环境变量中含有机密：" + list + "（值已隐藏）"},
                                "Config.Env: " + support::joined(names, "=<redacted>, ") + "=<redacted>"};
    }
};

} // namespace

std::unique_ptr<ContainerCheck> make_DWH541()
{
    return std::make_unique<DWH541>();
}

} // namespace dw::hostcheck::checks
