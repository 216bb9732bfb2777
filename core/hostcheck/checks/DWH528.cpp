#include "hostcheck/check_support.h"

#include <memory>
#include <string>

namespace dw::hostcheck::checks {
namespace {

constexpr int64_t kStaleDays = 90;

// CIS 5.28 (manual in CIS): a running container's image was built more than 90 days before "now". Needs
// HostContext::imageCreatedById (see applyImageFacts) and nowUnixSeconds; silent when either is unknown. Unlike
// DWH425 (any image older than 180 days) this is about what actually runs.
class DWH528 final : public support::SingleContainerCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH528",
            .severity = findings::Severity::Info,
            .refs = {"cis-docker:5.28"},
            .title = {"Running container uses an image older than 90 days", "运行中的容器使用了超过 90 天的镜像"},
            .explanation =
                {"A container keeps running the image it was started from; if that image has not been rebuilt for "
                 "three months, the fixes published since then are not in what actually runs.",
                 "容器一直运行启动时的镜像；若该镜像三个月未重新构建，此后发布的修复都不在实际运行的程序中。"},
            .remedy = {"Rebuild or pull the image and recreate the container: `docker pull IMAGE` then `docker run` it "
                    "again; Compose: `docker compose pull && docker compose up -d` (add `pull_policy: always`).",
                    "重新构建或拉取镜像并重建容器：先 `docker pull IMAGE` 再重新 `docker run`；Compose："
                    "`docker compose pull && docker compose up -d`（可加 `pull_policy: always`）。"},
            .practice = findings::Practice::VulnerabilityScanning,
        };
        return info;
    }

  protected:
    std::optional<support::Problem> problem(const engine::ContainerDetails& c, const HostContext& host) const override
    {
        if (!c.state.running || host.nowUnixSeconds <= 0) return std::nullopt;
        const auto created = host.imageCreatedById.find(c.image);
        if (created == host.imageCreatedById.end() || created->second <= 0) return std::nullopt;
        const int64_t days = (host.nowUnixSeconds - created->second) / 86400;
        if (days <= kStaleDays) return std::nullopt;
        const std::string image = c.config.image.empty() ? c.image : c.config.image;
        return support::Problem{{"runs image " + image + ", built " + std::to_string(days) + " days ago",
                                 "运行的镜像 " + image + " 构建于 " + std::to_string(days) + " 天前"},
                                "Image=" + c.image + " Created=" + std::to_string(created->second) + " (Unix)"};
    }
};

} // namespace

std::unique_ptr<ContainerCheck> make_DWH528()
{
    return std::make_unique<DWH528>();
}

} // namespace dw::hostcheck::checks
