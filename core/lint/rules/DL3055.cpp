#include "lint/support_labels.h"

namespace dw::lint::rules {
namespace {

class DL3055 final : public support::LabelValueRule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3055",
            .severity = Severity::Warning,
            .family = RuleFamily::Hadolint,
            .practice = Practice::ImageMetadata,
            .refs = {"hadolint:DL3055"},
            .title = {"A label of type `hash` in the label schema does not hold a git commit hash",
                      "标签规范中类型为 `hash` 的标签不是 git 提交哈希"},
            .explanation = {
                "A revision label lets anyone trace the image back to the exact commit it was built from. It "
                "must be a lower-case hexadecimal git hash, either abbreviated to 7 characters or the full 40. "
                "Pass it in at build time, e.g. `--build-arg REVISION=$(git rev-parse HEAD)`.",
                "版本标签让任何人都能把镜像追溯到构建它的那次提交。它必须是小写十六进制的 git 哈希，可以是 7 位缩写或完整的 40 位。可在构建时传入，例如 `--build-arg "
                "REVISION=$(git rev-parse HEAD)`。"},
        };
        return info;
    }

protected:
    std::string_view schemaType() const override { return "hash"; }
    bool valid(std::string_view value) const override { return support::isGitHash(value); }
    LocalizedText message(const std::string& label) const override
    {
        return {"Label `" + label + "` is not a valid git hash",
                "标签 `" + label + "` 不是合法的 git 哈希"};
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3055() { return std::make_unique<DL3055>(); }

} // namespace dw::lint::rules
