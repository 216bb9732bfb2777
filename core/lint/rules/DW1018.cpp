#include "lint/support_dockwarden.h"

#include <algorithm>

namespace dw::lint::rules {
namespace {

/// "apt-get upgrade" when the command upgrades every installed package; "" otherwise. Upgrades of named
/// packages (`apk upgrade openssl`, `yum update openssl`) are targeted fixes and pass.
std::string fullUpgrade(const sh::Command& command)
{
    const std::string_view name = command.name();
    const dwsupport::PackageManager manager = dwsupport::managerFamily(name);
    if (manager == dwsupport::PackageManager::None) return "";
    const std::string* first = command.argNoFlag(0);
    if (!first) return "";
    const std::string& sub = *first;
    const auto is = [&](std::initializer_list<std::string_view> subs) {
        return std::find(subs.begin(), subs.end(), sub) != subs.end();
    };
    const bool alone = !command.argNoFlag(1);
    bool everything = false;
    switch (manager) {
    case dwsupport::PackageManager::Apt: everything = is({"upgrade", "dist-upgrade", "full-upgrade", "safe-upgrade"}); break;
    case dwsupport::PackageManager::Apk: everything = alone && is({"upgrade"}); break;
    case dwsupport::PackageManager::Rpm:
        everything = alone && is({"upgrade", "update", "distro-sync", "upgrade-minimal", "update-minimal"});
        break;
    case dwsupport::PackageManager::Zypper: everything = alone && is({"update", "up", "dist-upgrade", "dup", "patch"}); break;
    case dwsupport::PackageManager::None: break;
    }
    return everything ? std::string(name) + " " + sub : "";
}

class DW1018 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DW1018",
            .severity = Severity::Info,
            .family = RuleFamily::Dockwarden,
            .practice = Practice::ImmutableTags,
            .refs = {"dockle:DKL-DI-0003", "trivy:DS-0024"},
            .title = {"The build upgrades every installed package", "构建过程升级了所有已安装的软件包"},
            .explanation = {
                "A blanket `apt-get upgrade`, `apk upgrade` or `yum update` installs whatever the mirrors offer on "
                "the day of the build, so the same Dockerfile and base digest produce different images, and the "
                "result no longer matches the base image you reviewed and scanned. Get security fixes by moving "
                "to a newer base image tag or digest (rebuild regularly, let a bot bump it), and if one package "
                "cannot wait, upgrade just that package, pinned to a version.",
                "笼统的 `apt-get upgrade`、`apk upgrade`、`yum update` 会安装构建当天镜像源提供的任何版本，因此同一个 "
                "Dockerfile、同一个基础镜像摘要会产出不同的镜像，结果也不再是你审核、扫描过的那个基础镜像。请通过更新基础镜像"
                "的标签或摘要来获得安全修复（定期重新构建，让工具自动更新）；若某个软件包等不及，只升级这个包并固定版本。"},
            .checksOnbuild = true,
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::Instruction* run : ctx.instructions()) {
            if (run->keyword != df::Keyword::Run) continue;
            for (const sh::Command& command : ctx.shell(*run).commands) {
                const std::string upgrade = fullUpgrade(command);
                if (upgrade.empty()) continue;
                out.push_back(finding(dwsupport::runRange(ctx, *run, command.begin, command.end),
                                      {"`" + upgrade + "` upgrades every package to whatever is current at build time",
                                       "`" + upgrade + "` 会把所有软件包升级到构建当时的最新版本"}));
                break; // one finding per RUN: `dnf update && ... && dnf update` is one problem
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DW1018() { return std::make_unique<DW1018>(); }

} // namespace dw::lint::rules
