#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// CIS 5.19 (manual in CIS): no per-container ulimit (HostConfig.Ulimits empty). The daemon's --default-ulimit
// may still apply; /info does not tell, hence only a note.
class DWH519 final : public support::SingleContainerCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH519",
            .severity = findings::Severity::Info,
            .refs = {"cis-docker:5.19"},
            .title = {"Container does not set its own ulimits", "容器未设置自己的 ulimit"},
            .explanation =
                {"Without ulimits for the container the daemon's defaults apply, which are often generous; a "
                 "runaway or hostile process can then exhaust open files or processes for the whole host.",
                 "容器没有自己的 ulimit 时使用守护进程的默认值，而默认值通常很宽松；失控或恶意的进程"
                 "可能因此耗尽整台主机的文件句柄或进程数。"},
            .remedy = {"Set limits per container: `docker run --ulimit nofile=1024:2048 --ulimit nproc=512`; Compose: "
                    "`ulimits: {nofile: {soft: 1024, hard: 2048}, nproc: 512}`.",
                    "为容器单独设置限制：`docker run --ulimit nofile=1024:2048 --ulimit nproc=512`；Compose："
                    "`ulimits: {nofile: {soft: 1024, hard: 2048}, nproc: 512}`。"},
            .practice = findings::Practice::RuntimeHardening,
        };
        return info;
    }

  protected:
    std::optional<support::Problem> problem(const engine::ContainerDetails& c,
                                            [[maybe_unused]] const HostContext& host) const override
    {
        if (!c.hostConfig.ulimits.empty()) return std::nullopt;
        return support::Problem{{"sets no ulimits of its own", "未设置自己的 ulimit"}, "HostConfig.Ulimits=[]"};
    }
};

} // namespace

std::unique_ptr<ContainerCheck> make_DWH519()
{
    return std::make_unique<DWH519>();
}

} // namespace dw::hostcheck::checks
