#include "lint/support_labels.h"

namespace dw::lint::rules {
namespace {

class DL3050 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3050",
            .severity = Severity::Info,
            .family = RuleFamily::Hadolint,
            .practice = Practice::ImageMetadata,
            .refs = {"hadolint:DL3050"},
            .title = {"The label is not part of the label schema (strict labels are on)",
                      "该标签不在标签规范中（已启用 strict-labels）"},
            .explanation = {
                "With `strict-labels: true` the configured `label-schema` is the complete list of labels an image "
                "may carry, so that every image of the project describes itself the same way. Remove the extra "
                "label, or add it to `label-schema` if it is meant to stay.",
                "启用 `strict-labels: true` 后，配置的 `label-schema` 就是镜像允许携带的全部标签，"
                "以保证项目中每个镜像都用同样的方式描述自己。请删除多余的标签；若确需保留，请把它加入 `label-schema`。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        if (!ctx.config().strictLabels) return;
        const auto& schema = ctx.config().labelSchema;
        for (const df::Instruction* label : ctx.instructions()) {
            if (label->keyword != df::Keyword::Label) continue;
            const df::KeyValue* first = nullptr;
            std::string keys;
            for (const df::KeyValue& pair : label->pairs) {
                std::string key = support::pairKey(pair);
                if (schema.count(key)) continue;
                if (!first) first = &pair;
                support::appendCodeItem(keys, key);
            }
            if (!first) continue;
            out.push_back(finding(support::pairReportRange(*label, *first),
                                  {"Label " + keys + " is not in the label schema",
                                   "标签 " + keys + " 不在标签规范中"}));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3050() { return std::make_unique<DL3050>(); }

} // namespace dw::lint::rules
