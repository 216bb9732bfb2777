#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// CIS 2.9: user-namespace remapping is off (SecurityOptions lacks name=userns). Rootless daemons are covered by DWH230
// and pass.
class DWH209 final : public DaemonCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH209",
            .severity = findings::Severity::Warning,
            .refs = {"cis-docker:2.9"},
            .title = {"User-namespace remapping is not enabled", "未启用用户命名空间重映射"},
            .explanation =
                {"Without userns-remap, root in a container is uid 0 on the host; with it, container root maps to "
                 "an unprivileged host uid.",
                 "未启用 userns-remap 时，容器内的 root 就是主机上的 uid 0；启用后会映射为主机上的非特权 uid。"},
            .remedy = {"Start dockerd with `--userns-remap=default` or set `\"userns-remap\": \"default\"` in "
                    "daemon.json (or run the daemon rootless).",
                    "以 `--userns-remap=default` 启动 dockerd，或在 daemon.json 中设置 `\"userns-remap\": "
                    "\"default\"`（或以 "
                    "rootless 方式运行守护进程）。"},
            .practice = findings::Practice::RuntimeHardening,
        };
        return info;
    }

    void check(const engine::DaemonInfo& daemon, [[maybe_unused]] const engine::VersionInfo& version,
               [[maybe_unused]] const HostContext& host, std::vector<HostFinding>& out) const override
    {
        for (const std::string& option : daemon.securityOptions)
            if (option.starts_with("name=userns") || option.starts_with("name=rootless")) return;
        HostFinding finding = support::makeFinding(
            info(), "daemon", {"The daemon does not remap user namespaces", "守护进程未启用用户命名空间重映射"},
            "SecurityOptions=[" + support::joined(daemon.securityOptions) + "]");
        out.push_back(std::move(finding));
    }
};

} // namespace

std::unique_ptr<DaemonCheck> make_DWH209()
{
    return std::make_unique<DWH209>();
}

} // namespace dw::hostcheck::checks
