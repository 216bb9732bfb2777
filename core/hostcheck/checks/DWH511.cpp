#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// CIS 5.11: HostConfig.Memory is 0 (no memory limit).
class DWH511 final : public support::SingleContainerCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH511",
            .severity = findings::Severity::Warning,
            .refs = {"cis-docker:5.11"},
            .title = {"Container has no memory limit", "容器没有内存限制"},
            .explanation =
                {"Without a memory limit one container can exhaust the host's memory and get other workloads "
                 "killed by the kernel's OOM killer.",
                 "没有内存限制时，单个容器可能耗尽主机内存，导致其他工作负载被内核 OOM 终止。"},
            .remedy = {"Set a limit: `docker run --memory 512m`; Compose: `mem_limit: 512m` (or "
                    "`deploy.resources.limits.memory`).",
                    "设置限制：`docker run --memory 512m`；Compose：`mem_limit: 512m`（或 "
                    "`deploy.resources.limits.memory`）。"},
            .practice = findings::Practice::RuntimeHardening,
        };
        return info;
    }

  protected:
    std::optional<support::Problem> problem(const engine::ContainerDetails& c,
                                            [[maybe_unused]] const HostContext& host) const override
    {
        if (c.hostConfig.memory > 0) return std::nullopt;
        return support::Problem{{"has no memory limit", "没有内存限制"}, "HostConfig.Memory=0"};
    }
};

} // namespace

std::unique_ptr<ContainerCheck> make_DWH511()
{
    return std::make_unique<DWH511>();
}

} // namespace dw::hostcheck::checks
