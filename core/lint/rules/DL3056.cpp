#include "lint/support_labels.h"

namespace dw::lint::rules {
namespace {

class DL3056 final : public support::LabelValueRule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3056",
            .severity = Severity::Warning,
            .family = RuleFamily::Hadolint,
            .practice = Practice::ImageMetadata,
            .refs = {"hadolint:DL3056"},
            .title = {"A label of type `semver` in the label schema does not hold a semantic version",
                      "标签规范中类型为 `semver` 的标签不是语义化版本号"},
            .explanation = {
                "Version labels declared as `semver` are compared by tools that expect Semantic Versioning: "
                "`MAJOR.MINOR.PATCH` with optional `-prerelease` and `+build` parts, such as `1.4.2` or "
                "`2.0.0-rc.1`, without a leading `v`. Write the version in that form.",
                "声明为 `semver` 的版本标签会被按语义化版本规则比较：`主版本.次版本.修订号`，可带 `-预发布` 和 `+构建` 部分，例如 `1.4.2` 或 "
                "`2.0.0-rc.1`，且不带前缀 `v`。请按该格式书写版本号。"},
        };
        return info;
    }

protected:
    std::string_view schemaType() const override { return "semver"; }
    bool valid(std::string_view value) const override { return support::isSemVer(value); }
    LocalizedText message(const std::string& label) const override
    {
        return {"Label `" + label + "` is not a semantic version",
                "标签 `" + label + "` 不是语义化版本号"};
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3056() { return std::make_unique<DL3056>(); }

} // namespace dw::lint::rules
