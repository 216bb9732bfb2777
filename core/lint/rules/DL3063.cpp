#include "lint/rule_support.h"
#include "util/text.h"

namespace dw::lint::rules {
namespace {

class DL3063 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3063",
            .severity = Severity::Warning,
            .family = RuleFamily::Hadolint,
            .practice = Practice::MultiStage,
            .refs = {"hadolint:DL3063"},
            .title = {"The stage name is reserved: `scratch` and `context` cannot name a stage",
                      "阶段名称是保留字：`scratch` 和 `context` 不能用作阶段名"},
            .explanation = {
                "`scratch` already means the empty base image and `context` the build context, so a stage called "
                "either is ambiguous in `FROM` and `COPY --from`, and BuildKit's own checks warn about it. Pick "
                "another name, for example `AS build` or `AS base`.",
                "`scratch` 已表示空白基础镜像，`context` 表示构建上下文，因此以它们命名的阶段在 `FROM` 和 "
                "`COPY --from` 中会产生歧义，BuildKit 自带的检查也会对此发出警告。请换一个名称，例如 `AS build` 或 `AS base`。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        if (ctx.onbuildPass()) return;
        for (const df::Stage& stage : ctx.file().stages) {
            const std::string_view name = stage.nameWord.value;
            if (util::equalsLower(name, "scratch") || util::equalsLower(name, "context"))
                out.push_back(finding(stage.nameWord.range));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3063() { return std::make_unique<DL3063>(); }

} // namespace dw::lint::rules
