#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// CIS 5.20: a mount with shared or rshared propagation.
class DWH520 final : public support::SingleContainerCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH520",
            .severity = findings::Severity::Warning,
            .refs = {"cis-docker:5.20"},
            .title = {"Mount propagation is shared with the host", "挂载传播模式与主机共享"},
            .explanation =
                {"With shared propagation, mounts made inside the container appear on the host and the other way "
                 "round.",
                 "共享传播模式下，容器内的挂载会出现在主机上，反之亦然。"},
            .remedy =
                {"Use private or slave propagation: `docker run -v /data:/data:rslave` (not `:rshared`); Compose: "
                 "`bind: {propagation: rslave}`.",
                 "改用 private 或 slave 传播：`docker run -v /data:/data:rslave`（不要用 `:rshared`）；Compose：`bind: "
                 "{propagation: rslave}`。"},
            .practice = findings::Practice::RuntimeHardening,
        };
        return info;
    }

  protected:
    std::optional<support::Problem> problem(const engine::ContainerDetails& c,
                                            [[maybe_unused]] const HostContext& host) const override
    {
        std::vector<std::string> shared;
        for (const engine::MountPoint& mount : c.mounts)
            if (mount.propagation == "shared" || mount.propagation == "rshared")
                shared.push_back(mount.destination + " (" + mount.propagation + ")");
        if (shared.empty()) return std::nullopt;
        const std::string list = support::joined(shared);
        return support::Problem{{"has shared mount propagation on " + list, "的挂载使用共享传播：" + list},
                                "Mounts[].Propagation: " + list};
    }
};

} // namespace

std::unique_ptr<ContainerCheck> make_DWH520()
{
    return std::make_unique<DWH520>();
}

} // namespace dw::hostcheck::checks
