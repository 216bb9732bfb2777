#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// CIS 4.1: the image's Config.User is empty, root or 0 (with or without a group).
class DWH401 final : public support::SingleImageCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH401",
            .severity = findings::Severity::Warning,
            .refs = {"cis-docker:4.1", "dockle:CIS-DI-0001"},
            .title = {"Image runs as root by default", "镜像默认以 root 身份运行"},
            .explanation = {"Every container started from the image runs as root unless its user overrides it.",
                            "除非运行时另行指定用户，基于该镜像启动的每个容器都以 root 身份运行。"},
            .remedy = {"Add `USER 1000:1000` (or a named user) at the end of the Dockerfile; at run time `docker run "
                    "--user 1000`, Compose `user: \"1000\"`.",
                    "在 Dockerfile 末尾加入 `USER 1000:1000`（或具名用户）；运行时可用 `docker run --user "
                    "1000`，Compose 用 `user: "
                    "\"1000\"`。"},
            .practice = findings::Practice::LeastPrivilegeUser,
        };
        return info;
    }

  protected:
    std::optional<support::Problem> problem(const engine::ImageDetails& image,
                                            [[maybe_unused]] const ImageContext& images) const override
    {
        if (!support::isRootUser(image.config.user)) return std::nullopt;
        return support::Problem{{"runs as root by default", "默认以 root 身份运行"},
                                "Config.User=\"" + image.config.user + "\""};
    }
};

} // namespace

std::unique_ptr<InventoryImageCheck> make_DWH401()
{
    return std::make_unique<DWH401>();
}

} // namespace dw::hostcheck::checks
