#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// CIS 5.12: no CPU limit or share (CpuShares, NanoCpus and CpuQuota all 0).
class DWH512 final : public support::SingleContainerCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH512",
            .severity = findings::Severity::Warning,
            .refs = {"cis-docker:5.12"},
            .title = {"Container has no CPU limit", "容器没有 CPU 限制"},
            .explanation =
                {"Without a CPU limit or relative share a busy container can starve the other containers and the "
                 "host.",
                 "没有 CPU 限制或相对份额时，繁忙的容器可能让其他容器和主机得不到 CPU。"},
            .remedy = {"Set a limit: `docker run --cpus 1.5` (or `--cpu-shares 512`); Compose: `cpus: 1.5` (or "
                    "`cpu_shares: 512`).",
                    "设置限制：`docker run --cpus 1.5`（或 `--cpu-shares 512`）；Compose：`cpus: 1.5`（或 `cpu_shares: "
                    "512`）。"},
            .practice = findings::Practice::RuntimeHardening,
        };
        return info;
    }

  protected:
    std::optional<support::Problem> problem(const engine::ContainerDetails& c,
                                            [[maybe_unused]] const HostContext& host) const override
    {
        const engine::HostConfig& h = c.hostConfig;
        if (h.cpuShares > 0 || h.nanoCpus > 0 || h.cpuQuota > 0) return std::nullopt;
        return support::Problem{{"has no CPU limit", "没有 CPU 限制"},
                                "HostConfig.CpuShares=0, NanoCpus=0, CpuQuota=0"};
    }
};

} // namespace

std::unique_ptr<ContainerCheck> make_DWH512()
{
    return std::make_unique<DWH512>();
}

} // namespace dw::hostcheck::checks
