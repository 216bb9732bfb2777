#include "hostcheck/check_support.h"

#include <charconv>
#include <memory>
#include <system_error>

namespace dw::hostcheck::checks {
namespace {

// CIS 5.8: a published host port below 1024.
class DWH508 final : public support::SingleContainerCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH508",
            .severity = findings::Severity::Warning,
            .refs = {"cis-docker:5.8"},
            .title = {"Container publishes a privileged host port", "容器发布了主机特权端口"},
            .explanation =
                {"Ports below 1024 are reserved for system services; publishing one from a container lets it "
                 "impersonate such a service on the host's address.",
                 "1024 以下端口保留给系统服务；容器发布此类端口可冒充主机上的系统服务。"},
            .remedy = {"Publish on a port of 1024 or above, e.g. `docker run -p 8080:80`; Compose: `ports: "
                    "[\"8080:80\"]`.",
                    "改用 1024 及以上端口，例如 `docker run -p 8080:80`；Compose：`ports: [\"8080:80\"]`。"},
            .practice = findings::Practice::RuntimeHardening,
        };
        return info;
    }

  protected:
    std::optional<support::Problem> problem(const engine::ContainerDetails& c,
                                            [[maybe_unused]] const HostContext& host) const override
    {
        std::vector<std::string> low;
        const std::vector<engine::PortBinding> bindings = support::publishedPorts(c);
        for (const engine::PortBinding& binding : bindings) {
            int port = 0; // "8000-8010" ranges are judged by their first port
            const char* begin = binding.hostPort.data();
            const auto [end, error] = std::from_chars(begin, begin + binding.hostPort.size(), port);
            if (error != std::errc() || end == begin) continue;
            if (port < 1024) low.push_back(binding.hostPort + "->" + binding.containerPort);
        }
        if (low.empty()) return std::nullopt;
        const std::string list = support::joined(low);
        return support::Problem{{"publishes privileged host ports " + list, "发布了主机特权端口 " + list},
                                "Ports: " + list};
    }
};

} // namespace

std::unique_ptr<ContainerCheck> make_DWH508()
{
    return std::make_unique<DWH508>();
}

} // namespace dw::hostcheck::checks
