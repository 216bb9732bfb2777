#include "lint/rule_support.h"
#include "lint/support_buildkit.h"
#include "lint/support_dockwarden.h"

#include "dockerfile/variables.h"
#include "util/file_io.h"

namespace dw::lint::rules {
namespace {

// Values that reference themselves twice (`ENV A=${A}${A}`) double with every step; Docker would build the
// gigantic string, the linter cuts it at df::kMaxExpansionBytes and says so here.
class DW1019 final : public buildkit::DispatchRule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DW1019",
            .severity = Severity::Warning,
            .family = RuleFamily::Dockwarden,
            .practice = Practice::StaticAnalysis,
            .refs = {"cwe:CWE-400"},
            .title = {"A variable expands to an oversized value", "变量展开后的值过大"},
            .explanation = {
                "The value of this ENV, ARG or LABEL grows past 64 KiB once its variables are expanded, usually "
                "because it refers to itself more than once (`ENV A=${A}${A}` repeated doubles the value each time). "
                "`docker build` would really build that string into the image configuration and every later "
                "instruction's environment. Dockwarden cuts the value at 64 KiB, so the checks that read it only "
                "see its beginning. Build the value once, without self-references that multiply it.",
                "该 ENV、ARG 或 LABEL 的值在展开变量后超过 64 KiB，通常是因为它多次引用自身（重复 `ENV A=${A}${A}` "
                "会让值每次翻倍）。`docker build` 会真的把这个超长字符串写入镜像配置和之后每条指令的环境。Dockwarden "
                "在 64 KiB 处截断该值，因此读取它的检查只能看到开头部分。请一次性写出该值，不要使用会让它成倍增长的"
                "自引用。"},
            .checksOnbuild = false,
        };
        return info;
    }

    void prepare(const LintContext& ctx, std::vector<Finding>& out, buildkit::DispatchHooks& hooks) const override
    {
        hooks.before = [this, &ctx, &out](const df::Instruction& instruction, const buildkit::StageState& state) {
            if (instruction.keyword != df::Keyword::Env && instruction.keyword != df::Keyword::Label) return;
            for (const df::KeyValue& pair : instruction.pairs) {
                if (!pair.value) continue;
                if (!buildkit::mayExpandPastLimit(pair.value->value, state.env)) continue;
                if (buildkit::processWord(pair.value->value, state.env, ctx.file().escape).truncated)
                    report(pair, instruction.name(), out);
            }
        };
        hooks.argDefault = [this, &out](const df::Instruction& instruction, const df::KeyValue& pair,
                                        const buildkit::WordMatch& match, const buildkit::StageState&) {
            if (match.truncated) report(pair, instruction.name(), out);
        };
    }

    void finish(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::KeyValue* pair : buildkit::dispatchedGlobals(ctx).truncated) report(*pair, "ARG", out);
    }

private:
    void report(const df::KeyValue& pair, const std::string& keyword, std::vector<Finding>& out) const
    {
        const std::string limit = fileio::formatByteSize(df::kMaxExpansionBytes);
        const std::string where = keyword + " `" + support::unquote(pair.key.value) + "`";
        out.push_back(finding(pair.range, {where + " expands to more than " + limit +
                                               "; Dockwarden cut the value there and checks only its beginning",
                                           where + " 展开后超过 " + limit + "；Dockwarden 在此处截断了该值，只检查其开头部分"}));
    }
};

} // namespace

std::unique_ptr<Rule> make_DW1019() { return std::make_unique<DW1019>(); }

} // namespace dw::lint::rules
