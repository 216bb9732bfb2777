#include "image/content_checks_support.h"
#include "image/eol_table.h"

#include <memory>
#include <string>
#include <vector>

namespace dw::image::checks {
namespace {

// No os-release (nor an older release file): the base OS, and with it its end of life, cannot be told.
class DWI403 final : public ImageAnalysisCheck {
  public:
    const findings::CheckInfo& info() const override
    {
        static const findings::CheckInfo info{
            .id = "DWI403",
            .severity = findings::Severity::Info,
            .refs = {"cis-docker:4.4"},
            .title = {"Base OS not identified", "无法识别基础操作系统"},
            .explanation = {"The image has no /etc/os-release or /usr/lib/os-release. That is normal for scratch "
                            "and some distroless images, but then neither Dockwarden nor a scanner can tell which "
                            "release the files come from or when it stops getting fixes.",
                            "镜像中没有 /etc/os-release 或 /usr/lib/os-release。对 scratch 和部分 distroless "
                            "镜像来说这很正常，但这样 Dockwarden 和扫描器都无法判断文件来自哪个版本、何时停止修复。"},
            .remedy =
                {"Keep the base image's os-release in the final stage (do not delete it), or, for a scratch "
                 "image, record the versions of what you copy in with LABELs, e.g. `LABEL "
                 "org.opencontainers.image.base.name=...`.",
                 "在最终阶段保留基础镜像的 os-release（不要删除）；对 scratch 镜像，用 LABEL 记录复制进来的内容的版本，"
                 "例如 `LABEL org.opencontainers.image.base.name=...`。"},
            .practice = findings::Practice::VulnerabilityScanning,
        };
        return info;
    }

    void check(const ImageCheckContext& ctx, std::vector<ImageFinding>& out) const override
    {
        if (!ctx.os || ctx.os->identified()) return;
        std::string evidence = "no os-release in /etc or /usr/lib";
        if (auto note = osWithoutEolNote(*ctx.os); !note.en.empty()) evidence += "; " + note.en;
        out.push_back(content_checks::makeFinding(
            info(), ctx, {"has no os-release: its base OS is unknown", "没有 os-release：基础操作系统未知"},
            std::move(evidence)));
    }
};

} // namespace

std::unique_ptr<ImageAnalysisCheck> make_DWI403()
{
    return std::make_unique<DWI403>();
}

} // namespace dw::image::checks
