#include "image/content_checks_support.h"
#include "image/eol_table.h"

#include <memory>
#include <string>
#include <vector>

namespace dw::image::checks {
namespace {

constexpr int64_t kWarnDays = 90;

// The base OS release reaches its end of life within 90 days (eol_table.cpp).
class DWI402 final : public ImageAnalysisCheck {
  public:
    const findings::CheckInfo& info() const override
    {
        static const findings::CheckInfo info{
            .id = "DWI402",
            .severity = findings::Severity::Warning,
            .refs = {"cis-docker:4.4"},
            .title = {"Base OS reaches its end of life within 90 days", "基础操作系统将在 90 天内到达生命周期终点"},
            .explanation = {"Security fixes for this release stop soon. Moving to a newer release now, while there "
                            "is time to test, is cheaper than doing it in a hurry after a published flaw.",
                            "该版本的安全修复即将停止。趁还有时间测试时迁移到较新的版本，比在漏洞公开后仓促迁移代价"
                            "更小。"},
            .remedy = {"Plan the move to the next supported release of the distribution: change the FROM line (for "
                    "example `FROM ubuntu:24.04`), rebuild and run the tests.",
                    "计划迁移到该发行版下一个受支持的版本：修改 FROM 行（例如 `FROM ubuntu:24.04`），重新构建并运行"
                    "测试。"},
            .practice = findings::Practice::VulnerabilityScanning,
        };
        return info;
    }

    void check(const ImageCheckContext& ctx, std::vector<ImageFinding>& out) const override
    {
        if (!ctx.os || !ctx.os->identified()) return;
        auto status = eolStatus(*ctx.os, nowOr(ctx.nowUnixSeconds));
        if (!status || status->pastEol() || status->daysLeft > kWarnDays) return;
        const std::string date(status->entry->eolDate);
        const std::string days = std::to_string(status->daysLeft);
        std::string evidence =
            ctx.os->evidence() + "; end of life " + date + " (table of " + std::string(kEolTableWritten) + ")";
        if (!status->entry->note.en.empty()) evidence += "; " + status->entry->note.en;
        out.push_back(content_checks::makeFinding(
            info(), ctx,
            {"is based on " + ctx.os->displayName() + ", which reaches its end of life in " + days + " days (" + date +
                 ")",
             "基于 " + ctx.os->displayName() + "，将在 " + days + " 天后（" + date + "）到达生命周期终点"},
            std::move(evidence), ctx.os->layerIndex, ctx.os->sourcePath));
    }
};

} // namespace

std::unique_ptr<ImageAnalysisCheck> make_DWI402()
{
    return std::make_unique<DWI402>();
}

} // namespace dw::image::checks
