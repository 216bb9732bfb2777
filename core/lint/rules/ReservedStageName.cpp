#include "lint/rule_support.h"
#include "lint/support_buildkit.h"

namespace dw::lint::rules {
namespace {

class ReservedStageName final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "ReservedStageName",
            .severity = Severity::Warning,
            .family = RuleFamily::BuildKit,
            .practice = Practice::MultiStage,
            .refs = {"buildkit:ReservedStageName", "hadolint:DL3063"},
            .title = {"A stage is named `scratch` or `context`, which are reserved",
                      "阶段名称使用了保留名 `scratch` 或 `context`"},
            .explanation = {
                "`scratch` always means the empty image and `context` is the name BuildKit gives the build context, "
                "so a stage with one of these names cannot be referenced reliably. Choose another name.",
                "`scratch` 始终表示空镜像，`context` 是 BuildKit 对构建上下文使用的名称，以它们命名的阶段无法被可靠地引用。"
                "请换一个名称。"},
            .instructionCheckComments = false,
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::Stage& stage : ctx.file().stages) {
            if (stage.name != "scratch" && stage.name != "context") continue;
            const df::Instruction& from = ctx.file().instructions[stage.fromIndex];
            const std::string quoted = buildkit::goQuote(stage.name);
            out.push_back(finding(buildkit::reportRange(from, stage.nameWord.range),
                                  {"Stage name should not use the same name as reserved stage " + quoted,
                                   "阶段名称不应与保留阶段 " + quoted + " 同名"}));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_ReservedStageName() { return std::make_unique<ReservedStageName>(); }

} // namespace dw::lint::rules
