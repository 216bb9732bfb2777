#include "lint/support_labels.h"

namespace dw::lint::rules {
namespace {

class DL3058 final : public support::LabelValueRule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3058",
            .severity = Severity::Warning,
            .family = RuleFamily::Hadolint,
            .practice = Practice::ImageMetadata,
            .refs = {"hadolint:DL3058"},
            .title = {"A label of type `email` in the label schema does not hold an e-mail address",
                      "标签规范中类型为 `email` 的标签不是电子邮件地址"},
            .explanation = {
                "A contact label is only useful if mail can reach it. The value must be a plain address such as "
                "`team@example.com`, without a display name or angle brackets.",
                "联系人标签只有在邮件能送达时才有用。其值必须是单纯的地址，例如 `team@example.com`，不带显示名称或尖括号。"},
        };
        return info;
    }

protected:
    std::string_view schemaType() const override { return "email"; }
    bool valid(std::string_view value) const override { return support::isEmailAddress(value); }
    LocalizedText message(const std::string& label) const override
    {
        return {"Label `" + label + "` is not a valid e-mail address",
                "标签 `" + label + "` 不是合法的电子邮件地址"};
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3058() { return std::make_unique<DL3058>(); }

} // namespace dw::lint::rules
