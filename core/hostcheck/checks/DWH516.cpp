#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// CIS 5.16: PidMode is host.
class DWH516 final : public support::SingleContainerCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH516",
            .severity = findings::Severity::Warning,
            .refs = {"cis-docker:5.16"},
            .title = {"Container shares the host's process namespace", "容器共享主机进程命名空间"},
            .explanation =
                {"With the host PID namespace the container sees every host process and, as root, can signal or "
                 "trace them.",
                 "共享主机 PID 命名空间后，容器可见所有主机进程，以 root 身份还能向其发送信号或跟踪它们。"},
            .remedy = {"Run `docker run` without `--pid host`; Compose: remove `pid: host`.",
                    "`docker run` 时去掉 `--pid host`；Compose：删除 `pid: host`。"},
            .practice = findings::Practice::RuntimeHardening,
        };
        return info;
    }

  protected:
    std::optional<support::Problem> problem(const engine::ContainerDetails& c,
                                            [[maybe_unused]] const HostContext& host) const override
    {
        if (c.hostConfig.pidMode != "host") return std::nullopt;
        return support::Problem{{"shares the host's PID namespace", "共享主机 PID 命名空间"},
                                "HostConfig.PidMode=host"};
    }
};

} // namespace

std::unique_ptr<ContainerCheck> make_DWH516()
{
    return std::make_unique<DWH516>();
}

} // namespace dw::hostcheck::checks
