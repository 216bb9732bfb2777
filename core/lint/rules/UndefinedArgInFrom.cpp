#include "lint/rule_support.h"
#include "lint/support_buildkit.h"

#include <algorithm>

namespace dw::lint::rules {
namespace {

class UndefinedArgInFrom final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "UndefinedArgInFrom",
            .severity = Severity::Warning,
            .family = RuleFamily::BuildKit,
            .practice = Practice::StaticAnalysis,
            .refs = {"buildkit:UndefinedArgInFrom"},
            .title = {"FROM uses a variable that no global ARG declares", "FROM 使用了未由全局 ARG 声明的变量"},
            .explanation = {
                "FROM (its image and its --platform) can only use ARGs declared before the first FROM and the "
                "predefined platform ARGs such as TARGETPLATFORM. Any other variable expands to an empty string, "
                "which usually gives a wrong image or platform; a misspelled name is a common cause. Declare the ARG "
                "above the first FROM or fix the name.",
                "FROM（包括镜像名与 --platform）只能使用在第一个 FROM 之前声明的 ARG，以及 TARGETPLATFORM 等预定义平台 "
                "ARG。其他变量会被展开为空字符串，通常导致镜像或平台错误，拼写错误是常见原因。请在第一个 FROM 之前声明该 "
                "ARG，或改正变量名。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        const df::Dockerfile& file = ctx.file();
        const buildkit::GlobalArgs& globals = buildkit::dispatchedGlobals(ctx);
        std::vector<std::string> known; // filled when a FROM first names a variable no ARG defines
        for (const df::Stage& stage : file.stages) {
            const df::Instruction& from = file.instructions[stage.fromIndex];
            report(from, stage.image, globals, known, file.escape, out);
            if (stage.platform) report(from, *stage.platform, globals, known, file.escape, out);
        }
    }

private:
    void report(const df::Instruction& from, const df::Word& word, const buildkit::GlobalArgs& globals,
                std::vector<std::string>& known, char32_t escape, std::vector<Finding>& out) const
    {
        if (!buildkit::mayExpand(word.value)) return;
        for (const auto& name : buildkit::processWord(word.value, globals.values, escape).unmatched) {
            if (known.empty()) { // the names a suggestion can come from, gathered once an unknown name needs them
                known = globals.declared;
                for (const auto& key : globals.values.keys())
                    if (std::find(known.begin(), known.end(), key) == known.end()) known.push_back(key);
            }
            if (std::find(known.begin(), known.end(), name) != known.end()) continue;
            const std::string match = buildkit::suggest(name, known);
            std::string en = "FROM argument '" + name + "' is not declared";
            std::string zh = "FROM 参数 '" + name + "' 未声明";
            if (!match.empty()) {
                en += " (did you mean " + match + "?)";
                zh += "（是否想用 " + match + "？）";
            }
            out.push_back(finding(buildkit::reportRange(from, word.range), {en, zh}));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_UndefinedArgInFrom() { return std::make_unique<UndefinedArgInFrom>(); }

} // namespace dw::lint::rules
