#include "lint/rule_support.h"

namespace dw::lint::rules {
namespace {

class DL4001 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL4001",
            .severity = Severity::Warning,
            .family = RuleFamily::Hadolint,
            .practice = Practice::StaticAnalysis,
            .refs = {"hadolint:DL4001", "trivy:DS-0014"},
            .title = {"Both wget and curl are used in this stage: settle on one",
                      "本阶段同时使用了 wget 和 curl：请只保留一个"},
            .explanation = {
                "wget and curl do the same job. Using both means both must be installed in the image, which adds "
                "size and one more tool to keep patched, and readers have to know two sets of options. Pick one "
                "download tool per stage and use it everywhere.",
                "wget 和 curl 的用途相同。两者都用意味着镜像里要同时安装它们，既增加体积，又多了一个需要打补丁的工具，"
                "读者也得熟悉两套选项。请在每个构建阶段只选用一种下载工具，并始终使用它。"},
            .checksOnbuild = true,
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        bool seenCurl = false, seenWget = false;
        for (const df::Instruction* instruction : ctx.instructions()) {
            if (instruction->keyword == df::Keyword::From) seenCurl = seenWget = false;
            if (instruction->keyword != df::Keyword::Run) continue;
            const sh::Script& script = ctx.shell(*instruction);
            const bool curl = script.hasCommand("curl"), wget = script.hasCommand("wget");
            seenCurl = seenCurl || curl;
            seenWget = seenWget || wget;
            if ((curl || wget) && seenCurl && seenWget) out.push_back(finding(instruction->range));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL4001() { return std::make_unique<DL4001>(); }

} // namespace dw::lint::rules
