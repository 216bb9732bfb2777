#include "lint/rule_support.h"
#include "lint/support_buildkit.h"

namespace dw::lint::rules {
namespace {

class MaintainerDeprecated final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "MaintainerDeprecated",
            .severity = Severity::Warning,
            .family = RuleFamily::BuildKit,
            .practice = Practice::ImageMetadata,
            .refs = {"buildkit:MaintainerDeprecated", "hadolint:DL4000", "trivy:DS-0022"},
            .title = {"MAINTAINER is deprecated: record the author in a label", "MAINTAINER 已弃用：请用标签记录作者"},
            .explanation = {
                "MAINTAINER only fills the image's legacy `Author` field, which most tools ignore. Record the author "
                "as a label instead, e.g. `LABEL org.opencontainers.image.authors=\"team@example.com\"`; the fix "
                "rewrites the instruction that way.",
                "MAINTAINER 只会填写镜像中旧式的 `Author` 字段，大多数工具都不读取它。请改用标签记录作者，例如 "
                "`LABEL org.opencontainers.image.authors=\"team@example.com\"`；快速修复会按此改写该指令。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::Instruction* instruction : ctx.instructions()) {
            if (instruction->keyword != df::Keyword::Maintainer) continue;
            Finding f = finding(instruction->keywordWord.range, {"Maintainer instruction is deprecated in favor of using label",
                                                                 "Maintainer 指令已弃用，应改用 label"});
            if (auto fix = labelFix(ctx.file(), *instruction)) f.fixes.push_back(std::move(*fix));
            out.push_back(std::move(f));
        }
    }

private:
    static std::optional<Fix> labelFix(const df::Dockerfile& file, const df::Instruction& maintainer)
    {
        if (maintainer.argText.empty()) return std::nullopt;
        std::string value;
        for (char c : maintainer.argText) {
            if (c == '"' || c == '\\' || c == '$') {
                if (file.escape != U'\\') return std::nullopt;
                value += '\\';
            }
            value += c;
        }
        const std::string keyword = buildkit::isAllLower(maintainer.keywordWord.value) ? "label" : "LABEL";
        df::Range range{maintainer.keywordWord.range.start, maintainer.argRange.end};
        return support::makeFix("Replace with an authors label", "改为 authors 标签",
                                {support::replaceEdit(range, keyword + " org.opencontainers.image.authors=\"" + value + "\"")});
    }
};

} // namespace

std::unique_ptr<Rule> make_MaintainerDeprecated() { return std::make_unique<MaintainerDeprecated>(); }

} // namespace dw::lint::rules
