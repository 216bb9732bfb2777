#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// CIS 5.10: NetworkMode is host.
class DWH510 final : public support::SingleContainerCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH510",
            .severity = findings::Severity::Warning,
            .refs = {"cis-docker:5.10"},
            .title = {"Container shares the host's network namespace", "容器共享主机网络命名空间"},
            .explanation =
                {"With the host network the container sees every host interface, can bind any host port and reach "
                 "services listening on localhost.",
                 "使用主机网络时，容器可见所有主机网卡，可绑定任意主机端口，并能访问仅监听 localhost 的服务。"},
            .remedy = {"Use a bridge or user-defined network and publish ports: `docker run --network mynet -p "
                    "8080:80`; Compose: remove `network_mode: host`.",
                    "改用 bridge 或自定义网络并发布端口：`docker run --network mynet -p 8080:80`；Compose：删除 "
                    "`network_mode: host`。"},
            .practice = findings::Practice::RuntimeHardening,
        };
        return info;
    }

  protected:
    std::optional<support::Problem> problem(const engine::ContainerDetails& c,
                                            [[maybe_unused]] const HostContext& host) const override
    {
        if (c.hostConfig.networkMode != "host") return std::nullopt;
        return support::Problem{{"uses the host network", "使用主机网络"}, "HostConfig.NetworkMode=host"};
    }
};

} // namespace

std::unique_ptr<ContainerCheck> make_DWH510()
{
    return std::make_unique<DWH510>();
}

} // namespace dw::hostcheck::checks
