#include "hostcheck/check_support.h"

#include <memory>
#include <string>

namespace dw::hostcheck::checks {
namespace {

// CIS 5.29: PidsLimit null, 0 or -1 (unlimited).
class DWH529 final : public support::SingleContainerCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH529",
            .severity = findings::Severity::Warning,
            .refs = {"cis-docker:5.29"},
            .title = {"Container has no PIDs limit", "容器没有进程数限制"},
            .explanation = {"Without a PIDs limit a fork bomb in one container can exhaust the host's process table.",
                            "没有进程数限制时，容器内的 fork 炸弹可以耗尽主机的进程表。"},
            .remedy = {"Set a limit: `docker run --pids-limit 200`; Compose: `pids_limit: 200`.",
                    "设置限制：`docker run --pids-limit 200`；Compose：`pids_limit: 200`。"},
            .practice = findings::Practice::RuntimeHardening,
        };
        return info;
    }

  protected:
    std::optional<support::Problem> problem(const engine::ContainerDetails& c,
                                            [[maybe_unused]] const HostContext& host) const override
    {
        if (c.hostConfig.pidsLimit && *c.hostConfig.pidsLimit > 0) return std::nullopt;
        const std::string shown = c.hostConfig.pidsLimit ? std::to_string(*c.hostConfig.pidsLimit) : "null";
        return support::Problem{{"has no PIDs limit", "没有进程数限制"}, "HostConfig.PidsLimit=" + shown};
    }
};

} // namespace

std::unique_ptr<ContainerCheck> make_DWH529()
{
    return std::make_unique<DWH529>();
}

} // namespace dw::hostcheck::checks
