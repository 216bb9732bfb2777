#include "lint/rule_support.h"

namespace dw::lint::rules {
namespace {

class DL3065 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3065",
            .severity = Severity::Warning,
            .family = RuleFamily::Hadolint,
            .practice = Practice::StaticAnalysis,
            .refs = {"hadolint:DL3065"},
            .title = {"`FROM --platform=$TARGETPLATFORM` only repeats the default",
                      "`FROM --platform=$TARGETPLATFORM` 只是重复了默认值"},
            .explanation = {
                "A stage is built for the target platform unless told otherwise, so this flag changes nothing and "
                "suggests to readers that the platform was chosen deliberately. Remove it. Use `--platform` only "
                "for a different platform, typically `$BUILDPLATFORM` for stages that cross-compile.",
                "除非另有指定，构建阶段本来就针对目标平台构建，因此这个参数不起任何作用，还会让读者误以为平台是特意选择的。"
                "请删除它。只有在需要不同平台时才使用 `--platform`，典型情况是交叉编译阶段使用 `$BUILDPLATFORM`。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        const std::string& source = ctx.file().source;
        for (const df::Instruction* from : ctx.instructions()) {
            if (from->keyword != df::Keyword::From) continue;
            for (const df::Flag* platform : from->flagsNamed("platform")) {
                const std::string value = platform->value.value_or("");
                if (value != "$TARGETPLATFORM" && value != "${TARGETPLATFORM}") continue;
                // Remove the flag and the blanks after it.
                std::size_t end = platform->range.end.offset;
                while (end < source.size() && (source[end] == ' ' || source[end] == '\t')) ++end;
                df::Range removed{platform->range.start, ctx.file().positionAt(end)};
                Finding f = finding(platform->range);
                f.fixes.push_back(support::makeFix("Remove the --platform flag", "删除 --platform 参数",
                                                   {support::replaceEdit(removed, "")}));
                out.push_back(std::move(f));
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3065() { return std::make_unique<DL3065>(); }

} // namespace dw::lint::rules
