#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// CIS 4.5: DOCKER_CONTENT_TRUST of our environment is not 1 (this says nothing about an image's signature).
class DWH231 final : public DaemonCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH231",
            .severity = findings::Severity::Warning,
            .refs = {"cis-docker:4.5", "dockle:CIS-DI-0005"},
            .title = {"Docker Content Trust is not enabled", "未启用 Docker Content Trust"},
            .explanation =
                {"Without content trust, `docker pull` and `docker run` accept unsigned images, so a tampered tag "
                 "is used without notice.",
                 "未启用内容信任时，`docker pull` 与 `docker run` 会接受未签名的镜像，被篡改的标签会被直接使用。"},
            .remedy = {"Export `DOCKER_CONTENT_TRUST=1` in the shell and CI that pull and run images (`docker run` "
                    "honours it; Compose pulls through the same client setting).",
                    "在拉取和运行镜像的 shell 与 CI 中导出 `DOCKER_CONTENT_TRUST=1`（`docker run` "
                    "会遵循该设置，Compose 也通过同一客户端设置拉取）。"},
            .practice = findings::Practice::SignedImages,
        };
        return info;
    }

    void check([[maybe_unused]] const engine::DaemonInfo& daemon, [[maybe_unused]] const engine::VersionInfo& version,
               const HostContext& host, std::vector<HostFinding>& out) const override
    {
        if (host.contentTrustEnv == "1") return;
        const std::string shown = host.contentTrustEnv ? "\"" + *host.contentTrustEnv + "\"" : std::string("unset");
        HostFinding finding = support::makeFinding(
            info(), "daemon", {"DOCKER_CONTENT_TRUST is " + shown, "DOCKER_CONTENT_TRUST 为 " + shown},
            "DOCKER_CONTENT_TRUST=" + shown);
        out.push_back(std::move(finding));
    }
};

} // namespace

std::unique_ptr<DaemonCheck> make_DWH231()
{
    return std::make_unique<DWH231>();
}

} // namespace dw::hostcheck::checks
