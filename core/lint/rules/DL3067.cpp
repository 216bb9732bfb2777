#include "lint/rule_support.h"

#include <algorithm>

namespace dw::lint::rules {
namespace {

bool isRoot(const df::Word& word) { return support::unquote(word.value) == "/"; }

class DL3067 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3067",
            .severity = Severity::Warning,
            .family = RuleFamily::Hadolint,
            .practice = Practice::MultiStage,
            .refs = {"hadolint:DL3067"},
            .title = {"COPY --from copies another stage's whole filesystem onto `/`",
                      "COPY --from 把另一个阶段的整个文件系统复制到了 `/`"},
            .explanation = {
                "Copying `/` onto `/` brings the compilers, package caches and build secrets of the other stage "
                "into this one, which undoes the point of a multi-stage build and can overwrite this stage's "
                "system files. Copy only the artefacts you need, e.g. `COPY --from=build /app/bin/server /usr/local/bin/`.",
                "把 `/` 复制到 `/` 会把另一阶段的编译器、包缓存和构建机密都带进当前阶段，抵消了多阶段构建的意义，"
                "还可能覆盖当前阶段的系统文件。请只复制需要的产物，例如 `COPY --from=build /app/bin/server /usr/local/bin/`。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::Instruction* copy : ctx.instructions()) {
            if (copy->keyword != df::Keyword::Copy || !copy->flag("from") || copy->args.size() < 2) continue;
            const auto& args = copy->args;
            if (isRoot(args.back()) && std::any_of(args.begin(), args.end() - 1, isRoot))
                out.push_back(finding(copy->range));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3067() { return std::make_unique<DL3067>(); }

} // namespace dw::lint::rules
