#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// CIS 5.32: the Docker socket is mounted into the container.
class DWH532 final : public support::SingleContainerCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH532",
            .severity = findings::Severity::Error,
            .refs = {"cis-docker:5.32"},
            .title = {"Docker socket mounted into the container", "容器挂载了 Docker 套接字"},
            .explanation =
                {"Whoever can talk to docker.sock can start a privileged container and so owns the host; mounting "
                 "it hands that power to everything in the container.",
                 "能访问 docker.sock 的人就能启动特权容器，从而控制主机；挂载它等于把这一权限交给容器内的一切。"},
            .remedy = {"Run `docker run` without `-v /var/run/docker.sock:/var/run/docker.sock`; if a tool needs the "
                    "API, put a filtering proxy in between; Compose: drop it from `volumes:`.",
                    "`docker run` 时去掉 `-v /var/run/docker.sock:/var/run/docker.sock`；若工具确需 "
                    "API，请在中间加过滤代理；Compose：从 "
                    "`volumes:` 中删除。"},
            .practice = findings::Practice::RuntimeHardening,
        };
        return info;
    }

  protected:
    std::optional<support::Problem> problem(const engine::ContainerDetails& c,
                                            [[maybe_unused]] const HostContext& host) const override
    {
        for (const engine::MountPoint& mount : c.mounts)
            if (mount.source.ends_with("docker.sock"))
                return support::Problem{
                    {"mounts the Docker socket " + mount.source, "挂载了 Docker 套接字 " + mount.source},
                    "Mounts: " + mount.source + " -> " + mount.destination};
        return std::nullopt;
    }
};

} // namespace

std::unique_ptr<ContainerCheck> make_DWH532()
{
    return std::make_unique<DWH532>();
}

} // namespace dw::hostcheck::checks
