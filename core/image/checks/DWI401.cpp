#include "image/content_checks_support.h"
#include "image/eol_table.h"

#include <memory>
#include <string>
#include <vector>

namespace dw::image::checks {
namespace {

// The base OS release is past its end of life (eol_table.cpp): no more security fixes reach its packages.
class DWI401 final : public ImageAnalysisCheck {
  public:
    const findings::CheckInfo& info() const override
    {
        static const findings::CheckInfo info{
            .id = "DWI401",
            .severity = findings::Severity::Error,
            .refs = {"cis-docker:4.4"},
            .title = {"Base OS is past its end of life", "基础操作系统已过生命周期"},
            .explanation =
                {"Once a release reaches its end of life, its maintainers stop shipping security fixes. Every flaw "
                 "found in its packages from then on stays open in this image, and scanners may stop reporting them.",
                 "发行版到达生命周期终点后，维护者不再发布安全修复。此后在其软件包中发现的每个漏洞都会一直留在该镜像"
                 "中，扫描器也可能不再报告它们。"},
            .remedy = {"Rebuild FROM a supported release of the same distribution (for example `FROM debian:12-slim` or "
                    "`FROM alpine:3.22`), then run the tests: package names and versions may have changed.",
                    "改为 FROM 同一发行版仍受支持的版本重新构建（例如 `FROM debian:12-slim` 或 `FROM "
                    "alpine:3.22`），然后运行测试：软件包名称和版本可能有变化。"},
            .practice = findings::Practice::VulnerabilityScanning,
        };
        return info;
    }

    void check(const ImageCheckContext& ctx, std::vector<ImageFinding>& out) const override
    {
        if (!ctx.os || !ctx.os->identified()) return;
        auto status = eolStatus(*ctx.os, nowOr(ctx.nowUnixSeconds));
        if (!status || !status->pastEol()) return;
        const std::string date(status->entry->eolDate);
        std::string evidence =
            ctx.os->evidence() + "; end of life " + date + " (table of " + std::string(kEolTableWritten) + ")";
        if (!status->entry->note.en.empty()) evidence += "; " + status->entry->note.en;
        out.push_back(content_checks::makeFinding(
            info(), ctx,
            {"is based on " + ctx.os->displayName() + ", past its end of life since " + date,
             "基于 " + ctx.os->displayName() + "，自 " + date + " 起已过生命周期"},
            std::move(evidence), ctx.os->layerIndex, ctx.os->sourcePath));
    }
};

} // namespace

std::unique_ptr<ImageAnalysisCheck> make_DWI401()
{
    return std::make_unique<DWI401>();
}

} // namespace dw::image::checks
