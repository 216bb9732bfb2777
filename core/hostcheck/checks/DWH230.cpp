#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// Rootless or not: info either way, so the report states how the daemon runs.
class DWH230 final : public DaemonCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH230",
            .severity = findings::Severity::Info,
            .refs = {"cis-docker:2.9"},
            .title = {"How the daemon runs: rootless or as root", "守护进程的运行方式：rootless 或 root"},
            .explanation =
                {"A rootless daemon runs as an ordinary user, so a container breakout lands in that user's "
                 "account instead of root's. A rootful daemon is fine when the other hardening holds, but is "
                 "worth knowing.",
                 "rootless 守护进程以普通用户运行，容器逃逸后只能得到该用户的权限而非 root。以 root "
                 "运行的守护进程在其他加固到位时可以接受，但值得知晓。"},
            .remedy = {"For rootless mode install `dockerd-rootless-setuptool.sh install` and point DOCKER_HOST at the "
                    "user's socket.",
                    "如需 rootless 模式，执行 `dockerd-rootless-setuptool.sh install` 并将 DOCKER_HOST "
                    "指向该用户的套接字。"},
            .practice = findings::Practice::RuntimeHardening,
        };
        return info;
    }

    void check(const engine::DaemonInfo& daemon, [[maybe_unused]] const engine::VersionInfo& version,
               [[maybe_unused]] const HostContext& host, std::vector<HostFinding>& out) const override
    {
        bool rootless = false;
        for (const std::string& option : daemon.securityOptions)
            rootless = rootless || option.starts_with("name=rootless");
        if (rootless) {
            HostFinding finding =
                support::makeFinding(info(), "daemon", {"The daemon runs rootless", "守护进程以 rootless 方式运行"},
                                     "SecurityOptions contains name=rootless");
            out.push_back(std::move(finding));
            return;
        }
        HostFinding finding = support::makeFinding(
            info(), "daemon", {"The daemon runs as root (not rootless)", "守护进程以 root 身份运行（非 rootless）"},
            "SecurityOptions lacks name=rootless");
        out.push_back(std::move(finding));
    }
};

} // namespace

std::unique_ptr<DaemonCheck> make_DWH230()
{
    return std::make_unique<DWH230>();
}

} // namespace dw::hostcheck::checks
