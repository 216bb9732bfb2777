#include "image/content_checks_support.h"

#include <memory>
#include <string>
#include <vector>

namespace dw::image::checks {
namespace {

/// "app:latest", "registry:5000/app" (no tag means latest) -> true; "app:1.0", "app@sha256:..." -> false.
bool isLatest(const std::string& reference)
{
    if (reference.find('@') != std::string::npos) return false;
    const std::size_t slash = reference.rfind('/');
    const std::size_t colon = reference.rfind(':');
    if (colon == std::string::npos || (slash != std::string::npos && colon < slash)) return true;
    return reference.substr(colon + 1) == "latest";
}

// The image is tagged 'latest', or has no tag at all (then whoever refers to it by name gets 'latest').
class DWI206 final : public ImageAnalysisCheck {
  public:
    const findings::CheckInfo& info() const override
    {
        static const findings::CheckInfo info{
            .id = "DWI206",
            .severity = findings::Severity::Warning,
            .refs = {"dockle:DKL-DI-0006"},
            .title = {"Image tagged 'latest' or not tagged", "镜像使用 'latest' 标签或没有标签"},
            .explanation =
                {"'latest' is just the tag that moves with every push: a deployment that names it can start a "
                 "different image tomorrow, and nobody can tell afterwards which build ran.",
                 "'latest' "
                 "只是每次推送都会移动的标签：引用它的部署明天可能启动另一个镜像，事后也无法确认运行的是哪次构建。"},
            .remedy = {"Tag every build with a version or the commit (`docker build -t app:1.4.2 -t app:git-3f2c1a`) and "
                    "deploy by that tag or by digest (`app@sha256:...`).",
                    "为每次构建打上版本号或提交号标签（`docker build -t app:1.4.2 -t "
                    "app:git-3f2c1a`），并按该标签或摘要（`app@sha256:...`）部署。"},
            .practice = findings::Practice::ImmutableTags,
        };
        return info;
    }

    void check(const ImageCheckContext& ctx, std::vector<ImageFinding>& out) const override
    {
        if (!ctx.image) return;
        const std::vector<std::string>& tags = ctx.image->repoTags;
        if (tags.empty()) {
            out.push_back(content_checks::makeFinding(info(), ctx, {"has no tag", "没有标签"}, "RepoTags=[]"));
            return;
        }
        std::vector<std::string> latest;
        for (const std::string& tag : tags)
            if (isLatest(tag)) latest.push_back(tag);
        if (latest.empty()) return;
        const std::string list = content_checks::listed(latest);
        out.push_back(content_checks::makeFinding(info(), ctx,
                                                  {"is tagged 'latest': " + list, "使用了 'latest' 标签：" + list},
                                                  "RepoTags: " + content_checks::listed(tags)));
    }
};

} // namespace

std::unique_ptr<ImageAnalysisCheck> make_DWI206()
{
    return std::make_unique<DWI206>();
}

} // namespace dw::image::checks
