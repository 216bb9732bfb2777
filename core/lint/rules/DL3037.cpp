#include "lint/support_rpm.h"

namespace dw::lint::rules {
namespace {

bool hasConstraint(std::string_view spec)
{
    return spec.find_first_of("=<>") != std::string_view::npos || support::endsWith(spec, ".rpm");
}

class DL3037 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3037",
            .severity = Severity::Warning,
            .family = RuleFamily::Hadolint,
            .practice = Practice::ImmutableTags,
            .refs = {"hadolint:DL3037"},
            .title = {"zypper installs a package without a version: write `<package>=<version>`",
                      "zypper 安装的软件包未指定版本：请写成 `<软件包>=<版本>`"},
            .explanation = {
                "Without a version constraint zypper installs the newest build available when the image is "
                "built, so the same Dockerfile can produce different images over time. Pin each package, e.g. "
                "`zypper install -y curl=8.6.0`, or bound it with `>=`, `<=`, `>` or `<` (quote or escape the "
                "operator so the shell does not treat it as a redirection).",
                "不带版本约束时，zypper 会安装构建时可用的最新构建，同一个 Dockerfile 随时间推移可能产出不同的镜像。"
                "请固定每个软件包的版本，例如 `zypper install -y curl=8.6.0`，或用 `>=`、`<=`、`>`、`<` 限定范围"
                "（请给运算符加引号或转义，以免 shell 把它当作重定向）。"},
            .checksOnbuild = true,
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::Instruction* run : ctx.instructions()) {
            if (run->keyword != df::Keyword::Run) continue;
            std::string unpinned;
            const sh::Script& script = ctx.shell(*run);
            if (!script.hasCommand("zypper")) continue; // most RUNs run no zypper
            for (const sh::Command& command : script.commands) {
                const auto zypper = rpm::invocation(command, "zypper");
                if (!zypper || !rpm::verbIs(*zypper, {"install", "in"})) continue;
                // Patterns, patches and products (`-t pattern`) have no versions to pin.
                const auto type =
                    zypper->args.value("t") ? zypper->args.value("t") : zypper->args.value("type");
                if (type && *type != "package") continue;
                for (const sh::Word* word : zypper->operands) {
                    if (hasConstraint(word->text) || word->raw().find("$(") != std::string::npos) continue;
                    support::appendCodeItem(unpinned, word->raw());
                }
            }
            if (unpinned.empty()) continue;
            out.push_back(
                finding(run->range, {"No version given for " + unpinned + ": write `<package>=<version>`",
                                     unpinned + " 未指定版本：请写成 `<软件包>=<版本>`"}));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3037() { return std::make_unique<DL3037>(); }

} // namespace dw::lint::rules
