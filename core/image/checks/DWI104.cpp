#include "image/content_checks_support.h"

#include <memory>
#include <string>
#include <vector>

namespace dw::image::checks {
namespace {

// Credential configs with a stored login: .npmrc, .pypirc, .git-credentials or a .git/config remote with a password,
// .docker/config.json, .netrc and AWS credential files.
class DWI104 final : public ImageAnalysisCheck {
  public:
    const findings::CheckInfo& info() const override
    {
        static const findings::CheckInfo info{
            .id = "DWI104",
            .severity = findings::Severity::Error,
            .refs = {"cis-docker:4.10", "dockle:CIS-DI-0010", "trivy:DS-0031"},
            .title = {"Credential configuration with a stored login in a layer", "层中含有保存了登录凭据的配置文件"},
            .explanation = {"Package managers, git, the docker client and the AWS tools write logins into these files. "
                            "Left in a layer by a build step that needed them, they let anyone who pulls the image "
                            "publish packages, push images or reach the cloud account.",
                            "包管理器、git、docker 客户端和 AWS "
                            "工具会把登录信息写进这些文件。构建步骤用完后若留在层中，任何拉取镜像的人都能借此发布软件包"
                            "、推送镜像或访问云账号。"},
            .remedy =
                {"Use the file only for the step that needs it: `RUN --mount=type=secret,id=npmrc,target=/root/.npmrc "
                 "npm ci`; never COPY it. Then revoke the token that was shipped.",
                 "只在需要它的步骤中使用该文件：`RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci`，不要 "
                 "COPY 进镜像；然后吊销已经泄露的令牌。"},
            .practice = findings::Practice::NoSecrets,
        };
        return info;
    }

    void check(const ImageCheckContext& ctx, std::vector<ImageFinding>& out) const override
    {
        content_checks::reportContentHits(
            info(), ctx, {"ships a credential configuration with a stored login", "包含保存了登录凭据的配置文件"}, out);
    }
};

} // namespace

std::unique_ptr<ImageAnalysisCheck> make_DWI104()
{
    return std::make_unique<DWI104>();
}

} // namespace dw::image::checks
