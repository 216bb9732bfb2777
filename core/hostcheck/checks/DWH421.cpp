#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// CIS 6.1: dangling image (no tag and no digest, or only <none>:<none>).
class DWH421 final : public support::SingleImageCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH421",
            .severity = findings::Severity::Info,
            .refs = {"cis-docker:6.1"},
            .title = {"Dangling image", "悬空镜像"},
            .explanation =
                {"An image without any name is usually a leftover of a rebuild; it takes disk space and is never "
                 "updated.",
                 "没有任何名称的镜像通常是重新构建后的残留，占用磁盘且不会再被更新。"},
            .remedy = {"Remove dangling images with `docker image prune`.", "使用 `docker image prune` 删除悬空镜像。"},
            .practice = findings::Practice::MinimalBaseImage,
        };
        return info;
    }

  protected:
    std::optional<support::Problem> problem(const engine::ImageDetails& image,
                                            [[maybe_unused]] const ImageContext& images) const override
    {
        for (const std::string& tag : image.repoTags)
            if (tag != "<none>:<none>") return std::nullopt;
        for (const std::string& digest : image.repoDigests)
            if (digest != "<none>@<none>") return std::nullopt;
        return support::Problem{{"is dangling (no tag, no digest)", "是悬空镜像（无标签、无摘要）"},
                                "RepoTags=[], RepoDigests=[]"};
    }
};

} // namespace

std::unique_ptr<InventoryImageCheck> make_DWH421()
{
    return std::make_unique<DWH421>();
}

} // namespace dw::hostcheck::checks
