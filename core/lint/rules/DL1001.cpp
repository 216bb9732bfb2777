#include "lint/pragmas.h"
#include "lint/rule_support.h"

namespace dw::lint::rules {
namespace {

class DL1001 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL1001",
            .severity = Severity::Ignore,
            .family = RuleFamily::Hadolint,
            .practice = Practice::StaticAnalysis,
            .refs = {"hadolint:DL1001"},
            .title = {"An inline `# hadolint ignore=` comment switches a check off for the next line",
                      "行内 `# hadolint ignore=` 注释关闭了下一行的检查"},
            .explanation = {
                "Line-level suppressions are easy to add and easy to forget: the problem they hide stays in the "
                "image and nobody looks at it again. Teams that want every exception to be visible can raise this "
                "check (it is off by default) and keep exceptions in the shared configuration file instead, where "
                "they are reviewed once for the whole project.",
                "行级抑制注释添加容易、遗忘也容易：被隐藏的问题留在镜像里，之后无人再看。希望所有例外都清晰可见的团队"
                "可以启用此检查（默认关闭），把例外统一写进共享的配置文件，在项目层面集中评审。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        if (ctx.onbuildPass()) return;
        for (const df::Comment& comment : ctx.file().comments) {
            auto pragma = parsePragma(comment.text);
            if (pragma && pragma->scope == PragmaScope::NextLine) out.push_back(finding(comment.range));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL1001() { return std::make_unique<DL1001>(); }

} // namespace dw::lint::rules
