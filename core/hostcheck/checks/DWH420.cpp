#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// A name of the image uses the tag latest, or the image is known only by digest.
class DWH420 final : public support::SingleImageCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH420",
            .severity = findings::Severity::Warning,
            .refs = {"dockle:DKL-DI-0006"},
            .title = {"Image is referenced by the latest tag", "镜像使用 latest 标签"},
            .explanation =
                {"`latest` moves with every push, so the same name means different images over time and a "
                 "rollback cannot name what ran before.",
                 "`latest` 会随每次推送而变化，同一名称在不同时间指向不同镜像，回滚时也无法指明之前运行的版本。"},
            .remedy = {"Tag releases with a version and run that: `docker run app:1.4.2` (or `app@sha256:...`); "
                    "Compose: `image: app:1.4.2`.",
                    "为发布版本打上版本号标签并使用它：`docker run app:1.4.2`（或 `app@sha256:...`）；Compose：`image: "
                    "app:1.4.2`。"},
            .practice = findings::Practice::ImmutableTags,
        };
        return info;
    }

  protected:
    std::optional<support::Problem> problem(const engine::ImageDetails& image,
                                            [[maybe_unused]] const ImageContext& images) const override
    {
        std::vector<std::string> latest;
        for (const std::string& tag : image.repoTags)
            if (tag.ends_with(":latest")) latest.push_back(tag);
        if (latest.empty() && !(image.repoTags.empty() && !image.repoDigests.empty())) return std::nullopt;
        if (latest.empty()) return support::Problem{{"has no tag, only a digest", "没有标签，只有摘要"}, "RepoTags=[]"};
        const std::string list = support::joined(latest);
        return support::Problem{{"is tagged " + list, "的标签为 " + list}, "RepoTags contains " + list};
    }
};

} // namespace

std::unique_ptr<InventoryImageCheck> make_DWH420()
{
    return std::make_unique<DWH420>();
}

} // namespace dw::hostcheck::checks
