#include "lint/support_packages.h"

namespace dw::lint::rules {
namespace {

const packages::OptionSpec& lnOptions()
{
    static const packages::OptionSpec spec{
        .shortWithValue = {'S', 't'},
        .longWithValue = {"suffix", "target-directory"},
        .longWithoutValue = {},
    };
    return spec;
}

class DL4005 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL4005",
            .severity = Severity::Warning,
            .family = RuleFamily::Hadolint,
            .practice = Practice::StaticAnalysis,
            .refs = {"hadolint:DL4005"},
            .title = {"Do not relink /bin/sh to change the shell: use the SHELL instruction",
                      "不要通过重新链接 /bin/sh 来更换 shell：请使用 SHELL 指令"},
            .explanation = {
                "Pointing /bin/sh at another shell with `ln` changes the shell of every program in the image, "
                "including package scripts that expect the distribution's sh, and the change is invisible to "
                "anyone reading the Dockerfile. To run the following RUN instructions with another shell, say so "
                "with `SHELL [\"/bin/bash\", \"-c\"]`.",
                "用 `ln` 把 /bin/sh 指向另一个 shell，会改变镜像中所有程序所用的 shell，包括期望发行版自带 sh 的软件包脚本，"
                "而且阅读 Dockerfile 的人看不出这一变化。若要用其他 shell 执行后续的 RUN 指令，请用 "
                "`SHELL [\"/bin/bash\", \"-c\"]` 明确写出。"},
            .checksOnbuild = true,
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::Instruction* run : ctx.instructions()) {
            if (run->keyword != df::Keyword::Run) continue;
            for (const sh::Command* command : ctx.shell(*run).commandsNamed("ln")) {
                // The link is the last operand: `ln -sf /bin/bash /bin/sh`.
                const packages::ParsedArgs args = packages::parseArgs(*command, lnOptions());
                if (args.operands.size() < 2 || args.has("t") || args.has("target-directory")) continue;
                const std::string& link = args.operands.back()->text;
                if (link != "/bin/sh" && link != "/usr/bin/sh") continue;
                out.push_back(finding(run->range));
                break;
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL4005() { return std::make_unique<DL4005>(); }

} // namespace dw::lint::rules
