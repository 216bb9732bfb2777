#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// CIS 5.5: HostConfig.Privileged is true.
class DWH505 final : public support::SingleContainerCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH505",
            .severity = findings::Severity::Error,
            .refs = {"cis-docker:5.5"},
            .title = {"Container runs privileged", "容器以特权模式运行"},
            .explanation = {"A privileged container gets every capability, all host devices and no seccomp or AppArmor "
                            "confinement: root in it is root on the host.",
                            "特权容器拥有全部能力、所有主机设备，且不受 seccomp 与 AppArmor 约束：容器内的 root "
                            "就是主机的 root。"},
            .remedy = {"Run `docker run` without `--privileged` and grant only the capability or device needed "
                    "(`--cap-add`, `--device`); Compose: remove `privileged: true`.",
                    "`docker run` 时去掉 "
                    "`--privileged`，只授予所需的能力或设备（`--cap-add`、`--device`）；Compose：删除 `privileged: "
                    "true`。"},
            .practice = findings::Practice::RuntimeHardening,
        };
        return info;
    }

  protected:
    std::optional<support::Problem> problem(const engine::ContainerDetails& c,
                                            [[maybe_unused]] const HostContext& host) const override
    {
        if (!c.hostConfig.privileged) return std::nullopt;
        return support::Problem{{"runs privileged", "以特权模式运行"}, "HostConfig.Privileged=true"};
    }
};

} // namespace

std::unique_ptr<ContainerCheck> make_DWH505()
{
    return std::make_unique<DWH505>();
}

} // namespace dw::hostcheck::checks
