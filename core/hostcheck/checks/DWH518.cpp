#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// CIS 5.18: host devices are passed into the container.
class DWH518 final : public support::SingleContainerCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH518",
            .severity = findings::Severity::Info,
            .refs = {"cis-docker:5.18"},
            .title = {"Host devices are passed into the container", "主机设备被映射进容器"},
            .explanation =
                {"A host device in the container gives it direct access to hardware or kernel interfaces; with "
                 "write or mknod permission it may bypass the container's isolation.",
                 "映射进容器的主机设备可直接访问硬件或内核接口；若具有写或 mknod 权限，可能绕过容器隔离。"},
            .remedy = {"Pass only the devices needed, read-only where possible: `docker run --device "
                    "/dev/ttyUSB0:/dev/ttyUSB0:r`; Compose: trim `devices:`.",
                    "只映射必需的设备，尽量只读：`docker run --device /dev/ttyUSB0:/dev/ttyUSB0:r`；Compose：精简 "
                    "`devices:`。"},
            .practice = findings::Practice::RuntimeHardening,
        };
        return info;
    }

  protected:
    std::optional<support::Problem> problem(const engine::ContainerDetails& c,
                                            [[maybe_unused]] const HostContext& host) const override
    {
        if (c.hostConfig.devices.empty()) return std::nullopt;
        std::vector<std::string> shown;
        for (const engine::DeviceMapping& device : c.hostConfig.devices)
            shown.push_back(device.pathOnHost + ":" + device.pathInContainer + ":" + device.cgroupPermissions);
        const std::string list = support::joined(shown);
        return support::Problem{{"has host devices " + list, "映射了主机设备 " + list},
                                "HostConfig.Devices=[" + list + "]"};
    }
};

} // namespace

std::unique_ptr<ContainerCheck> make_DWH518()
{
    return std::make_unique<DWH518>();
}

} // namespace dw::hostcheck::checks
