#include "lint/support_rpm.h"

namespace dw::lint::rules {
namespace {

class DL3041 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3041",
            .severity = Severity::Warning,
            .family = RuleFamily::Hadolint,
            .practice = Practice::ImmutableTags,
            .refs = {"hadolint:DL3041"},
            .title = {"dnf installs a package without a version: pin it as `<package>-<version>`",
                      "dnf 安装的软件包未指定版本：请写成 `<软件包>-<版本>`"},
            .explanation = {
                "Without a version, `dnf install` (or microdnf) picks the newest build the repositories hold when "
                "the image is built, so two builds of one Dockerfile may differ in ways nobody reviewed. Write "
                "`<package>-<version>`, e.g. `dnf install -y git-core-2.43.0`, and a stream for modules "
                "(`dnf module install -y postgresql:15`). The version may come from an ARG or ENV "
                "(`git-core-${GIT_VERSION}`); group installs are not checked.",
                "不写版本时，`dnf install`（或 microdnf）会选用构建时仓库里最新的构建，同一个 Dockerfile 的两次构建可能"
                "出现未经审查的差异。请写成 `<软件包>-<版本>`，例如 `dnf install -y git-core-2.43.0`，模块则写明流，如 "
                "`dnf module install -y postgresql:15`。版本也可以来自 ARG 或 ENV（`git-core-${GIT_VERSION}`）；"
                "软件包组的安装不作检查。"},
            .checksOnbuild = true,
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        // rpm::runsDnf passes over the scripts that run no dnf (most RUNs) at once.
        for (rpm::UnpinnedRun& run : rpm::unpinnedInstallRuns(ctx, dnfInstall, rpm::runsDnf))
            out.push_back(finding(run.run->range, std::move(run.message)));
    }

private:
    static std::optional<rpm::Invocation> dnfInstall(const sh::Command& command)
    {
        const std::string_view name = command.name();
        if (!rpm::isDnf(name)) return std::nullopt;
        auto dnf = rpm::invocation(command, name);
        if (!dnf || !rpm::verbIs(*dnf, {"install", "in"})) return std::nullopt;
        return dnf;
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3041() { return std::make_unique<DL3041>(); }

} // namespace dw::lint::rules
