#include "lint/support_instructions.h"

namespace dw::lint::rules {
namespace {

class DL3043 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3043",
            .severity = Severity::Error,
            .family = RuleFamily::Hadolint,
            .practice = Practice::StaticAnalysis,
            .refs = {"hadolint:DL3043"},
            .title = {"ONBUILD wraps ONBUILD, FROM or MAINTAINER, which it cannot run",
                      "ONBUILD 包含了无法作为触发器的 ONBUILD、FROM 或 MAINTAINER"},
            .explanation = {
                "ONBUILD stores an instruction to run when another image is built FROM this one. A trigger cannot "
                "start a new stage (FROM), cannot set further triggers (ONBUILD) and cannot carry the deprecated "
                "MAINTAINER, so the build is rejected. Move the instruction out of ONBUILD; for the author, use "
                "`LABEL org.opencontainers.image.authors=...`.",
                "ONBUILD 保存的指令会在其他镜像以本镜像为基础构建时执行。触发器不能开始新阶段（FROM），不能再设置触发器"
                "（ONBUILD），也不能包含已弃用的 MAINTAINER，因此构建会被拒绝。请把该指令移出 ONBUILD；作者信息请使用 "
                "`LABEL org.opencontainers.image.authors=...`。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        if (ctx.onbuildPass()) return;
        for (const df::Instruction* instruction : ctx.instructions()) {
            if (instruction->keyword != df::Keyword::Onbuild || !instruction->inner) continue;
            const df::Instruction& inner = *instruction->inner;
            if (inner.keyword == df::Keyword::Onbuild || inner.keyword == df::Keyword::From ||
                inner.keyword == df::Keyword::Maintainer) {
                out.push_back(finding(support::rangeOnFirstLine(*instruction, inner.keywordWord.range),
                                      {inner.name() + " cannot be used inside ONBUILD",
                                       inner.name() + " 不能用在 ONBUILD 中"}));
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3043() { return std::make_unique<DL3043>(); }

} // namespace dw::lint::rules
