#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// CIS 2.18: experimental features are on (/version Experimental or /info ExperimentalBuild).
class DWH218 final : public DaemonCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH218",
            .severity = findings::Severity::Info,
            .refs = {"cis-docker:2.18"},
            .title = {"Experimental daemon features are enabled", "启用了守护进程的实验性功能"},
            .explanation = {"Experimental features are not covered by the engine's stability and security guarantees.",
                            "实验性功能不在引擎的稳定性与安全性保障范围内。"},
            .remedy = {"Start dockerd without `--experimental` and remove `\"experimental\": true` from daemon.json.",
                    "启动 dockerd 时不要加 `--experimental`，并从 daemon.json 中删除 `\"experimental\": true`。"},
            .practice = findings::Practice::RuntimeHardening,
        };
        return info;
    }

    void check(const engine::DaemonInfo& daemon, const engine::VersionInfo& version,
               [[maybe_unused]] const HostContext& host, std::vector<HostFinding>& out) const override
    {
        if (!version.experimental && !daemon.experimentalBuild) return;
        HostFinding finding = support::makeFinding(
            info(), "daemon", {"Experimental features are enabled", "启用了实验性功能"}, "Experimental=true");
        out.push_back(std::move(finding));
    }
};

} // namespace

std::unique_ptr<DaemonCheck> make_DWH218()
{
    return std::make_unique<DWH218>();
}

} // namespace dw::hostcheck::checks
