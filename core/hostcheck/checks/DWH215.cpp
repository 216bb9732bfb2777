#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// CIS 2.15: live restore is off (passes when Swarm is active, which does not support it).
class DWH215 final : public DaemonCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH215",
            .severity = findings::Severity::Warning,
            .refs = {"cis-docker:2.15"},
            .title = {"Live restore is disabled", "未启用 live-restore"},
            .explanation =
                {"Without live restore every daemon restart or upgrade stops all containers, which pushes "
                 "operators to postpone security updates of the engine.",
                 "未启用 live-restore 时，每次重启或升级守护进程都会停止所有容器，这会让运维推迟引擎的安全更新。"},
            .remedy = {"Start dockerd with `--live-restore` or set `\"live-restore\": true` in daemon.json.",
                    "以 `--live-restore` 启动 dockerd，或在 daemon.json 中设置 `\"live-restore\": true`。"},
            .practice = findings::Practice::RuntimeHardening,
        };
        return info;
    }

    void check(const engine::DaemonInfo& daemon, [[maybe_unused]] const engine::VersionInfo& version,
               [[maybe_unused]] const HostContext& host, std::vector<HostFinding>& out) const override
    {
        if (daemon.liveRestoreEnabled || daemon.swarmState == "active") return;
        HostFinding finding = support::makeFinding(
            info(), "daemon", {"Live restore is disabled", "未启用 live-restore"}, "LiveRestoreEnabled=false");
        out.push_back(std::move(finding));
    }
};

} // namespace

std::unique_ptr<DaemonCheck> make_DWH215()
{
    return std::make_unique<DWH215>();
}

} // namespace dw::hostcheck::checks
