#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// CIS 5.25: the container is placed under a cgroup parent of its own choosing (HostConfig.CgroupParent).
class DWH525 final : public support::SingleContainerCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH525",
            .severity = findings::Severity::Warning,
            .refs = {"cis-docker:5.25"},
            .title = {"Container uses a custom cgroup parent", "容器使用了自定义 cgroup 父组"},
            .explanation =
                {"Under a parent cgroup other than the daemon's, the container escapes the resource limits and "
                 "accounting set for Docker's containers and may share limits with unrelated workloads.",
                 "放在守护进程默认之外的父 cgroup 下，容器会脱离为 Docker 容器设置的资源限制与统计，"
                 "还可能与无关的工作负载共享限额。"},
            .remedy = {"Leave the default: remove `docker run --cgroup-parent`; Compose: remove `cgroup_parent:`.",
                    "保持默认：去掉 `docker run --cgroup-parent`；Compose：删除 `cgroup_parent:`。"},
            .practice = findings::Practice::RuntimeHardening,
        };
        return info;
    }

  protected:
    std::optional<support::Problem> problem(const engine::ContainerDetails& c,
                                            [[maybe_unused]] const HostContext& host) const override
    {
        const std::string& parent = c.hostConfig.cgroupParent;
        if (parent.empty()) return std::nullopt;
        return support::Problem{{"runs under the cgroup parent " + parent, "运行在 cgroup 父组 " + parent + " 之下"},
                                "HostConfig.CgroupParent=" + parent};
    }
};

} // namespace

std::unique_ptr<ContainerCheck> make_DWH525()
{
    return std::make_unique<DWH525>();
}

} // namespace dw::hostcheck::checks
