#include "lint/support_labels.h"

namespace dw::lint::rules {
namespace {

class DL3054 final : public support::LabelValueRule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3054",
            .severity = Severity::Warning,
            .family = RuleFamily::Hadolint,
            .practice = Practice::ImageMetadata,
            .refs = {"hadolint:DL3054"},
            .title = {"A label of type `spdx` in the label schema does not hold an SPDX licence identifier",
                      "标签规范中类型为 `spdx` 的标签不是 SPDX 许可证标识符"},
            .explanation = {
                "Licence scanners and compliance tools match licences by their SPDX identifier (`MIT`, "
                "`Apache-2.0`, `GPL-3.0-or-later`) or an SPDX expression such as `MIT OR Apache-2.0`. A "
                "free-text name cannot be matched. Use the identifier from the SPDX licence list, or "
                "`LicenseRef-...` for a custom licence.",
                "许可证扫描和合规工具通过 SPDX 标识符（`MIT`、`Apache-2.0`、`GPL-3.0-or-later`）或 SPDX 表达式（如 `MIT OR "
                "Apache-2.0`）识别许可证，自由书写的名称无法匹配。请使用 SPDX 许可证列表中的标识符，自定义许可证请用 `LicenseRef-...`。"},
        };
        return info;
    }

protected:
    std::string_view schemaType() const override { return "spdx"; }
    bool valid(std::string_view value) const override { return support::isSpdxExpression(value); }
    LocalizedText message(const std::string& label) const override
    {
        return {"Label `" + label + "` is not a valid SPDX licence identifier or expression",
                "标签 `" + label + "` 不是合法的 SPDX 许可证标识符或表达式"};
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3054() { return std::make_unique<DL3054>(); }

} // namespace dw::lint::rules
