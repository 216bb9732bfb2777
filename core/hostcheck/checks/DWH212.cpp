#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// CIS 2.12: no authorization plugin (/info Plugins.Authorization is null or empty).
class DWH212 final : public DaemonCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH212",
            .severity = findings::Severity::Warning,
            .refs = {"cis-docker:2.12"},
            .title = {"No authorization plugin controls access to the daemon", "守护进程未配置授权插件"},
            .explanation = {"Without an authorization plugin every client that reaches the API socket may do anything, "
                            "including starting privileged containers; a plugin can allow or refuse each request.",
                            "没有授权插件时，任何能访问 API 套接字的客户端都可以执行任意操作，包括启动特权容器；"
                            "授权插件可以逐个请求地允许或拒绝。"},
            .remedy = {"Install an authorization plugin and start dockerd with `--authorization-plugin=NAME` or set "
                    "`\"authorization-plugins\": [\"NAME\"]` in daemon.json.",
                    "安装授权插件，并以 `--authorization-plugin=NAME` 启动 dockerd，或在 daemon.json 中设置 "
                    "`\"authorization-plugins\": [\"NAME\"]`。"},
            .practice = findings::Practice::RuntimeHardening,
        };
        return info;
    }

    void check(const engine::DaemonInfo& daemon, [[maybe_unused]] const engine::VersionInfo& version,
               [[maybe_unused]] const HostContext& host, std::vector<HostFinding>& out) const override
    {
        if (!daemon.authorizationPlugins.empty()) return;
        out.push_back(support::makeFinding(
            info(), "daemon", {"No authorization plugin is configured", "未配置授权插件"}, "Plugins.Authorization=[]"));
    }
};

} // namespace

std::unique_ptr<DaemonCheck> make_DWH212()
{
    return std::make_unique<DWH212>();
}

} // namespace dw::hostcheck::checks
