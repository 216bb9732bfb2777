#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// CIS 2.13: default logging driver. "none" is a warning (no logs at all); json-file is info, because /info does not
// tell whether max-size/max-file rotation is set.
class DWH213 final : public DaemonCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH213",
            .severity = findings::Severity::Info,
            .refs = {"cis-docker:2.13"},
            .title = {"Container logs may be lost or grow without bound", "容器日志可能丢失或无限增长"},
            .explanation =
                {"With the \"none\" driver nothing is kept for an investigation; json-file without max-size keeps "
                 "everything on the host's disk until it fills up, and stays on the host only.",
                 "使用 \"none\" 驱动时调查无据可查；未设置 max-size 的 json-file "
                 "会把日志一直写在主机磁盘上直到写满，且只保存在本机。"},
            .remedy = {"Start dockerd with a central driver (`--log-driver syslog`/`journald`/`fluentd`) or rotate: "
                    "`\"log-opts\": {\"max-size\": \"10m\", \"max-file\": \"3\"}` in daemon.json; Compose: `logging: "
                    "{options: {max-size: 10m}}`.",
                    "以集中式驱动启动 dockerd（`--log-driver syslog`/`journald`/`fluentd`）或开启轮转：在 daemon.json "
                    "中设置 "
                    "`\"log-opts\": {\"max-size\": \"10m\", \"max-file\": \"3\"}`；Compose：`logging: {options: "
                    "{max-size: 10m}}`。"},
            .practice = findings::Practice::RuntimeHardening,
        };
        return info;
    }

    void check(const engine::DaemonInfo& daemon, [[maybe_unused]] const engine::VersionInfo& version,
               [[maybe_unused]] const HostContext& host, std::vector<HostFinding>& out) const override
    {
        if (daemon.loggingDriver == "none") {
            HostFinding finding =
                support::makeFinding(info(), "daemon",
                                     {"The default logging driver is none: container logs are discarded",
                                      "默认日志驱动为 none：容器日志被丢弃"},
                                     "LoggingDriver=none");
            finding.severity = findings::Severity::Warning;
            out.push_back(std::move(finding));
            return;
        }
        if (daemon.loggingDriver != "json-file") return;
        HostFinding finding =
            support::makeFinding(info(), "daemon",
                                 {"The default logging driver is json-file; check that max-size rotation is set",
                                  "默认日志驱动为 json-file；请确认已设置 max-size 轮转"},
                                 "LoggingDriver=json-file");
        out.push_back(std::move(finding));
    }
};

} // namespace

std::unique_ptr<DaemonCheck> make_DWH213()
{
    return std::make_unique<DWH213>();
}

} // namespace dw::hostcheck::checks
