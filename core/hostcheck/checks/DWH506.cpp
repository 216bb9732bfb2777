#include "hostcheck/check_support.h"

#include <memory>
#include <set>

namespace dw::hostcheck::checks {
namespace {

// CIS 5.6: a sensitive host directory (exactly /, /boot, /dev, /etc, /lib, /proc, /sys, /usr) is mounted; read-write is
// an error, read-only a warning. docker.sock is DWH532.
class DWH506 final : public ContainerCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH506",
            .severity = findings::Severity::Warning,
            .refs = {"cis-docker:5.6", "dockle:DKL-DI-0002"},
            .title = {"Sensitive host directory mounted into the container", "容器挂载了敏感的主机目录"},
            .explanation =
                {"Mounting a system directory of the host lets the container read host secrets or, when writable, "
                 "change the host's configuration, binaries or devices.",
                 "挂载主机系统目录使容器可以读取主机机密；若可写，还能改动主机的配置、程序或设备。"},
            .remedy = {"Mount only the specific file or a dedicated volume, read-only where possible: `docker run -v "
                    "/etc/app.conf:/etc/app.conf:ro`; Compose: `volumes: [\"/etc/app.conf:/etc/app.conf:ro\"]`.",
                    "只挂载所需的具体文件或专用卷，尽量只读：`docker run -v "
                    "/etc/app.conf:/etc/app.conf:ro`；Compose：`volumes: "
                    "[\"/etc/app.conf:/etc/app.conf:ro\"]`。"},
            .practice = findings::Practice::RuntimeHardening,
        };
        return info;
    }

    void check(const engine::ContainerDetails& c, [[maybe_unused]] const HostContext& host,
               std::vector<HostFinding>& out) const override
    {
        static const std::set<std::string> kSensitive{"/", "/boot", "/dev", "/etc", "/lib", "/proc", "/sys", "/usr"};
        const std::string name = support::containerName(c);
        for (const engine::MountPoint& mount : c.mounts) {
            if (mount.type != "bind") continue;
            std::string source = mount.source;
            while (source.size() > 1 && source.back() == '/')
                source.pop_back();
            if (!kSensitive.count(source)) continue;
            const char* access = mount.rw ? "read-write" : "read-only";
            HostFinding finding = support::makeFinding(
                info(), name,
                {"Container '" + name + "' mounts host " + source + " at " + mount.destination + " " + access,
                 "容器 '" + name + "' 将主机 " + source + " 挂载到 " + mount.destination +
                     (mount.rw ? "（可写）" : "（只读）")},
                "Mounts: " + source + " -> " + mount.destination + " RW=" + (mount.rw ? "true" : "false"));
            finding.severity = mount.rw ? findings::Severity::Error : findings::Severity::Warning;
            out.push_back(std::move(finding));
        }
    }
};

} // namespace

std::unique_ptr<ContainerCheck> make_DWH506()
{
    return std::make_unique<DWH506>();
}

} // namespace dw::hostcheck::checks
