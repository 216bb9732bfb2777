#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// CIS 5.4 (second half): no capability dropped (CapDrop empty) on an unprivileged container.
class DWH542 final : public support::SingleContainerCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH542",
            .severity = findings::Severity::Info,
            .refs = {"cis-docker:5.4"},
            .title = {"Container drops no capabilities", "容器没有移除任何能力"},
            .explanation =
                {"Docker's default set still holds 14 capabilities, such as NET_RAW and MKNOD, that most services "
                 "never use; dropping them shrinks what a compromised process can do.",
                 "Docker 默认仍保留 14 项能力（如 "
                 "NET_RAW、MKNOD），大多数服务用不到；移除它们可以缩小被攻破进程的能力范围。"},
            .remedy = {"Drop them all and add back what is needed: `docker run --cap-drop ALL --cap-add "
                    "NET_BIND_SERVICE`; Compose: `cap_drop: [ALL]`.",
                    "全部移除再加回所需能力：`docker run --cap-drop ALL --cap-add "
                    "NET_BIND_SERVICE`；Compose：`cap_drop: [ALL]`。"},
            .practice = findings::Practice::RuntimeHardening,
        };
        return info;
    }

  protected:
    std::optional<support::Problem> problem(const engine::ContainerDetails& c,
                                            [[maybe_unused]] const HostContext& host) const override
    {
        if (c.hostConfig.privileged || !c.hostConfig.capDrop.empty()) return std::nullopt;
        return support::Problem{{"drops no capabilities", "没有移除任何能力"}, "HostConfig.CapDrop=[]"};
    }
};

} // namespace

std::unique_ptr<ContainerCheck> make_DWH542()
{
    return std::make_unique<DWH542>();
}

} // namespace dw::hostcheck::checks
