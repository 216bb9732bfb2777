#include "lint/support_instructions.h"

#include <map>

namespace dw::lint::rules {
namespace {

class DL3024 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3024",
            .severity = Severity::Error,
            .family = RuleFamily::Hadolint,
            .practice = Practice::MultiStage,
            .refs = {"hadolint:DL3024", "trivy:DS-0012"},
            .title = {"Two stages have the same name", "两个阶段使用了相同的名称"},
            .explanation = {
                "Stage names (`FROM ... AS name`) identify stages for `COPY --from`, `FROM name` and "
                "`--target`; BuildKit rejects a Dockerfile in which two stages share one (names are compared "
                "without regard to case). Give every stage its own name.",
                "阶段名称（`FROM ... AS 名称`）供 `COPY --from`、`FROM 名称` 和 `--target` 识别阶段；两个阶段同名的 "
                "Dockerfile 会被 BuildKit 拒绝（比较时不区分大小写）。请为每个阶段取唯一的名称。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        if (ctx.onbuildPass()) return;
        const df::Dockerfile& file = ctx.file();
        std::map<std::string, int> firstLine;
        for (const df::Stage& stage : file.stages) {
            if (stage.name.empty()) continue;
            auto [it, inserted] = firstLine.emplace(stage.name, file.instructions[stage.fromIndex].line());
            if (inserted) continue;
            const df::Instruction& from = file.instructions[stage.fromIndex];
            const std::string line = std::to_string(it->second);
            out.push_back(finding(support::rangeOnFirstLine(from, stage.nameWord.range),
                                  {"Stage name `" + stage.nameWord.value + "` is already used on line " + line,
                                   "阶段名称 `" + stage.nameWord.value + "` 已在第 " + line + " 行使用"}));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3024() { return std::make_unique<DL3024>(); }

} // namespace dw::lint::rules
