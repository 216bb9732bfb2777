#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// CIS 2.6: the aufs storage driver (/info Driver).
class DWH206 final : public DaemonCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH206",
            .severity = findings::Severity::Warning,
            .refs = {"cis-docker:2.6"},
            .title = {"The aufs storage driver is in use", "使用了 aufs 存储驱动"},
            .explanation =
                {"aufs is deprecated, removed from current engines and absent from mainline kernels; it has had "
                 "kernel crashes and gets no fixes, so the host depends on an unmaintained filesystem.",
                 "aufs 已被弃用，新版引擎已将其移除，主线内核中也没有它；它曾导致内核崩溃且不再得到修复，"
                 "主机因此依赖一个无人维护的文件系统。"},
            .remedy = {"Move to overlay2: start dockerd with `--storage-driver overlay2` or set `\"storage-driver\": "
                    "\"overlay2\"` in daemon.json (images and containers must be recreated).",
                    "改用 overlay2：以 `--storage-driver overlay2` 启动 dockerd，或在 daemon.json 中设置 "
                    "`\"storage-driver\": \"overlay2\"`（镜像和容器需要重新创建）。"},
            .practice = findings::Practice::RuntimeHardening,
        };
        return info;
    }

    void check(const engine::DaemonInfo& daemon, [[maybe_unused]] const engine::VersionInfo& version,
               [[maybe_unused]] const HostContext& host, std::vector<HostFinding>& out) const override
    {
        if (daemon.driver != "aufs") return;
        out.push_back(
            support::makeFinding(info(), "daemon", {"The storage driver is aufs", "存储驱动为 aufs"}, "Driver=aufs"));
    }
};

} // namespace

std::unique_ptr<DaemonCheck> make_DWH206()
{
    return std::make_unique<DWH206>();
}

} // namespace dw::hostcheck::checks
