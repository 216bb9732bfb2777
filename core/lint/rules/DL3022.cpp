#include "lint/support_instructions.h"

namespace dw::lint::rules {
namespace {

class DL3022 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3022",
            .severity = Severity::Warning,
            .family = RuleFamily::Hadolint,
            .practice = Practice::MultiStage,
            .refs = {"hadolint:DL3022"},
            .title = {"COPY --from names a stage that is not defined above it",
                      "COPY --from 引用的阶段未在其之前定义"},
            .explanation = {
                "`COPY --from=name` must refer to a stage defined earlier with `FROM ... AS name`, or to an earlier "
                "stage's index. A name that is not a stage is pulled as an image from a registry instead, which "
                "usually fails or, worse, copies files out of an unrelated image. Define the stage before the COPY, "
                "fix the spelling, or write a full image reference such as `--from=nginx:1.25`.",
                "`COPY --from=名称` 必须指向之前用 `FROM ... AS 名称` 定义的阶段，或之前阶段的序号。不是阶段名的名称会被"
                "当作镜像从仓库拉取，通常会失败，更糟的是可能从无关镜像中复制文件。请在 COPY 之前定义该阶段、修正拼写，"
                "或写出完整的镜像引用，例如 `--from=nginx:1.25`。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        if (ctx.onbuildPass()) return;
        for (const df::Instruction* instruction : ctx.instructions()) {
            if (instruction->keyword != df::Keyword::Copy) continue;
            const df::Flag* from = instruction->flag("from");
            if (!from || !from->value) continue;
            const std::string_view ref = support::dropQuotes(*from->value);
            // Stage names cannot hold ':', '/' or '@', so such a value is an image reference; a variable is
            // resolved only at build time.
            if (ref.empty() || ref.find_first_of(":/@") != std::string_view::npos || support::hasVariable(ref)) continue;
            // The stage the COPY is in counts: copying from itself is DL3023's business.
            if (ctx.file().findStage(ref, instruction->stage + 1)) continue;
            out.push_back(finding(support::rangeOnFirstLine(*instruction, from->range),
                                  {"COPY --from=" + std::string(ref) + " names no stage defined above it",
                                   "COPY --from=" + std::string(ref) + " 引用的阶段未在其之前定义"}));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3022() { return std::make_unique<DL3022>(); }

} // namespace dw::lint::rules
