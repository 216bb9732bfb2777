#include "image/content_checks_support.h"

#include <memory>
#include <string>
#include <vector>

namespace dw::image::checks {
namespace {

// A private key block (PEM, OpenSSH, PGP) in a file of any layer, also when a later layer deleted it.
class DWI101 final : public ImageAnalysisCheck {
  public:
    const findings::CheckInfo& info() const override
    {
        static const findings::CheckInfo info{
            .id = "DWI101",
            .severity = findings::Severity::Error,
            .refs = {"cis-docker:4.10", "dockle:CIS-DI-0010", "cwe:CWE-321"},
            .title = {"Private key in a layer file", "层文件中含有私钥"},
            .explanation = {"Anyone who can pull the image can unpack every layer and read the key, even when a later "
                            "layer deletes the file: deleting only hides it from the final filesystem. A key that "
                            "shipped this way must be treated as public.",
                            "能拉取镜像的人都可以解开每一层并读出私钥；即使后面的层删除了该文件也没有用，删除只是让它在"
                            "最终文件系统中不可见。以这种方式分发过的私钥应视为已经公开。"},
            .remedy = {"Revoke and replace the key. Mount it at run time (`docker run -v key.pem:/run/secrets/key:ro`, "
                    "Compose `secrets:`) or at build time with `RUN --mount=type=secret`, and never COPY it into the "
                    "image.",
                    "吊销并更换该私钥。在运行时挂载（`docker run -v key.pem:/run/secrets/key:ro`，Compose 的 "
                    "`secrets:`），或在构建时使用 `RUN --mount=type=secret`，不要用 COPY 把它放进镜像。"},
            .practice = findings::Practice::NoSecrets,
        };
        return info;
    }

    void check(const ImageCheckContext& ctx, std::vector<ImageFinding>& out) const override
    {
        content_checks::reportContentHits(info(), ctx, {"ships a private key", "包含私钥"}, out);
    }
};

} // namespace

std::unique_ptr<ImageAnalysisCheck> make_DWI101()
{
    return std::make_unique<DWI101>();
}

} // namespace dw::image::checks
