#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// Runs as root: Config.User empty, root or 0 (with or without a group).
class DWH540 final : public support::SingleContainerCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH540",
            .severity = findings::Severity::Warning,
            .refs = {"cis-docker:4.1", "dockle:CIS-DI-0001"},
            .title = {"Container runs as root", "容器以 root 身份运行"},
            .explanation =
                {"A process running as root in the container is root on the host when it escapes, and can change "
                 "everything inside the container.",
                 "容器内以 root 运行的进程一旦逃逸就是主机的 root，并且可以修改容器内的一切。"},
            .remedy = {"Run as an unprivileged user: `docker run --user 1000:1000`; Compose: `user: \"1000:1000\"`; or "
                    "USER in the Dockerfile.",
                    "以非特权用户运行：`docker run --user 1000:1000`；Compose：`user: \"1000:1000\"`；或在 Dockerfile "
                    "中写 USER。"},
            .practice = findings::Practice::LeastPrivilegeUser,
        };
        return info;
    }

  protected:
    std::optional<support::Problem> problem(const engine::ContainerDetails& c,
                                            [[maybe_unused]] const HostContext& host) const override
    {
        if (!support::isRootUser(c.config.user)) return std::nullopt;
        return support::Problem{{"runs as root", "以 root 身份运行"}, "Config.User=\"" + c.config.user + "\""};
    }
};

} // namespace

std::unique_ptr<ContainerCheck> make_DWH540()
{
    return std::make_unique<DWH540>();
}

} // namespace dw::hostcheck::checks
