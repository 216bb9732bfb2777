#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// CIS 5.30: attached to the default bridge network ("bridge", or NetworkMode default/bridge).
class DWH530 final : public support::SingleContainerCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH530",
            .severity = findings::Severity::Info,
            .refs = {"cis-docker:5.30"},
            .title = {"Container is on the default bridge network", "容器连接在默认 bridge 网络上"},
            .explanation = {"All containers on the default bridge can reach each other and it has no name resolution; "
                            "user-defined networks isolate groups of containers.",
                            "默认 bridge 上的容器彼此互通且没有名称解析；自定义网络可以把容器分组隔离。"},
            .remedy = {"Create a network and use it: `docker network create app && docker run --network app`; Compose "
                    "puts services on a project network unless `network_mode: bridge` is set.",
                    "创建并使用自定义网络：`docker network create app && docker run --network app`；Compose "
                    "默认使用项目网络，除非设置了 "
                    "`network_mode: bridge`。"},
            .practice = findings::Practice::RuntimeHardening,
        };
        return info;
    }

  protected:
    std::optional<support::Problem> problem(const engine::ContainerDetails& c,
                                            [[maybe_unused]] const HostContext& host) const override
    {
        bool onBridge = false;
        for (const engine::EndpointSettings& network : c.networkSettings.networks)
            onBridge = onBridge || network.networkName == "bridge";
        if (c.networkSettings.networks.empty())
            onBridge = c.hostConfig.networkMode == "default" || c.hostConfig.networkMode == "bridge";
        if (!onBridge) return std::nullopt;
        return support::Problem{{"is on the default bridge network", "连接在默认 bridge 网络上"},
                                "NetworkSettings.Networks contains bridge (NetworkMode=" + c.hostConfig.networkMode +
                                    ")"};
    }
};

} // namespace

std::unique_ptr<ContainerCheck> make_DWH530()
{
    return std::make_unique<DWH530>();
}

} // namespace dw::hostcheck::checks
