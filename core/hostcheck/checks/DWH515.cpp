#include "hostcheck/check_support.h"

#include <memory>
#include <string>

namespace dw::hostcheck::checks {
namespace {

// CIS 5.15: restart policy always / unless-stopped, or on-failure with more than 5 retries (CIS wants on-failure:5).
class DWH515 final : public support::SingleContainerCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH515",
            .severity = findings::Severity::Warning,
            .refs = {"cis-docker:5.15"},
            .title = {"Restart policy retries without bound", "重启策略没有次数上限"},
            .explanation =
                {"A container that restarts forever hides a crash loop and, if an attack crashes it, hands the "
                 "attacker unlimited retries. CIS recommends `on-failure` with at most 5 retries.",
                 "无限重启的容器会掩盖崩溃循环；若攻击导致其崩溃，攻击者也能无限重试。CIS 建议使用最多 5 次的 "
                 "`on-failure`。"},
            .remedy = {"Use `docker run --restart on-failure:5`; Compose: `restart: on-failure:5` (or "
                    "`deploy.restart_policy.max_attempts: 5`).",
                    "使用 `docker run --restart on-failure:5`；Compose：`restart: on-failure:5`（或 "
                    "`deploy.restart_policy.max_attempts: 5`）。"},
            .practice = findings::Practice::RuntimeHardening,
        };
        return info;
    }

  protected:
    std::optional<support::Problem> problem(const engine::ContainerDetails& c,
                                            [[maybe_unused]] const HostContext& host) const override
    {
        const engine::RestartPolicy& policy = c.hostConfig.restartPolicy;
        const bool unbounded = policy.name == "always" || policy.name == "unless-stopped";
        const bool tooMany =
            policy.name == "on-failure" && (policy.maximumRetryCount == 0 || policy.maximumRetryCount > 5);
        if (!unbounded && !tooMany) return std::nullopt;
        const std::string shown =
            policy.name + (policy.name == "on-failure" ? ":" + std::to_string(policy.maximumRetryCount) : "");
        return support::Problem{{"has restart policy " + shown, "的重启策略为 " + shown},
                                "HostConfig.RestartPolicy=" + shown};
    }
};

} // namespace

std::unique_ptr<ContainerCheck> make_DWH515()
{
    return std::make_unique<DWH515>();
}

} // namespace dw::hostcheck::checks
