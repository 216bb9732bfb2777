#include "lint/rule_support.h"
#include "lint/support_buildkit.h"

#include <algorithm>

namespace dw::lint::rules {
namespace {

class InvalidDefinitionDescription final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "InvalidDefinitionDescription",
            .severity = Severity::Warning,
            .family = RuleFamily::BuildKit,
            .practice = Practice::ImageMetadata,
            .refs = {"buildkit:InvalidDefinitionDescription"},
            .title = {"The comment above a stage or ARG does not start with its name",
                      "阶段或 ARG 上方的注释没有以其名称开头"},
            .explanation = {
                "Build tools (for example `docker buildx build --call=outline`) take the comment directly above "
                "`FROM ... AS name` or `ARG name` as its description when it has the form `# name description`. A "
                "comment in another form there is probably meant as a description but will not be shown. Start it "
                "with the stage or ARG name, or separate it from the instruction with an empty `#` line if it is "
                "not a description. This check is experimental: enable it with "
                "`# check=experimental=InvalidDefinitionDescription`.",
                "构建工具（例如 `docker buildx build --call=outline`）会把紧挨在 `FROM ... AS name` 或 `ARG name` 上方、"
                "形如 `# name 描述` 的注释当作它的说明。此处其他格式的注释多半本意是说明，却不会被显示。请让注释以阶段名或 ARG "
                "名开头；如果它并非说明，请用一行空的 `#` 把它与指令隔开。此检查为实验性检查，需用 "
                "`# check=experimental=InvalidDefinitionDescription` 启用。"},
            .experimental = true,
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::Instruction* instruction : ctx.instructions()) {
            std::vector<std::string> keys;
            const char* kind = nullptr;
            if (instruction->keyword == df::Keyword::From && instruction->args.size() >= 3) {
                kind = "FROM";
                keys.push_back(support::toLower(instruction->args[2].value));
            } else if (instruction->keyword == df::Keyword::Arg) {
                kind = "ARG";
                for (const auto& pair : instruction->pairs) keys.push_back(pair.key.value);
            }
            if (!kind || keys.empty()) continue;
            const auto comments = buildkit::descriptionComments(ctx.file(), *instruction);
            if (comments.empty()) continue;
            const std::string& last = comments.back();
            const std::string first = last.substr(0, last.find(' '));
            if (std::find(keys.begin(), keys.end(), first) != keys.end()) continue;
            const std::string example = keys.size() > 1 ? "<arg_key>" : keys.front();
            out.push_back(finding(instruction->keywordWord.range,
                                  {std::string("Comment for ") + kind + " should follow the format: `# " + example +
                                       " <description>`",
                                   std::string(kind) + " 的注释应采用以下格式：`# " + example + " <描述>`"}));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_InvalidDefinitionDescription() { return std::make_unique<InvalidDefinitionDescription>(); }

} // namespace dw::lint::rules
