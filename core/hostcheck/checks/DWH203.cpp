#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// CIS 2.3: the log level is not "info". The API only tells "debug" (/info Debug=true); "warn" or "error" levels,
// which CIS also flags, cannot be seen from here, so this check covers debug only.
class DWH203 final : public DaemonCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH203",
            .severity = findings::Severity::Warning,
            .refs = {"cis-docker:2.3"},
            .title = {"The daemon logs at debug level", "守护进程以 debug 级别记录日志"},
            .explanation = {"Debug logging writes request details that may include sensitive data and floods the logs, "
                            "hiding the events an audit needs; the info level records what matters.",
                            "debug 日志会写入可能含敏感数据的请求细节，并淹没日志，使审计所需的事件难以发现；"
                            "info 级别已足以记录要紧的内容。"},
            .remedy = {"Start dockerd with `--log-level info` (and without `--debug`/`-D`), or set `\"log-level\": "
                    "\"info\"` and remove `\"debug\": true` in daemon.json.",
                    "以 `--log-level info` 启动 dockerd（不要加 `--debug`/`-D`），或在 daemon.json 中设置 "
                    "`\"log-level\": \"info\"` 并删除 `\"debug\": true`。"},
            .practice = findings::Practice::RuntimeHardening,
        };
        return info;
    }

    void check(const engine::DaemonInfo& daemon, [[maybe_unused]] const engine::VersionInfo& version,
               [[maybe_unused]] const HostContext& host, std::vector<HostFinding>& out) const override
    {
        if (!daemon.debug) return;
        out.push_back(support::makeFinding(
            info(), "daemon", {"The daemon runs in debug mode", "守护进程运行在 debug 模式"}, "Debug=true"));
    }
};

} // namespace

std::unique_ptr<DaemonCheck> make_DWH203()
{
    return std::make_unique<DWH203>();
}

} // namespace dw::hostcheck::checks
