#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// CIS 5.31: UsernsMode is host (user namespace remapping switched off for this container).
class DWH531 final : public support::SingleContainerCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH531",
            .severity = findings::Severity::Warning,
            .refs = {"cis-docker:5.31"},
            .title = {"Container shares the host's user namespace", "容器共享主机用户命名空间"},
            .explanation =
                {"`--userns host` turns off the daemon's user-namespace remapping for this container, so its root "
                 "is the host's root again.",
                 "`--userns host` 会为该容器关闭守护进程的用户命名空间重映射，容器内 root 重新等同于主机 root。"},
            .remedy = {"Run `docker run` without `--userns host`; Compose: remove `userns_mode: host`.",
                    "`docker run` 时去掉 `--userns host`；Compose：删除 `userns_mode: host`。"},
            .practice = findings::Practice::RuntimeHardening,
        };
        return info;
    }

  protected:
    std::optional<support::Problem> problem(const engine::ContainerDetails& c,
                                            [[maybe_unused]] const HostContext& host) const override
    {
        if (c.hostConfig.usernsMode != "host") return std::nullopt;
        return support::Problem{{"shares the host's user namespace", "共享主机用户命名空间"},
                                "HostConfig.UsernsMode=host"};
    }
};

} // namespace

std::unique_ptr<ContainerCheck> make_DWH531()
{
    return std::make_unique<DWH531>();
}

} // namespace dw::hostcheck::checks
