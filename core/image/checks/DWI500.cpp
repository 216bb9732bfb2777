#include "image/content_checks_support.h"
#include "image/vulnerabilities.h"

#include <memory>
#include <string>
#include <vector>

namespace dw::image::checks {
namespace {

// No scanner looked at the image: say so, with the reason, rather than let a clean report suggest it is clean.
class DWI500 final : public ImageAnalysisCheck {
  public:
    const findings::CheckInfo& info() const override
    {
        static const findings::CheckInfo info{
            .id = "DWI500",
            .severity = findings::Severity::Info,
            .refs = {"cis-docker:4.4"},
            .title = {"Image not scanned for vulnerabilities", "镜像未做漏洞扫描"},
            .explanation = {"Dockwarden does not judge package versions itself; it relies on trivy or grype. Without "
                            "their report, the absence of vulnerability findings says nothing about the image.",
                            "Dockwarden 本身不判断软件包版本是否有漏洞，而是依靠 trivy 或 grype。没有它们的报告时，"
                            "没有漏洞发现并不能说明镜像没有问题。"},
            .remedy = {"Put trivy or grype on PATH (with its vulnerability database downloaded), or scan separately and "
                    "import the result: `trivy image --format json -o report.json IMAGE`, then "
                    "`dockwarden-cli image IMAGE --vuln-report report.json`.",
                    "把 trivy 或 grype 放到 PATH 中（并下载好其漏洞数据库），或单独扫描后导入结果：`trivy image "
                    "--format json -o report.json IMAGE`，然后 `dockwarden-cli image IMAGE --vuln-report "
                    "report.json`。"},
            .practice = findings::Practice::VulnerabilityScanning,
        };
        return info;
    }

    void check(const ImageCheckContext& ctx, std::vector<ImageFinding>& out) const override
    {
        if (ctx.vulnerabilities && ctx.vulnerabilities->scanned) return;
        std::string evidence = ctx.vulnerabilities && !ctx.vulnerabilities->note.empty()
                                   ? ctx.vulnerabilities->note
                                   : std::string("no vulnerability scan was run");
        out.push_back(content_checks::makeFinding(info(), ctx, {"was not scanned for vulnerabilities", "未做漏洞扫描"},
                                                  std::move(evidence)));
    }
};

} // namespace

std::unique_ptr<ImageAnalysisCheck> make_DWI500()
{
    return std::make_unique<DWI500>();
}

} // namespace dw::image::checks
