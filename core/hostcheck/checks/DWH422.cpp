#include "hostcheck/check_support.h"

#include <memory>
#include <set>
#include <string>

namespace dw::hostcheck::checks {
namespace {

// CIS 6.1: one image id under several repository names (tags of the same name are normal).
class DWH422 final : public support::SingleImageCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH422",
            .severity = findings::Severity::Info,
            .refs = {"cis-docker:6.1"},
            .title = {"Image is known under several names", "同一镜像有多个名称"},
            .explanation =
                {"One image under several repository names is easy to lose track of: removing or updating one "
                 "name leaves the others behind.",
                 "同一镜像挂在多个仓库名下时容易失去追踪：删除或更新其中一个名称后，其余名称仍然残留。"},
            .remedy = {"Keep one repository name and remove the others with `docker image rm <name:tag>`; in Compose "
                    "use one `image:` name per service.",
                    "只保留一个仓库名，用 `docker image rm <名称:标签>` 删除其余名称；Compose 中每个服务使用同一个 "
                    "`image:` 名称。"},
            .practice = findings::Practice::ImmutableTags,
        };
        return info;
    }

  protected:
    std::optional<support::Problem> problem(const engine::ImageDetails& image,
                                            [[maybe_unused]] const ImageContext& images) const override
    {
        std::set<std::string> repositories;
        for (const std::string& tag : image.repoTags) {
            if (tag == "<none>:<none>") continue;
            const std::size_t colon = tag.rfind(':');
            const std::size_t slash = tag.rfind('/');
            const bool hasTag = colon != std::string::npos && (slash == std::string::npos || colon > slash);
            repositories.insert(hasTag ? tag.substr(0, colon) : tag);
        }
        if (repositories.size() < 2) return std::nullopt;
        const std::string list = support::joined(image.repoTags);
        return support::Problem{{"is known under " + std::to_string(repositories.size()) + " names: " + list,
                                 "有 " + std::to_string(repositories.size()) + " 个名称：" + list},
                                "RepoTags=[" + list + "]"};
    }
};

} // namespace

std::unique_ptr<InventoryImageCheck> make_DWH422()
{
    return std::make_unique<DWH422>();
}

} // namespace dw::hostcheck::checks
