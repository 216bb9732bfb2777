#include "lint/support_labels.h"

namespace dw::lint::rules {
namespace {

class DL3053 final : public support::LabelValueRule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3053",
            .severity = Severity::Warning,
            .family = RuleFamily::Hadolint,
            .practice = Practice::ImageMetadata,
            .refs = {"hadolint:DL3053"},
            .title = {"A label of type `rfc3339` in the label schema does not hold an RFC 3339 timestamp",
                      "标签规范中类型为 `rfc3339` 的标签不是 RFC 3339 时间戳"},
            .explanation = {
                "Timestamps such as `org.opencontainers.image.created` are compared and sorted by tools, which "
                "needs one unambiguous format: a full date, time and offset, for example `2024-05-01T12:30:00Z`. "
                "Generate the value at build time, e.g. `--build-arg CREATED=$(date -u +%Y-%m-%dT%H:%M:%SZ)` "
                "with `LABEL ...=$CREATED`.",
                "诸如 `org.opencontainers.image.created` 的时间戳会被工具比较和排序，因此需要唯一明确的格式：完整的日期、时间和时区偏移，例如 "
                "`2024-05-01T12:30:00Z`。可在构建时生成该值，例如 `--build-arg CREATED=$(date -u +%Y-%m-%dT%H:%M:%SZ)` 并写 "
                "`LABEL ...=$CREATED`。"},
        };
        return info;
    }

protected:
    std::string_view schemaType() const override { return "rfc3339"; }
    bool valid(std::string_view value) const override { return support::isRfc3339(value); }
    LocalizedText message(const std::string& label) const override
    {
        return {"Label `" + label + "` is not an RFC 3339 timestamp",
                "标签 `" + label + "` 不是 RFC 3339 时间戳"};
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3053() { return std::make_unique<DL3053>(); }

} // namespace dw::lint::rules
