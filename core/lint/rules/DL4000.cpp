#include "lint/rule_support.h"

namespace dw::lint::rules {
namespace {

// `text` as a double-quoted LABEL value that stays literal: quotes, `$` and the escape character escaped.
std::string quotedLiteral(std::string_view text, char escape)
{
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '$' || c == escape) out += escape;
        out += c;
    }
    return out + "\"";
}

class DL4000 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL4000",
            .severity = Severity::Error,
            .family = RuleFamily::Hadolint,
            .practice = Practice::ImageMetadata,
            .refs = {"hadolint:DL4000", "trivy:DS-0022"},
            .title = {"MAINTAINER is deprecated: record the maintainer with a LABEL",
                      "MAINTAINER 已被弃用：请用 LABEL 记录维护者"},
            .explanation = {
                "MAINTAINER fills a legacy image field that current tooling ignores, while labels are what registries, "
                "scanners and `docker inspect` read. Replace it with `LABEL maintainer=\"...\"`, or with the OCI key "
                "`org.opencontainers.image.authors`.",
                "MAINTAINER 写入的是一个如今工具已不再使用的旧字段，而镜像仓库、扫描器和 `docker inspect` 读取的是标签。"
                "请改为 `LABEL maintainer=\"...\"`，或使用 OCI 规范的键 `org.opencontainers.image.authors`。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        const char escape = ctx.file().escape == U'`' ? '`' : '\\';
        for (const df::Instruction* maintainer : ctx.instructions()) {
            if (maintainer->keyword != df::Keyword::Maintainer) continue;
            Finding f = finding(maintainer->range);
            if (!maintainer->argText.empty()) {
                df::Range whole{maintainer->keywordWord.range.start, maintainer->range.end};
                std::string label = "LABEL maintainer=" + quotedLiteral(maintainer->argText, escape);
                f.fixes.push_back(support::makeFix("Replace with LABEL maintainer", "替换为 LABEL maintainer",
                                                   {support::replaceEdit(whole, std::move(label))}));
            }
            out.push_back(std::move(f));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL4000() { return std::make_unique<DL4000>(); }

} // namespace dw::lint::rules
