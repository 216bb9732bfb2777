#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// CIS 5.2: on an AppArmor host (or when that is unknown), the profile is empty or "unconfined".
class DWH502 final : public support::SingleContainerCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH502",
            .severity = findings::Severity::Warning,
            .refs = {"cis-docker:5.2"},
            .title = {"Container runs without an AppArmor profile", "容器未启用 AppArmor 配置文件"},
            .explanation = {"On a host with AppArmor, Docker confines each container with the docker-default "
                            "profile. A container started unconfined loses that layer of mandatory access control.",
                            "在启用 AppArmor 的主机上，Docker 默认用 docker-default 配置文件约束容器。"
                            "以 unconfined 启动的容器失去了这一层强制访问控制。"},
            .remedy = {"Drop `--security-opt apparmor=unconfined` or name a profile: `docker run --security-opt "
                    "apparmor=docker-default`; Compose: `security_opt: [\"apparmor=docker-default\"]`.",
                    "去掉 `--security-opt apparmor=unconfined` 或指定配置文件：`docker run --security-opt "
                    "apparmor=docker-default`；Compose：`security_opt: [\"apparmor=docker-default\"]`。"},
        };
        return info;
    }

  protected:
    std::optional<support::Problem> problem(const engine::ContainerDetails& c, const HostContext& host) const override
    {
        if (host.hostHasAppArmor == false) return std::nullopt; // nothing to confine with
        if (!c.appArmorProfile.empty() && c.appArmorProfile != "unconfined") return std::nullopt;
        const std::string shown = c.appArmorProfile.empty() ? "\"\"" : c.appArmorProfile;
        return support::Problem{{"has AppArmor profile " + shown, "的 AppArmor 配置文件为 " + shown},
                                "AppArmorProfile=" + shown};
    }
};

} // namespace

std::unique_ptr<ContainerCheck> make_DWH502()
{
    return std::make_unique<DWH502>();
}

} // namespace dw::hostcheck::checks
