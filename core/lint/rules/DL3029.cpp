#include "dockerfile/variables.h"
#include "lint/support_instructions.h"

#include <array>

namespace dw::lint::rules {
namespace {

// Variables BuildKit sets from the build's own platform or the requested target platform.
bool isPlatformVariable(std::string_view name)
{
    static constexpr std::array<std::string_view, 8> names = {
        "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT",
        "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT"};
    for (std::string_view n : names)
        if (n == name) return true;
    return false;
}

class DL3029 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3029",
            .severity = Severity::Warning,
            .family = RuleFamily::Hadolint,
            .practice = Practice::StaticAnalysis,
            .refs = {"hadolint:DL3029"},
            .title = {"FROM --platform is set to a fixed platform", "FROM --platform 被写死为固定平台"},
            .explanation = {
                "A hard-coded `--platform` makes the stage ignore the platform the build was asked for: on other "
                "machines it runs under emulation, and `docker buildx build --platform ...` silently produces the "
                "wrong architecture. Use the automatic platform variables, `--platform=$BUILDPLATFORM` for stages "
                "that run build tools and `$TARGETPLATFORM` for the image itself, or drop the flag.",
                "写死的 `--platform` 会让该阶段忽略构建请求的目标平台：在其他机器上会以模拟方式运行，"
                "`docker buildx build --platform ...` 也会悄悄产出错误的架构。请使用自动平台变量：运行构建工具的阶段用 "
                "`--platform=$BUILDPLATFORM`，最终镜像用 `$TARGETPLATFORM`，或者干脆去掉该参数。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::Instruction* instruction : ctx.instructions()) {
            if (instruction->keyword != df::Keyword::From) continue;
            const df::Flag* platform = instruction->flag("platform");
            if (!platform || !platform->value) continue;
            bool usesPlatformVariable = false;
            for (const df::VariableRef& ref : df::findVariableRefs(*platform->value, ctx.file().escape))
                usesPlatformVariable = usesPlatformVariable || isPlatformVariable(ref.name);
            if (!usesPlatformVariable) out.push_back(finding(support::rangeOnFirstLine(*instruction, platform->range)));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3029() { return std::make_unique<DL3029>(); }

} // namespace dw::lint::rules
