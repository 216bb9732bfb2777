#include "hostcheck/check_support.h"

#include <memory>
#include <string>

namespace dw::hostcheck::checks {
namespace {

// CIS 4.4: the image was created more than 180 days before ImageContext::nowUnixSeconds (silent when now or Created is
// unknown; images with a build-reproducible epoch Created time show up too).
class DWH425 final : public support::SingleImageCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH425",
            .severity = findings::Severity::Info,
            .refs = {"cis-docker:4.4"},
            .title = {"Image is older than 180 days", "镜像创建已超过 180 天"},
            .explanation =
                {"An image that has not been rebuilt for half a year misses every security update of its base "
                 "image and packages since then.",
                 "半年未重新构建的镜像缺失了此后基础镜像与软件包的所有安全更新。"},
            .remedy = {"Rebuild regularly with `docker build --pull --no-cache` and redeploy (`docker compose pull && "
                    "docker compose up -d`).",
                    "定期使用 `docker build --pull --no-cache` 重新构建并重新部署（`docker compose pull && docker "
                    "compose up -d`）。"},
            .practice = findings::Practice::VulnerabilityScanning,
        };
        return info;
    }

  protected:
    std::optional<support::Problem> problem(const engine::ImageDetails& image,
                                            const ImageContext& images) const override
    {
        if (images.nowUnixSeconds <= 0) return std::nullopt;
        const std::optional<int64_t> created = support::parseRfc3339(image.created);
        if (!created) return std::nullopt;
        const int64_t days = (images.nowUnixSeconds - *created) / 86400;
        if (days <= 180) return std::nullopt;
        return support::Problem{
            {"was created " + std::to_string(days) + " days ago", "创建于 " + std::to_string(days) + " 天前"},
            "Created=" + image.created};
    }
};

} // namespace

std::unique_ptr<InventoryImageCheck> make_DWH425()
{
    return std::make_unique<DWH425>();
}

} // namespace dw::hostcheck::checks
