#include "image/content_checks_support.h"
#include "image/vulnerabilities.h"

#include <memory>
#include <string>
#include <vector>

namespace dw::image::checks {
namespace {

findings::Severity severityOf(VulnerabilitySeverity severity)
{
    switch (severity) {
    case VulnerabilitySeverity::Critical:
    case VulnerabilitySeverity::High:
        return findings::Severity::Error;
    case VulnerabilitySeverity::Medium:
        return findings::Severity::Warning;
    default:
        return findings::Severity::Info;
    }
}

// One finding per vulnerability the scanner reported, with its id in refs and the fixed version in the fix.
class DWI501 final : public ImageAnalysisCheck {
  public:
    const findings::CheckInfo& info() const override
    {
        static const findings::CheckInfo info{
            .id = "DWI501",
            .severity = findings::Severity::Warning,
            .refs = {"cis-docker:4.4"},
            .title = {"Known vulnerability in an installed package", "已安装的软件包存在已知漏洞"},
            .explanation = {"A vulnerability scanner matched a package of the image against a published advisory. "
                            "Critical and high ones are errors, medium ones warnings, the rest information.",
                            "漏洞扫描器将镜像中的某个软件包与已公布的安全公告匹配上了。严重和高危为错误，中危为警告，"
                            "其余为提示。"},
            .remedy = {"Upgrade the package to the fixed version (rebuild on a newer base image, or `apt-get install "
                    "--only-upgrade PKG` / `apk upgrade PKG` in the Dockerfile), then rebuild and scan again.",
                    "把软件包升级到修复版本（基于更新的基础镜像重新构建，或在 Dockerfile 中执行 `apt-get install "
                    "--only-upgrade PKG` / `apk upgrade PKG`），然后重新构建并再次扫描。"},
            .practice = findings::Practice::VulnerabilityScanning,
        };
        return info;
    }

    void check(const ImageCheckContext& ctx, std::vector<ImageFinding>& out) const override
    {
        if (!ctx.vulnerabilities || !ctx.vulnerabilities->scanned) return;
        for (const Vulnerability& v : ctx.vulnerabilities->vulnerabilities) {
            const std::string severity(vulnerabilitySeverityName(v.severity));
            const std::string package = v.packageName + (v.installedVersion.empty() ? "" : " " + v.installedVersion);
            ImageFinding finding =
                content_checks::makeFinding(info(), ctx,
                                            {"has " + v.id + " (" + severity + ") in " + package,
                                             "的 " + package + " 存在 " + v.id + "（" + severity + "）"},
                                            evidenceOf(v, *ctx.vulnerabilities));
            finding.finding.severity = severityOf(v.severity);
            finding.finding.refs = {v.id};
            finding.finding.remedy =
                v.fixedVersion.empty()
                    ? findings::LocalizedText{"No fixed version of " + v.packageName +
                                              " is known yet: watch the advisory, "
                                              "and remove the package if the image does not need it.",
                                          v.packageName +
                                              " 尚无已知的修复版本：请关注该安全公告；如果镜像不需要该软件包，"
                                              "请将其移除。"}
                    : findings::LocalizedText{"Upgrade " + v.packageName + " to " + v.fixedVersion +
                                              " (a newer base image, or an upgrade of that package in the Dockerfile).",
                                          "将 " + v.packageName + " 升级到 " + v.fixedVersion +
                                              "（使用更新的基础镜像，或在 Dockerfile 中升级该软件包）。"};
            out.push_back(std::move(finding));
        }
    }

  private:
    static std::string evidenceOf(const Vulnerability& v, const VulnerabilityReport& report)
    {
        std::string evidence = report.scanner.empty() ? std::string("scanner") : report.scanner;
        if (!report.scannerVersion.empty()) evidence += " " + report.scannerVersion;
        evidence += ": " + v.packageName + " " + v.installedVersion;
        evidence += v.fixedVersion.empty() ? ", no fix yet" : ", fixed in " + v.fixedVersion;
        if (!v.title.empty()) evidence += "; " + v.title;
        if (!v.url.empty()) evidence += "; " + v.url;
        return evidence;
    }
};

} // namespace

std::unique_ptr<ImageAnalysisCheck> make_DWI501()
{
    return std::make_unique<DWI501>();
}

} // namespace dw::image::checks
