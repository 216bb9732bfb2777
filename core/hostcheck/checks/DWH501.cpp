#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// CIS 5.1: the daemon is a swarm node. Like docker-bench, any Swarm.LocalNodeState other than "inactive" counts
// ("pending", "active", "error", "locked"); an empty state (not reported) stays silent. A daemon check despite
// its 5.x number: it is about the host, not one container.
class DWH501 final : public DaemonCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH501",
            .severity = findings::Severity::Warning,
            .refs = {"cis-docker:5.1"},
            .title = {"Swarm mode is enabled on this host", "此主机启用了 Swarm 模式"},
            .explanation =
                {"A swarm node opens extra management and overlay-network ports and keeps cluster secrets on disk; "
                 "on a host that does not need orchestration this is attack surface for nothing.",
                 "Swarm 节点会额外开放管理与 overlay 网络端口，并在磁盘上保存集群密钥；对于不需要编排的主机，"
                 "这只是白白增加的攻击面。"},
            .remedy = {"If the host needs no orchestration, run `docker swarm leave` (a manager needs `--force`) and do "
                    "not run `docker swarm init` or `docker swarm join` on it.",
                    "若主机不需要编排，执行 `docker swarm leave`（管理节点需加 `--force`），并且不要在其上执行 "
                    "`docker swarm init` 或 `docker swarm join`。"},
            .practice = findings::Practice::RuntimeHardening,
        };
        return info;
    }

    void check(const engine::DaemonInfo& daemon, [[maybe_unused]] const engine::VersionInfo& version,
               [[maybe_unused]] const HostContext& host, std::vector<HostFinding>& out) const override
    {
        if (daemon.swarmState.empty() || daemon.swarmState == "inactive") return;
        out.push_back(support::makeFinding(info(), "daemon",
                                           {"Swarm mode is enabled (node state: " + daemon.swarmState + ")",
                                            "启用了 Swarm 模式（节点状态：" + daemon.swarmState + "）"},
                                           "Swarm.LocalNodeState=" + daemon.swarmState));
    }
};

} // namespace

std::unique_ptr<DaemonCheck> make_DWH501()
{
    return std::make_unique<DWH501>();
}

} // namespace dw::hostcheck::checks
