#include "lint/rule_support.h"
#include "lint/support_buildkit.h"

#include <set>

namespace dw::lint::rules {
namespace {

class DuplicateStageName final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DuplicateStageName",
            .severity = Severity::Warning,
            .family = RuleFamily::BuildKit,
            .practice = Practice::MultiStage,
            .refs = {"buildkit:DuplicateStageName", "hadolint:DL3024", "trivy:DS-0012"},
            .title = {"Two stages have the same name", "两个构建阶段同名"},
            .explanation = {
                "When two stages share a name (compared without regard to case), `COPY --from`, `FROM <name>` and "
                "`--target` can only reach one of them, so the other is silently unreachable or the wrong one is "
                "used. Give every stage a unique name.",
                "两个阶段同名（比较时不区分大小写）时，`COPY --from`、`FROM <名称>` 和 `--target` 只能引用到其中一个，"
                "另一个会被悄悄忽略，或者用错阶段。请为每个阶段取唯一的名称。"},
            .instructionCheckComments = false,
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        std::set<std::string> seen;
        for (const df::Stage& stage : ctx.file().stages) {
            if (stage.name.empty()) continue;
            if (!seen.insert(stage.name).second) {
                const df::Instruction& from = ctx.file().instructions[stage.fromIndex];
                const std::string quoted = buildkit::goQuote(stage.name);
                out.push_back(finding(buildkit::reportRange(from, stage.nameWord.range),
                                      {"Duplicate stage name " + quoted + ", stage names should be unique",
                                       "阶段名称 " + quoted + " 重复，阶段名称应唯一"}));
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DuplicateStageName() { return std::make_unique<DuplicateStageName>(); }

} // namespace dw::lint::rules
