#include "hostcheck/check_support.h"

#include <memory>
#include <optional>

namespace dw::hostcheck::checks {
namespace {

// CIS 1.2.2: old engine. Shipped table: below 20.10 is an error (end of life, no security fixes), below 25.0 a warning
// (upstream support ended), 25.0 and later pass.
class DWH232 final : public DaemonCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH232",
            .severity = findings::Severity::Warning,
            .refs = {"cis-docker:1.2.2"},
            .title = {"Docker Engine version is outdated", "Docker 引擎版本过旧"},
            .explanation =
                {"Old engines miss fixes for container escapes and daemon vulnerabilities (runc, BuildKit, the "
                 "API). Dockwarden treats versions below 25.0 as outdated and below 20.10 as unsupported.",
                 "旧版引擎缺少针对容器逃逸及守护进程漏洞（runc、BuildKit、API）的修复。Dockwarden 将低于 25.0 "
                 "的版本视为过旧，低于 20.10 视为不受支持。"},
            .remedy = {"Upgrade Docker Engine to a supported release (25.0 or later) from your distribution or "
                    "download.docker.com.",
                    "从发行版或 download.docker.com 将 Docker 引擎升级到受支持的版本（25.0 及以上）。"},
            .practice = findings::Practice::RuntimeHardening,
        };
        return info;
    }

    void check(const engine::DaemonInfo& daemon, const engine::VersionInfo& version,
               [[maybe_unused]] const HostContext& host, std::vector<HostFinding>& out) const override
    {
        const std::string& text = version.version.empty() ? daemon.serverVersion : version.version;
        const std::optional<support::EngineVersion> parsed = support::parseEngineVersion(text);
        if (!parsed) return;
        const int packed = parsed->major * 100 + parsed->minor;
        if (packed >= 2500) return;
        HostFinding finding = support::makeFinding(
            info(), "daemon", {"Docker Engine " + text + " is outdated", "Docker 引擎 " + text + " 版本过旧"},
            "Version=" + text);
        out.push_back(std::move(finding));
        if (packed < 2010) out.back().severity = findings::Severity::Error;
    }
};

} // namespace

std::unique_ptr<DaemonCheck> make_DWH232()
{
    return std::make_unique<DWH232>();
}

} // namespace dw::hostcheck::checks
