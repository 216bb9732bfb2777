#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// CIS 5.3: SELinux labelling switched off with --security-opt label=disable (or label:disable).
class DWH503 final : public support::SingleContainerCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH503",
            .severity = findings::Severity::Warning,
            .refs = {"cis-docker:5.3"},
            .title = {"SELinux labelling is disabled for the container", "容器禁用了 SELinux 标签"},
            .explanation =
                {"With `label=disable` the container's processes run unconfined by SELinux on hosts that enforce "
                 "it, so a breakout reaches host files that SELinux would otherwise have kept apart.",
                 "使用 `label=disable` 后，在启用 SELinux 的主机上容器进程不再受其约束，逃逸后可访问本应由 SELinux "
                 "隔离的主机文件。"},
            .remedy = {"Run `docker run` without `--security-opt label=disable` (or with a type: `--security-opt "
                    "label=type:container_t`); Compose: drop `label=disable` from `security_opt`.",
                    "`docker run` 时去掉 `--security-opt label=disable`（或指定类型：`--security-opt "
                    "label=type:container_t`）；Compose：从 `security_opt` 中删除 `label=disable`。"},
            .practice = findings::Practice::RuntimeHardening,
        };
        return info;
    }

  protected:
    std::optional<support::Problem> problem(const engine::ContainerDetails& c,
                                            [[maybe_unused]] const HostContext& host) const override
    {
        if (!support::hasSecurityOpt(c.hostConfig, "label", "disable")) return std::nullopt;
        return support::Problem{{"runs with SELinux labelling disabled", "禁用了 SELinux 标签"},
                                "HostConfig.SecurityOpt contains label=disable"};
    }
};

} // namespace

std::unique_ptr<ContainerCheck> make_DWH503()
{
    return std::make_unique<DWH503>();
}

} // namespace dw::hostcheck::checks
