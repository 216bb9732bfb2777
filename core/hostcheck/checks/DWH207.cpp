#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// CIS 2.7: we reached the API over tcp:// without TLS (HostContext::plainTcpWithoutTls).
class DWH207 final : public DaemonCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH207",
            .severity = findings::Severity::Error,
            .refs = {"cis-docker:2.7"},
            .title = {"Docker API is reachable over TCP without TLS", "Docker API 通过未加密的 TCP 暴露"},
            .explanation = {"Anyone who can reach the port controls the daemon, and through it the host, with no "
                            "authentication and no encryption.",
                            "任何能访问该端口的人都可以无需认证、无加密地控制守护进程，进而控制主机。"},
            .remedy = {"Listen on the Unix socket only, or require mutual TLS: `dockerd --tlsverify --tlscacert ca.pem "
                    "--tlscert server.pem --tlskey key.pem -H tcp://0.0.0.0:2376`; or reach the daemon over `ssh://`.",
                    "只监听 Unix 套接字，或要求双向 TLS：`dockerd --tlsverify --tlscacert ca.pem --tlscert server.pem "
                    "--tlskey "
                    "key.pem -H tcp://0.0.0.0:2376`；或通过 `ssh://` 访问守护进程。"},
            .practice = findings::Practice::RuntimeHardening,
        };
        return info;
    }

    void check([[maybe_unused]] const engine::DaemonInfo& daemon, [[maybe_unused]] const engine::VersionInfo& version,
               const HostContext& host, std::vector<HostFinding>& out) const override
    {
        if (!host.plainTcpWithoutTls) return;
        HostFinding finding =
            support::makeFinding(info(), "daemon",
                                 {"The Docker API at " + host.endpointUrl + " is served over TCP without TLS",
                                  "位于 " + host.endpointUrl + " 的 Docker API 通过未加密的 TCP 提供"},
                                 "endpoint " + host.endpointUrl + " (no TLS)");
        out.push_back(std::move(finding));
    }
};

} // namespace

std::unique_ptr<DaemonCheck> make_DWH207()
{
    return std::make_unique<DWH207>();
}

} // namespace dw::hostcheck::checks
