#include "lint/rule_support.h"
#include "lint/support_buildkit.h"

namespace dw::lint::rules {
namespace {

// Edits that lower-case a stage name in `--from=<name>` (COPY) or in a `from=<name>` field of `--mount`.
void renameInFlag(const df::Dockerfile& file, const df::Flag& flag, const std::string& name, const std::string& lower,
                  std::vector<TextEdit>& edits)
{
    if (buildkit::sourceText(file, flag.range) != flag.raw || !flag.value) return;
    const std::size_t valueStart = flag.raw.find('=') + 1;
    auto edit = [&](std::size_t begin, std::size_t length) {
        const std::size_t offset = flag.range.start.offset + begin;
        edits.push_back(support::replaceEdit({file.positionAt(offset), file.positionAt(offset + length)}, lower));
    };
    if (flag.name == "from") {
        if (support::toLower(*flag.value) == support::toLower(name)) edit(valueStart, flag.value->size());
        return;
    }
    std::size_t fieldStart = valueStart;
    while (fieldStart <= flag.raw.size()) {
        std::size_t fieldEnd = flag.raw.find(',', fieldStart);
        if (fieldEnd == std::string::npos) fieldEnd = flag.raw.size();
        std::string_view field = std::string_view(flag.raw).substr(fieldStart, fieldEnd - fieldStart);
        if (support::startsWith(field, "from=") && support::toLower(field.substr(5)) == support::toLower(name))
            edit(fieldStart + 5, field.size() - 5);
        fieldStart = fieldEnd + 1;
    }
}

class StageNameCasing final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "StageNameCasing",
            .severity = Severity::Warning,
            .family = RuleFamily::BuildKit,
            .practice = Practice::StaticAnalysis,
            .refs = {"buildkit:StageNameCasing"},
            .title = {"A stage name is not written in lowercase", "构建阶段名称没有写成小写"},
            .explanation = {
                "BuildKit stores stage names in lowercase and compares references to them without regard to case "
                "in some places but not in others (a `FROM Builder` that means the stage `builder` is looked up as an "
                "image). Writing every stage name in lowercase, in `AS` and wherever it is used, avoids that "
                "confusion. The fix renames the stage and its references.",
                "BuildKit 以小写形式保存阶段名称，而引用阶段时有的地方区分大小写、有的地方不区分（例如 `FROM Builder` "
                "想引用阶段 `builder`，却会被当作镜像名去查找）。在 `AS` 以及所有引用处都使用小写名称即可避免这种混乱。"
                "快速修复会同时重命名阶段及其引用。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        const df::Dockerfile& file = ctx.file();
        for (const df::Instruction* from : ctx.instructions()) {
            if (from->keyword != df::Keyword::From || from->args.size() != 3) continue;
            const df::Word& nameWord = from->args[2];
            if (buildkit::isAllLower(nameWord.value)) continue;
            Finding f = finding(buildkit::reportRange(*from, nameWord.range),
                                {"Stage name '" + nameWord.value + "' should be lowercase",
                                 "阶段名称 '" + nameWord.value + "' 应使用小写"});
            if (buildkit::sourceText(file, nameWord.range) == nameWord.value) f.fixes.push_back(renameFix(file, *from));
            out.push_back(std::move(f));
        }
    }

private:
    static Fix renameFix(const df::Dockerfile& file, const df::Instruction& from)
    {
        const std::string& name = from.args[2].value;
        const std::string lower = support::toLower(name);
        std::vector<TextEdit> edits{support::replaceEdit(from.args[2].range, lower)};
        bool after = false;
        for (const auto& instruction : file.instructions) {
            if (&instruction == &from) {
                after = true;
                continue;
            }
            if (!after) continue;
            const df::Instruction& target = instruction.inner ? *instruction.inner : instruction;
            if (target.keyword == df::Keyword::From && !target.args.empty() &&
                support::toLower(target.args[0].value) == lower &&
                buildkit::sourceText(file, target.args[0].range) == target.args[0].value)
                edits.push_back(support::replaceEdit(target.args[0].range, lower));
            for (const auto& flag : target.flags)
                if (flag.name == "from" || flag.name == "mount") renameInFlag(file, flag, name, lower, edits);
        }
        return support::makeFix("Rename the stage to '" + lower + "'", "将阶段重命名为 '" + lower + "'", std::move(edits));
    }
};

} // namespace

std::unique_ptr<Rule> make_StageNameCasing() { return std::make_unique<StageNameCasing>(); }

} // namespace dw::lint::rules
