#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// CIS 5.26: no-new-privileges is not set (the daemon-wide default is not visible through the API).
class DWH526 final : public support::SingleContainerCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH526",
            .severity = findings::Severity::Warning,
            .refs = {"cis-docker:5.26"},
            .title = {"Container may gain new privileges", "容器可获取新的权限"},
            .explanation =
                {"Without no-new-privileges a process in the container can gain privileges through setuid or "
                 "setgid binaries or file capabilities.",
                 "未设置 no-new-privileges 时，容器内进程可以通过 setuid/setgid 程序或文件能力提升权限。"},
            .remedy = {"Run with `docker run --security-opt no-new-privileges`; Compose: `security_opt: "
                    "[\"no-new-privileges:true\"]`.",
                    "使用 `docker run --security-opt no-new-privileges`；Compose：`security_opt: "
                    "[\"no-new-privileges:true\"]`。"},
            .practice = findings::Practice::RuntimeHardening,
        };
        return info;
    }

  protected:
    std::optional<support::Problem> problem(const engine::ContainerDetails& c,
                                            [[maybe_unused]] const HostContext& host) const override
    {
        if (support::hasSecurityOpt(c.hostConfig, "no-new-privileges", "")) return std::nullopt;
        return support::Problem{{"does not set no-new-privileges", "未设置 no-new-privileges"},
                                "HostConfig.SecurityOpt lacks no-new-privileges"};
    }
};

} // namespace

std::unique_ptr<ContainerCheck> make_DWH526()
{
    return std::make_unique<DWH526>();
}

} // namespace dw::hostcheck::checks
