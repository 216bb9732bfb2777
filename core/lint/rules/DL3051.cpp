#include "lint/support_labels.h"

namespace dw::lint::rules {
namespace {

class DL3051 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3051",
            .severity = Severity::Warning,
            .family = RuleFamily::Hadolint,
            .practice = Practice::ImageMetadata,
            .refs = {"hadolint:DL3051"},
            .title = {"A label of the label schema is set to an empty value",
                      "标签规范中的标签被设为空值"},
            .explanation = {
                "A label listed in `label-schema` is there because people and tools rely on it; an empty value "
                "satisfies the presence check while telling them nothing. Give the label its real value, or pass "
                "it in with a build argument (`LABEL name=$VALUE`).",
                "`label-schema` 中列出的标签之所以存在，是因为人和工具依赖它；空值虽然满足了“存在”的检查，"
                "却没有提供任何信息。请为该标签填写真实的值，或通过构建参数传入（`LABEL name=$VALUE`）。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        const auto& schema = ctx.config().labelSchema;
        if (schema.empty()) return;
        for (const df::Instruction* label : ctx.instructions()) {
            if (label->keyword != df::Keyword::Label) continue;
            for (const df::KeyValue& pair : label->pairs) {
                std::string key = support::pairKey(pair);
                if (!schema.count(key) || !support::pairValue(pair).empty()) continue;
                out.push_back(finding(support::pairReportRange(*label, pair),
                                      {"Label `" + key + "` is empty", "标签 `" + key + "` 的值为空"}));
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3051() { return std::make_unique<DL3051>(); }

} // namespace dw::lint::rules
