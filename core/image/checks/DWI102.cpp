#include "image/content_checks_support.h"

#include <memory>
#include <string>
#include <vector>

namespace dw::image::checks {
namespace {

// A cloud or API credential recognised by its token format (util/secrets.h) in a layer file.
class DWI102 final : public ImageAnalysisCheck {
  public:
    const findings::CheckInfo& info() const override
    {
        static const findings::CheckInfo info{
            .id = "DWI102",
            .severity = findings::Severity::Error,
            .refs = {"cis-docker:4.10", "dockle:CIS-DI-0010", "cwe:CWE-798"},
            .title = {"Cloud or API credential in a layer file", "层文件中含有云服务或 API 凭据"},
            .explanation = {"Tokens such as AWS keys, GitHub, GitLab, Slack, Stripe, npm or PyPI tokens give access to "
                            "accounts and infrastructure. Stored in a layer, they travel with every copy of the image "
                            "and stay readable in that layer after a later deletion.",
                            "AWS 密钥、GitHub/GitLab/Slack/Stripe/npm/PyPI "
                            "令牌等凭据可以直接访问账号和基础设施。它们一旦存进某一层，就会随镜像的每个副本传播，即使后"
                            "面的层删除了文件，该层中仍然可读。"},
            .remedy =
                {"Revoke the token at its provider, remove the file from the build context (.dockerignore), and pass "
                 "credentials with `RUN --mount=type=secret` during the build or as mounted secrets at run time.",
                 "在服务提供方吊销该令牌，把文件排除出构建上下文（.dockerignore），构建时用 `RUN --mount=type=secret` "
                 "传入凭据，运行时以挂载的 secret 提供。"},
            .practice = findings::Practice::NoSecrets,
        };
        return info;
    }

    void check(const ImageCheckContext& ctx, std::vector<ImageFinding>& out) const override
    {
        content_checks::reportContentHits(info(), ctx, {"ships a cloud or API credential", "包含云服务或 API 凭据"},
                                          out);
    }
};

} // namespace

std::unique_ptr<ImageAnalysisCheck> make_DWI102()
{
    return std::make_unique<DWI102>();
}

} // namespace dw::image::checks
