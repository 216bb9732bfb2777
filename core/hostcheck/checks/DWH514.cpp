#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// CIS 5.14: a port published on all host addresses (0.0.0.0, :: or empty HostIp).
class DWH514 final : public support::SingleContainerCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH514",
            .severity = findings::Severity::Info,
            .refs = {"cis-docker:5.14"},
            .title = {"Container port is published on all host addresses", "容器端口发布在主机所有地址上"},
            .explanation =
                {"A port bound to 0.0.0.0 or :: is reachable on every interface of the host, including public "
                 "ones, unless a firewall says otherwise.",
                 "绑定到 0.0.0.0 或 :: 的端口在主机所有网卡上都可访问（包括公网），除非另有防火墙限制。"},
            .remedy = {"Bind to one address: `docker run -p 127.0.0.1:8080:80`; Compose: `ports: "
                    "[\"127.0.0.1:8080:80\"]`.",
                    "绑定到指定地址：`docker run -p 127.0.0.1:8080:80`；Compose：`ports: [\"127.0.0.1:8080:80\"]`。"},
            .practice = findings::Practice::RuntimeHardening,
        };
        return info;
    }

  protected:
    std::optional<support::Problem> problem(const engine::ContainerDetails& c,
                                            [[maybe_unused]] const HostContext& host) const override
    {
        std::vector<std::string> open;
        const std::vector<engine::PortBinding> bindings = support::publishedPorts(c);
        for (const engine::PortBinding& binding : bindings) {
            if (binding.hostIp.empty() || binding.hostIp == "0.0.0.0" || binding.hostIp == "::")
                open.push_back((binding.hostIp.empty() ? std::string("*") : binding.hostIp) + ":" + binding.hostPort +
                               "->" + binding.containerPort);
        }
        if (open.empty()) return std::nullopt;
        const std::string list = support::joined(open);
        return support::Problem{
            {"publishes ports on all host addresses: " + list, "在主机所有地址上发布了端口：" + list},
            "Ports: " + list};
    }
};

} // namespace

std::unique_ptr<ContainerCheck> make_DWH514()
{
    return std::make_unique<DWH514>();
}

} // namespace dw::hostcheck::checks
