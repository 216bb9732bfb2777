#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// CIS 5.21: UTSMode is host.
class DWH521 final : public support::SingleContainerCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH521",
            .severity = findings::Severity::Warning,
            .refs = {"cis-docker:5.21"},
            .title = {"Container shares the host's UTS namespace", "容器共享主机 UTS 命名空间"},
            .explanation = {"The host UTS namespace lets the container change the host's hostname and domain name.",
                            "共享主机 UTS 命名空间后，容器可以修改主机的主机名与域名。"},
            .remedy = {"Run `docker run` without `--uts host`; Compose: remove `uts: host`.",
                    "`docker run` 时去掉 `--uts host`；Compose：删除 `uts: host`。"},
            .practice = findings::Practice::RuntimeHardening,
        };
        return info;
    }

  protected:
    std::optional<support::Problem> problem(const engine::ContainerDetails& c,
                                            [[maybe_unused]] const HostContext& host) const override
    {
        if (c.hostConfig.utsMode != "host") return std::nullopt;
        return support::Problem{{"shares the host's UTS namespace", "共享主机 UTS 命名空间"},
                                "HostConfig.UTSMode=host"};
    }
};

} // namespace

std::unique_ptr<ContainerCheck> make_DWH521()
{
    return std::make_unique<DWH521>();
}

} // namespace dw::hostcheck::checks
