#include "image/content_checks_support.h"

#include <memory>
#include <string>
#include <vector>

namespace dw::image::checks {
namespace {

// A .env file whose assignments give real values to secret-looking names (stubs like .env.example are skipped).
class DWI103 final : public ImageAnalysisCheck {
  public:
    const findings::CheckInfo& info() const override
    {
        static const findings::CheckInfo info{
            .id = "DWI103",
            .severity = findings::Severity::Error,
            .refs = {"cis-docker:4.10", "dockle:CIS-DI-0010"},
            .title = {".env file with secrets in a layer", "层中含有带机密的 .env 文件"},
            .explanation = {"A .env file usually holds the passwords and keys of one environment. Copied into the "
                            "image (often by `COPY . .`), it hands those secrets to everyone who can pull the image.",
                            ".env 文件通常保存某个环境的密码和密钥。它被复制进镜像（常见于 `COPY . "
                            ".`）后，能拉取镜像的人都能拿到这些机密。"},
            .remedy = {"Add `.env*` to .dockerignore, rotate the values it held, and give the container its settings at "
                    "run time: `docker run --env-file .env`, Compose `env_file:` or `secrets:`.",
                    "在 .dockerignore 中加入 `.env*`，轮换其中的值，并在运行时为容器提供配置：`docker run --env-file "
                    ".env`、Compose 的 `env_file:` 或 `secrets:`。"},
            .practice = findings::Practice::NoSecrets,
        };
        return info;
    }

    void check(const ImageCheckContext& ctx, std::vector<ImageFinding>& out) const override
    {
        content_checks::reportContentHits(info(), ctx, {"ships a .env file with secrets", "包含带机密的 .env 文件"},
                                          out);
    }
};

} // namespace

std::unique_ptr<ImageAnalysisCheck> make_DWI103()
{
    return std::make_unique<DWI103>();
}

} // namespace dw::image::checks
