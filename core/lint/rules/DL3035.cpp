#include "lint/support_rpm.h"

namespace dw::lint::rules {
namespace {

class DL3035 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3035",
            .severity = Severity::Warning,
            .family = RuleFamily::Hadolint,
            .practice = Practice::StaticAnalysis,
            .refs = {"hadolint:DL3035"},
            .title = {"Avoid `zypper dist-upgrade` in a Dockerfile",
                      "不要在 Dockerfile 中使用 `zypper dist-upgrade`"},
            .explanation = {"`zypper dist-upgrade` (`dup`) moves the whole system to whatever the "
                            "repositories currently "
                            "hold, may switch vendors or remove packages, and makes every build differ from "
                            "the last. Take "
                            "a newer base image tag instead, or update only the packages you need with "
                            "`zypper update` / "
                            "`zypper patch`.",
                            "`zypper "
                            "dist-upgrade`（`dup`"
                            "）会把整个系统升级到仓库当前提供的状态，可能更换软件供应商或删除软件包，"
                            "并让每次构建都与上一次不同。请改用更新的基础镜像标签，或只用 `zypper update` / "
                            "`zypper patch` "
                            "更新确实需要的软件包。"},
            .checksOnbuild = true,
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::Instruction* run : ctx.instructions()) {
            if (run->keyword != df::Keyword::Run) continue;
            const sh::Script& script = ctx.shell(*run);
            if (!script.hasCommand("zypper")) continue; // most RUNs run no zypper
            for (const sh::Command& command : script.commands) {
                const auto zypper = rpm::invocation(command, "zypper");
                if (!zypper || !rpm::verbIs(*zypper, {"dist-upgrade", "dup"})) continue;
                out.push_back(finding(run->range));
                break;
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3035() { return std::make_unique<DL3035>(); }

} // namespace dw::lint::rules
