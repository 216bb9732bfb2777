#include "lint/support_labels.h"

namespace dw::lint::rules {
namespace {

class DL3052 final : public support::LabelValueRule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3052",
            .severity = Severity::Warning,
            .family = RuleFamily::Hadolint,
            .practice = Practice::ImageMetadata,
            .refs = {"hadolint:DL3052"},
            .title = {"A label of type `url` in the label schema does not hold a valid URL",
                      "标签规范中类型为 `url` 的标签不是合法的 URL"},
            .explanation = {
                "The label schema says this label points somewhere (documentation, source repository, vendor "
                "page). Tools follow it only if it is an absolute URI with a scheme, such as "
                "`https://example.com/repo`. Write the full address including `https://`.",
                "标签规范规定该标签指向某个地址（文档、源码仓库、厂商页面）。只有带协议的绝对 URI（例如 `https://example.com/repo`）才能被工具使用。请写出包含 "
                "`https://` 的完整地址。"},
        };
        return info;
    }

protected:
    std::string_view schemaType() const override { return "url"; }
    bool valid(std::string_view value) const override { return support::isUri(value); }
    LocalizedText message(const std::string& label) const override
    {
        return {"Label `" + label + "` is not a valid URL",
                "标签 `" + label + "` 不是合法的 URL"};
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3052() { return std::make_unique<DL3052>(); }

} // namespace dw::lint::rules
