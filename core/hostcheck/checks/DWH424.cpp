#include "hostcheck/check_support.h"

#include <memory>
#include <string>

namespace dw::hostcheck::checks {
namespace {

// CIS 6.1: no container (running or stopped) in ImageContext::containers uses the image.
class DWH424 final : public support::SingleImageCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH424",
            .severity = findings::Severity::Info,
            .refs = {"cis-docker:6.1"},
            .title = {"Image is not used by any container", "镜像未被任何容器使用"},
            .explanation =
                {"Unused images take disk space and, if they are old, keep vulnerable software on the host that a "
                 "future `docker run` may start by mistake.",
                 "未使用的镜像占用磁盘；若版本陈旧，主机上就留着有漏洞的软件，将来可能被误用 `docker run` 启动。"},
            .remedy = {"Remove it with `docker image rm <image>`, or all unused images with `docker image prune -a`.",
                    "使用 `docker image rm <镜像>` 删除，或用 `docker image prune -a` 删除所有未使用的镜像。"},
            .practice = findings::Practice::MinimalBaseImage,
        };
        return info;
    }

  protected:
    std::optional<support::Problem> problem(const engine::ImageDetails& image,
                                            const ImageContext& images) const override
    {
        for (const engine::ContainerSummary& container : images.containers)
            if (container.imageId == image.id) return std::nullopt;
        return support::Problem{{"is not used by any container", "未被任何容器使用"},
                                "0 of " + std::to_string(images.containers.size()) + " containers use " + image.id};
    }
};

} // namespace

std::unique_ptr<InventoryImageCheck> make_DWH424()
{
    return std::make_unique<DWH424>();
}

} // namespace dw::hostcheck::checks
