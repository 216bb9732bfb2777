#include "lint/rule_support.h"
#include "lint/support_buildkit.h"

namespace dw::lint::rules {
namespace {

class FromAsCasing final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "FromAsCasing",
            .severity = Severity::Warning,
            .family = RuleFamily::BuildKit,
            .practice = Practice::StaticAnalysis,
            .refs = {"buildkit:FromAsCasing"},
            .title = {"The `AS` of a FROM is cased differently from the FROM keyword",
                      "FROM 中 `AS` 的大小写与 FROM 关键字不一致"},
            .explanation = {
                "Mixing `FROM image as name` with an upper-case FROM (or `from ... AS`) makes the file look "
                "inconsistent and harder to scan. Write `AS` in the same case as the FROM keyword: `FROM x AS y` or "
                "`from x as y`.",
                "大写的 FROM 搭配小写的 `as`（或小写 from 搭配 `AS`）会让文件风格不统一、不易阅读。请让 `AS` 与 FROM "
                "关键字的大小写保持一致：`FROM x AS y` 或 `from x as y`。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::Instruction* from : ctx.instructions()) {
            if (from->keyword != df::Keyword::From || from->args.size() < 3) continue;
            const std::string& keyword = from->keywordWord.value;
            const bool lower = buildkit::isAllLower(keyword), upper = buildkit::isAllUpper(keyword);
            if (!lower && !upper) continue; // ConsistentInstructionCasing reports mixed-case keywords
            const df::Word& as = from->args[1];
            if (lower ? buildkit::isAllLower(as.value) : buildkit::isAllUpper(as.value)) continue;
            Finding f = finding(buildkit::reportRange(*from, as.range),
                                {"'" + as.value + "' and '" + keyword + "' keywords' casing do not match",
                                 "关键字 '" + as.value + "' 与 '" + keyword + "' 的大小写不一致"});
            if (support::toLower(as.value) == "as" && buildkit::sourceText(ctx.file(), as.range) == as.value) {
                std::string fixed = lower ? "as" : "AS";
                f.fixes.push_back(support::makeFix("Write '" + fixed + "'", "改写为 '" + fixed + "'",
                                                   {support::replaceEdit(as.range, fixed)}));
            }
            out.push_back(std::move(f));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_FromAsCasing() { return std::make_unique<FromAsCasing>(); }

} // namespace dw::lint::rules
