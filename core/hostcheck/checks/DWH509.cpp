#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// CIS 5.9 (a manual review in CIS): lists the ports a container publishes on the host, so that someone can
// confirm each one is needed. A note, not a fault: it fires for any published port.
class DWH509 final : public support::SingleContainerCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH509",
            .severity = findings::Severity::Info,
            .refs = {"cis-docker:5.9"},
            .title = {"Container publishes ports on the host: review them", "容器在主机上发布了端口，请逐一复核"},
            .explanation =
                {"Every published port is a way into the container from outside the host; ports left over from "
                 "debugging or defaults copied from examples are easy to miss without a periodic review.",
                 "每个发布的端口都是从主机外部进入容器的通道；调试遗留的端口或照抄示例的默认端口，"
                 "如果不定期复核很容易被忽略。"},
            .remedy = {"Publish only what clients need: drop unneeded `docker run -p`/`--publish-all` options; Compose: "
                    "remove entries from `ports:` (use `expose:` for container-to-container traffic).",
                    "只发布客户端需要的端口：去掉多余的 `docker run -p`/`--publish-all` 选项；Compose：从 `ports:` "
                    "中删除多余条目（容器之间的通信用 `expose:`）。"},
            .practice = findings::Practice::RuntimeHardening,
        };
        return info;
    }

  protected:
    std::optional<support::Problem> problem(const engine::ContainerDetails& c,
                                            [[maybe_unused]] const HostContext& host) const override
    {
        std::vector<std::string> listed;
        for (const engine::PortBinding& binding : support::publishedPorts(c)) {
            const std::string address = binding.hostIp.empty() ? std::string("*") : binding.hostIp;
            const std::string port = binding.hostPort.empty() ? std::string("(any)") : binding.hostPort;
            listed.push_back(address + ":" + port + "->" + binding.containerPort);
        }
        if (listed.empty() && c.hostConfig.publishAllPorts) listed.push_back("every exposed port (--publish-all)");
        if (listed.empty()) return std::nullopt;
        const std::string list = support::joined(listed);
        return support::Problem{{"publishes " + std::to_string(listed.size()) + " port(s): " + list,
                                 "发布了 " + std::to_string(listed.size()) + " 个端口：" + list},
                                "Ports: " + list};
    }
};

} // namespace

std::unique_ptr<ContainerCheck> make_DWH509()
{
    return std::make_unique<DWH509>();
}

} // namespace dw::hostcheck::checks
