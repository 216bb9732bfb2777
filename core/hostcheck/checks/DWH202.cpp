#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// CIS 2.2: inter-container communication is on for the default bridge. Needs the "bridge" network from /networks
// (HostContext::defaultBridge); without it the check stays silent, because /info does not tell the --icc setting.
class DWH202 final : public DaemonCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH202",
            .severity = findings::Severity::Warning,
            .refs = {"cis-docker:2.2"},
            .title = {"Containers on the default bridge can talk to each other", "默认 bridge 上的容器可以相互通信"},
            .explanation =
                {"With inter-container communication on, every container on the default bridge can reach every "
                 "other one on any port, so one compromised container can attack the rest.",
                 "启用容器间通信时，默认 bridge "
                 "上的任意容器可以访问其他容器的任意端口，一个被攻破的容器可以攻击其余容器。"},
            .remedy = {"Start dockerd with `--icc=false` or set `\"icc\": false` in /etc/docker/daemon.json, and "
                    "connect containers that must talk through a user-defined network (Compose does this with its "
                    "project network).",
                    "以 `--icc=false` 启动 dockerd 或在 /etc/docker/daemon.json 中设置 `\"icc\": "
                    "false`，需要通信的容器改用自定义网络（Compose 的项目网络即是如此）。"},
            .practice = findings::Practice::RuntimeHardening,
        };
        return info;
    }

    void check([[maybe_unused]] const engine::DaemonInfo& daemon, [[maybe_unused]] const engine::VersionInfo& version,
               const HostContext& host, std::vector<HostFinding>& out) const override
    {
        if (!host.defaultBridge) return; // unknown: /info does not report --icc
        const auto icc = host.defaultBridge->options.find("com.docker.network.bridge.enable_icc");
        if (icc != host.defaultBridge->options.end() && icc->second == "false") return;
        const std::string shown = icc == host.defaultBridge->options.end() ? "absent (default true)" : icc->second;
        HostFinding finding = support::makeFinding(
            info(), "daemon", {"The default bridge allows inter-container communication", "默认 bridge 允许容器间通信"},
            "bridge Options[com.docker.network.bridge.enable_icc]=" + shown);
        out.push_back(std::move(finding));
    }
};

} // namespace

std::unique_ptr<DaemonCheck> make_DWH202()
{
    return std::make_unique<DWH202>();
}

} // namespace dw::hostcheck::checks
