#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// CIS 4.2: no RepoDigests, so the image was built or loaded locally and never pushed to or pulled from a registry.
class DWH423 final : public support::SingleImageCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH423",
            .severity = findings::Severity::Info,
            .refs = {"cis-docker:4.2"},
            .title = {"Image does not come from a registry", "镜像并非来自镜像仓库"},
            .explanation =
                {"An image without a repository digest was built or loaded on this host; nothing outside records "
                 "what it contains, and it cannot be verified against a registry.",
                 "没有仓库摘要的镜像是在本机构建或加载的；外部没有任何记录说明其内容，也无法与仓库核对。"},
            .remedy = {"Build in CI, push to a trusted registry and run by digest: `docker run "
                    "registry/app@sha256:...`; Compose: `image: registry/app@sha256:...`.",
                    "在 CI 中构建、推送到可信仓库并按摘要运行：`docker run registry/app@sha256:...`；Compose：`image: "
                    "registry/app@sha256:...`。"},
            .practice = findings::Practice::SignedImages,
        };
        return info;
    }

  protected:
    std::optional<support::Problem> problem(const engine::ImageDetails& image,
                                            [[maybe_unused]] const ImageContext& images) const override
    {
        for (const std::string& digest : image.repoDigests)
            if (digest != "<none>@<none>") return std::nullopt;
        return support::Problem{{"has no registry digest (built or loaded locally)", "没有仓库摘要（本地构建或加载）"},
                                "RepoDigests=[]"};
    }
};

} // namespace

std::unique_ptr<InventoryImageCheck> make_DWH423()
{
    return std::make_unique<DWH423>();
}

} // namespace dw::hostcheck::checks
