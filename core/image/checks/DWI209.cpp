#include "image/content_checks_support.h"

#include <memory>
#include <string>
#include <vector>

namespace dw::image::checks {
namespace {

// Docker Content Trust is not enabled in the environment that analysed the image (DOCKER_CONTENT_TRUST is not 1). Like
// dockle this is a statement about our environment, not about the image signature.
class DWI209 final : public ImageAnalysisCheck {
  public:
    const findings::CheckInfo& info() const override
    {
        static const findings::CheckInfo info{
            .id = "DWI209",
            .severity = findings::Severity::Info,
            .refs = {"dockle:CIS-DI-0005", "cis-docker:4.5"},
            .title = {"Content trust is not enabled", "未启用内容信任"},
            .explanation =
                {"With DOCKER_CONTENT_TRUST=1 the docker client only pulls and runs signed tags. Without it, an image "
                 "replaced in the registry or on the way is used just the same.",
                 "设置 DOCKER_CONTENT_TRUST=1 后，docker "
                 "客户端只拉取和运行已签名的标签。未启用时，在镜像仓库中或传输途中被替换的镜像也会照常使用。"},
            .remedy = {"Export `DOCKER_CONTENT_TRUST=1` where images are pulled and run (CI, hosts), sign pushed tags "
                    "(`docker trust sign`), or verify signatures with cosign or Notation.",
                    "在拉取和运行镜像的地方（CI、主机）导出 `DOCKER_CONTENT_TRUST=1`，为推送的标签签名（`docker trust "
                    "sign`），或用 cosign、Notation 验证签名。"},
            .practice = findings::Practice::SignedImages,
        };
        return info;
    }

    void check(const ImageCheckContext& ctx, std::vector<ImageFinding>& out) const override
    {
        if (!ctx.image || ctx.contentTrustEnv == "1") return;
        const std::string evidence =
            ctx.contentTrustEnv ? "DOCKER_CONTENT_TRUST=" + *ctx.contentTrustEnv : "DOCKER_CONTENT_TRUST is not set";
        out.push_back(
            content_checks::makeFinding(info(), ctx,
                                        {"was checked without Docker Content Trust (DOCKER_CONTENT_TRUST is not 1)",
                                         "在未启用 Docker 内容信任的环境中检查（DOCKER_CONTENT_TRUST 不为 1）"},
                                        evidence));
    }
};

} // namespace

std::unique_ptr<ImageAnalysisCheck> make_DWI209()
{
    return std::make_unique<DWI209>();
}

} // namespace dw::image::checks
