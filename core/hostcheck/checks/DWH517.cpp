#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// CIS 5.17: IpcMode is host.
class DWH517 final : public support::SingleContainerCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH517",
            .severity = findings::Severity::Warning,
            .refs = {"cis-docker:5.17"},
            .title = {"Container shares the host's IPC namespace", "容器共享主机 IPC 命名空间"},
            .explanation = {"The host IPC namespace exposes host shared memory and semaphores to the container.",
                            "主机 IPC 命名空间会把主机的共享内存和信号量暴露给容器。"},
            .remedy = {"Run `docker run` without `--ipc host`; Compose: remove `ipc: host`.",
                    "`docker run` 时去掉 `--ipc host`；Compose：删除 `ipc: host`。"},
            .practice = findings::Practice::RuntimeHardening,
        };
        return info;
    }

  protected:
    std::optional<support::Problem> problem(const engine::ContainerDetails& c,
                                            [[maybe_unused]] const HostContext& host) const override
    {
        if (c.hostConfig.ipcMode != "host") return std::nullopt;
        return support::Problem{{"shares the host's IPC namespace", "共享主机 IPC 命名空间"},
                                "HostConfig.IpcMode=host"};
    }
};

} // namespace

std::unique_ptr<ContainerCheck> make_DWH517()
{
    return std::make_unique<DWH517>();
}

} // namespace dw::hostcheck::checks
