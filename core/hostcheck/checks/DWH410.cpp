#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// CIS 4.10: a secret-looking variable in the image's Config.Env; only the name is ever shown.
class DWH410 final : public support::SingleImageCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH410",
            .severity = findings::Severity::Error,
            .refs = {"cis-docker:4.10", "dockle:CIS-DI-0010"},
            .title = {"Secret stored in the image's environment", "镜像的环境变量中含有机密"},
            .explanation =
                {"ENV values are stored in the image configuration and travel with every push and pull; anyone "
                 "who can pull the image can read them.",
                 "ENV 的值保存在镜像配置中，随每次推送和拉取传播；能拉取镜像的任何人都能读取。"},
            .remedy =
                {"Remove the ENV and pass the secret at run time as a file (`docker run --secret` / `-v "
                 "secret:/run/secrets/x:ro`, Compose `secrets:`); at build time use `RUN --mount=type=secret`.",
                 "删除该 ENV，运行时以文件形式传入机密（`docker run --secret` / `-v secret:/run/secrets/x:ro`，Compose "
                 "`secrets:`）；构建时使用 `RUN --mount=type=secret`。"},
            .practice = findings::Practice::NoSecrets,
        };
        return info;
    }

  protected:
    std::optional<support::Problem> problem(const engine::ImageDetails& image,
                                            [[maybe_unused]] const ImageContext& images) const override
    {
        const std::vector<std::string> names = support::secretEnvNames(image.config.env);
        if (names.empty()) return std::nullopt;
        const std::string list = support::joined(names);
        return support::Problem{{"stores secrets in its environment: " + list + " (values redacted)",
                                 "的环境变量中保存了机密：" + list + "（值已隐藏）"},
                                "Config.Env: " + support::joined(names, "=<redacted>, ") + "=<redacted>"};
    }
};

} // namespace

std::unique_ptr<InventoryImageCheck> make_DWH410()
{
    return std::make_unique<DWH410>();
}

} // namespace dw::hostcheck::checks
