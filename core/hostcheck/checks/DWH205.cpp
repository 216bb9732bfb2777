#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// CIS 2.5: an insecure registry other than the loopback defaults (127.0.0.0/8, ::1/128).
class DWH205 final : public DaemonCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH205",
            .severity = findings::Severity::Warning,
            .refs = {"cis-docker:2.5"},
            .title = {"Daemon trusts insecure registries", "守护进程信任不安全的镜像仓库"},
            .explanation =
                {"An insecure registry is reached over plain HTTP or with unchecked TLS certificates, so anyone "
                 "on the path can swap the images the daemon pulls.",
                 "不安全的仓库通过明文 HTTP 或不校验证书的 TLS 访问，链路上的任何人都能替换守护进程拉取的镜像。"},
            .remedy = {"Remove `--insecure-registry` from dockerd and `insecure-registries` from daemon.json; give the "
                    "registry a valid TLS certificate instead.",
                    "从 dockerd 中去掉 `--insecure-registry`，从 daemon.json 中删除 "
                    "`insecure-registries`；改为给仓库配置有效的 TLS 证书。"},
            .practice = findings::Practice::RuntimeHardening,
        };
        return info;
    }

    void check(const engine::DaemonInfo& daemon, [[maybe_unused]] const engine::VersionInfo& version,
               [[maybe_unused]] const HostContext& host, std::vector<HostFinding>& out) const override
    {
        std::vector<std::string> insecure;
        for (const std::string& cidr : daemon.insecureRegistryCidrs)
            if (cidr != "127.0.0.0/8" && cidr != "::1/128") insecure.push_back(cidr);
        for (const engine::RegistryIndexConfig& index : daemon.registryIndexConfigs)
            if (!index.secure && !index.official) insecure.push_back(index.name);
        if (insecure.empty()) return;
        const std::string list = support::joined(insecure);
        HostFinding finding = support::makeFinding(
            info(), "daemon", {"The daemon trusts insecure registries: " + list, "守护进程信任不安全的仓库：" + list},
            "RegistryConfig: " + list);
        out.push_back(std::move(finding));
    }
};

} // namespace

std::unique_ptr<DaemonCheck> make_DWH205()
{
    return std::make_unique<DWH205>();
}

} // namespace dw::hostcheck::checks
