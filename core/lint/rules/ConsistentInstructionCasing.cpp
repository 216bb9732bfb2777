#include "lint/rule_support.h"
#include "lint/support_buildkit.h"

namespace dw::lint::rules {
namespace {

class ConsistentInstructionCasing final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "ConsistentInstructionCasing",
            .severity = Severity::Warning,
            .family = RuleFamily::BuildKit,
            .practice = Practice::StaticAnalysis,
            .refs = {"buildkit:ConsistentInstructionCasing"},
            .title = {"Instruction keywords do not use one consistent case", "指令关键字的大小写不统一"},
            .explanation = {
                "Instruction keywords are case-insensitive, but a file that mixes `RUN` and `run`, or writes `Run`, "
                "is harder to read and to search. Write each keyword entirely in upper or lower case, the same way "
                "as most instructions of the file (upper case on a tie); the fix rewrites the keyword.",
                "指令关键字不区分大小写，但在同一文件中混用 `RUN` 与 `run`，或写成 `Run`，会降低可读性、也不便搜索。"
                "请将每个关键字写成全大写或全小写，并与文件中多数指令保持一致（数量相同时以大写为准）；快速修复会改写该关键字。"},
            .instructionCheckComments = false,
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        int lower = 0, upper = 0;
        for (const df::Instruction* instruction : ctx.instructions()) {
            if (instruction->stage < 0) continue;
            const std::string& name = instruction->keywordWord.value;
            if (buildkit::isAllLower(name)) ++lower;
            else if (buildkit::isAllUpper(name)) ++upper;
        }
        const bool majorityLower = lower > upper;
        for (const df::Instruction* instruction : ctx.instructions()) {
            if (instruction->stage < 0) continue;
            const df::Word& keyword = instruction->keywordWord;
            if (majorityLower ? buildkit::isAllLower(keyword.value) : buildkit::isAllUpper(keyword.value)) continue;
            const std::string wanted = majorityLower ? support::toLower(keyword.value) : buildkit::toUpper(keyword.value);
            const char* casing = majorityLower ? "lowercase" : "uppercase";
            const char* casingZh = majorityLower ? "小写" : "大写";
            Finding f = finding(keyword.range,
                                {"Command '" + keyword.value + "' should match the case of the command majority (" +
                                     casing + ")",
                                 "指令 '" + keyword.value + "' 应与多数指令的大小写保持一致（" + casingZh + "）"});
            // No fix for an unknown instruction: upper-casing `foo bar` into `FOO bar` repairs nothing.
            if (instruction->keyword != df::Keyword::Unknown &&
                buildkit::sourceText(ctx.file(), keyword.range) == keyword.value)
                f.fixes.push_back(support::makeFix("Write '" + wanted + "'", "改写为 '" + wanted + "'",
                                                   {support::replaceEdit(keyword.range, wanted)}));
            out.push_back(std::move(f));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_ConsistentInstructionCasing() { return std::make_unique<ConsistentInstructionCasing>(); }

} // namespace dw::lint::rules
