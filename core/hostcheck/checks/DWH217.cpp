#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// CIS 2.17: no seccomp in SecurityOptions, or its profile is unconfined (profile=default and profile=builtin pass).
class DWH217 final : public DaemonCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH217",
            .severity = findings::Severity::Warning,
            .refs = {"cis-docker:2.17"},
            .title = {"Daemon has no default seccomp profile", "守护进程没有默认 seccomp 配置"},
            .explanation =
                {"The daemon-wide seccomp profile filters the system calls of every container that does not ask "
                 "for another one; without it all containers run unfiltered.",
                 "守护进程级的 seccomp 配置会过滤所有未另行指定配置的容器的系统调用；没有它，所有容器都不受过滤。"},
            .remedy = {"Remove `--seccomp-profile unconfined` (dockerd) / `\"seccomp-profile\": \"unconfined\"` "
                    "(daemon.json), or run a kernel built with seccomp support.",
                    "从 dockerd 配置中删除 `--seccomp-profile unconfined` / `\"seccomp-profile\": "
                    "\"unconfined\"`，或使用支持 "
                    "seccomp 的内核。"},
            .practice = findings::Practice::RuntimeHardening,
        };
        return info;
    }

    void check(const engine::DaemonInfo& daemon, [[maybe_unused]] const engine::VersionInfo& version,
               [[maybe_unused]] const HostContext& host, std::vector<HostFinding>& out) const override
    {
        for (const std::string& option : daemon.securityOptions)
            if (option.starts_with("name=seccomp") && option.find("profile=unconfined") == std::string::npos) return;
        HostFinding finding = support::makeFinding(
            info(), "daemon", {"The daemon has no default seccomp profile", "守护进程没有默认 seccomp 配置"},
            "SecurityOptions=[" + support::joined(daemon.securityOptions) + "]");
        out.push_back(std::move(finding));
    }
};

} // namespace

std::unique_ptr<DaemonCheck> make_DWH217()
{
    return std::make_unique<DWH217>();
}

} // namespace dw::hostcheck::checks
