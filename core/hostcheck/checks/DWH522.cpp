#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// CIS 5.22: seccomp=unconfined (or seccomp:unconfined) in SecurityOpt.
class DWH522 final : public support::SingleContainerCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH522",
            .severity = findings::Severity::Warning,
            .refs = {"cis-docker:5.22"},
            .title = {"Container runs without a seccomp profile", "容器未启用 seccomp 配置"},
            .explanation =
                {"The default seccomp profile blocks about 44 rarely needed system calls that are a common kernel "
                 "attack surface; unconfined lets all of them through.",
                 "默认 seccomp 配置会拦截约 44 个罕用且常被用于攻击内核的系统调用；unconfined 则全部放行。"},
            .remedy = {"Run `docker run` without `--security-opt seccomp=unconfined` (or give a custom profile file); "
                    "Compose: drop `seccomp=unconfined` from `security_opt`.",
                    "`docker run` 时去掉 `--security-opt seccomp=unconfined`（或提供自定义配置文件）；Compose：从 "
                    "`security_opt` 中删除 "
                    "`seccomp=unconfined`。"},
            .practice = findings::Practice::RuntimeHardening,
        };
        return info;
    }

  protected:
    std::optional<support::Problem> problem(const engine::ContainerDetails& c,
                                            [[maybe_unused]] const HostContext& host) const override
    {
        if (!support::hasSecurityOpt(c.hostConfig, "seccomp", "unconfined")) return std::nullopt;
        return support::Problem{{"runs with seccomp unconfined", "未启用 seccomp"},
                                "HostConfig.SecurityOpt contains seccomp=unconfined"};
    }
};

} // namespace

std::unique_ptr<ContainerCheck> make_DWH522()
{
    return std::make_unique<DWH522>();
}

} // namespace dw::hostcheck::checks
