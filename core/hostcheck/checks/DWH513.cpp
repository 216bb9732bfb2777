#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// CIS 5.13: the root filesystem is writable.
class DWH513 final : public support::SingleContainerCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH513",
            .severity = findings::Severity::Warning,
            .refs = {"cis-docker:5.13"},
            .title = {"Container root filesystem is writable", "容器根文件系统可写"},
            .explanation =
                {"A read-only root filesystem stops an intruder from planting binaries or changing configuration "
                 "inside the container; writable paths then have to be declared explicitly.",
                 "只读根文件系统可防止入侵者在容器内植入程序或修改配置；需要写入的路径须显式声明。"},
            .remedy = {"Run with `docker run --read-only --tmpfs /tmp`; Compose: `read_only: true` with `tmpfs: [/tmp]`.",
                    "使用 `docker run --read-only --tmpfs /tmp`；Compose：`read_only: true` 并配合 `tmpfs: [/tmp]`。"},
            .practice = findings::Practice::RuntimeHardening,
        };
        return info;
    }

  protected:
    std::optional<support::Problem> problem(const engine::ContainerDetails& c,
                                            [[maybe_unused]] const HostContext& host) const override
    {
        if (c.hostConfig.readonlyRootfs) return std::nullopt;
        return support::Problem{{"has a writable root filesystem", "的根文件系统可写"},
                                "HostConfig.ReadonlyRootfs=false"};
    }
};

} // namespace

std::unique_ptr<ContainerCheck> make_DWH513()
{
    return std::make_unique<DWH513>();
}

} // namespace dw::hostcheck::checks
