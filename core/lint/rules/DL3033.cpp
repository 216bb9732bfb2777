#include "lint/support_rpm.h"

namespace dw::lint::rules {
namespace {

class DL3033 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3033",
            .severity = Severity::Warning,
            .family = RuleFamily::Hadolint,
            .practice = Practice::ImmutableTags,
            .refs = {"hadolint:DL3033"},
            .title = {"yum installs a package without a version: pin it as `<package>-<version>`",
                      "yum 安装的软件包未指定版本：请写成 `<软件包>-<版本>`"},
            .explanation = {
                "An unversioned `yum install` takes whatever the repository offers on the day of the build, so "
                "rebuilding the same Dockerfile can silently bring in other versions, new bugs or changed "
                "behaviour. Name the version, e.g. `yum install -y httpd-2.4.6`, and give modules a stream "
                "(`yum module install -y nodejs:18`). A version may also come from an ARG or ENV "
                "(`httpd-${HTTPD_VERSION}`).",
                "不带版本的 `yum install` 会安装构建当天仓库中的任意版本，重新构建同一个 Dockerfile 可能悄悄引入别的版本、"
                "新的缺陷或行为变化。请写明版本，例如 `yum install -y httpd-2.4.6`，模块则写明流（stream），如 "
                "`yum module install -y nodejs:18`。版本也可以来自 ARG 或 ENV（`httpd-${HTTPD_VERSION}`）。"},
            .checksOnbuild = true,
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (rpm::UnpinnedRun& run : rpm::unpinnedInstallRuns(ctx, yumInstall))
            out.push_back(finding(run.run->range, std::move(run.message)));
    }

private:
    static std::optional<rpm::Invocation> yumInstall(const sh::Command& command)
    {
        auto yum = rpm::invocation(command, "yum");
        if (!yum || !rpm::verbIs(*yum, {"install"})) return std::nullopt;
        return yum;
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3033() { return std::make_unique<DL3033>(); }

} // namespace dw::lint::rules
