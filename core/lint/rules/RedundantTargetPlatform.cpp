#include "lint/rule_support.h"
#include "lint/support_buildkit.h"

namespace dw::lint::rules {
namespace {

class RedundantTargetPlatform final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "RedundantTargetPlatform",
            .severity = Severity::Warning,
            .family = RuleFamily::BuildKit,
            .practice = Practice::MultiStage,
            .refs = {"buildkit:RedundantTargetPlatform", "hadolint:DL3065"},
            .title = {"`FROM --platform=$TARGETPLATFORM` only repeats the default",
                      "`FROM --platform=$TARGETPLATFORM` 只是重复了默认值"},
            .explanation = {
                "A stage is built for the target platform unless --platform says otherwise, so "
                "`--platform=$TARGETPLATFORM` changes nothing and only adds noise. Remove the flag (the fix does); "
                "keep --platform for values that differ, such as `$BUILDPLATFORM` for cross-compiling stages.",
                "除非用 --platform 另行指定，阶段本来就按目标平台构建，因此 `--platform=$TARGETPLATFORM` 不起任何作用，"
                "只会增加干扰。请删除该参数（快速修复会这样做）；--platform 只用于不同的取值，例如交叉编译阶段的 "
                "`$BUILDPLATFORM`。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        const df::Dockerfile& file = ctx.file();
        for (const buildkit::StagePlatform& platform : buildkit::stagePlatforms(ctx)) {
            const buildkit::WordMatch& match = platform.match;
            if (match.matched.size() != 1 || !match.unmatched.empty() || match.matched.front() != "TARGETPLATFORM") continue;
            if (match.result != buildkit::dispatchedGlobals(ctx).values.get("TARGETPLATFORM")) continue;
            const std::string& written = platform.stage->platform->value;
            Finding f = finding(platform.range,
                                {"Setting platform to predefined " + written +
                                     " in FROM is redundant as this is the default behavior",
                                 "在 FROM 中将平台设为预定义的 " + written + " 是多余的，因为这本来就是默认行为"});
            if (const df::Flag* flag = platform.flag; flag && flag->range.start.line == flag->range.end.line) {
                std::size_t end = flag->range.end.offset;
                while (end < file.source.size() && (file.source[end] == ' ' || file.source[end] == '\t')) ++end;
                f.fixes.push_back(support::makeFix("Remove --platform", "删除 --platform",
                                                   {support::replaceEdit({flag->range.start, file.positionAt(end)}, "")}));
            }
            out.push_back(std::move(f));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_RedundantTargetPlatform() { return std::make_unique<RedundantTargetPlatform>(); }

} // namespace dw::lint::rules
