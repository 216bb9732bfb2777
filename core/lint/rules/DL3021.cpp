#include "lint/support_instructions.h"

namespace dw::lint::rules {
namespace {

class DL3021 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3021",
            .severity = Severity::Error,
            .family = RuleFamily::Hadolint,
            .practice = Practice::StaticAnalysis,
            .refs = {"hadolint:DL3021", "trivy:DS-0011"},
            .title = {"COPY has several sources but its destination does not end with `/`",
                      "COPY 有多个来源，但目标路径没有以 `/` 结尾"},
            .explanation = {
                "When COPY gets more than one source, the destination must be a directory and has to be written "
                "with a trailing slash; otherwise the build fails. Add the `/`, e.g. `COPY a.conf b.conf /etc/app/`.",
                "COPY 有多个来源时，目标必须是目录，并且必须以斜杠结尾，否则构建会失败。请补上 `/`，例如 "
                "`COPY a.conf b.conf /etc/app/`。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::Instruction* instruction : ctx.instructions()) {
            if (instruction->keyword != df::Keyword::Copy) continue;
            const std::vector<support::PathArg> paths = support::copyPaths(*instruction);
            if (paths.size() < 3) continue;
            const support::PathArg& dest = paths.back();
            const std::string_view target = support::dropQuotes(dest.value);
            // A trailing backslash marks a directory in Windows paths (`C:\\tools\\`).
            if (support::endsWith(target, "/") || support::endsWith(target, "\\") || support::hasVariable(target))
                continue;
            Finding f = finding(support::rangeOnFirstLine(*instruction, dest.range));
            // Insert inside a closing quote: `"dir"` -> `"dir/"`, `["a", "b", "dir"]` -> `... "dir/"]`.
            std::size_t at = dest.range.end.offset;
            const std::string& source = ctx.file().source;
            if (at > dest.range.start.offset && (source[at - 1] == '"' || source[at - 1] == '\'')) --at;
            // `<<x/` would read as a heredoc marker (fuzz_dockerfile found `COPY a b <<`): no fix then.
            if (!target.starts_with("<<"))
                f.fixes.push_back(support::makeFix("Add a trailing slash to the destination", "在目标路径末尾添加斜杠",
                                                   {support::insertEdit(ctx.file().positionAt(at), "/")}));
            out.push_back(std::move(f));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3021() { return std::make_unique<DL3021>(); }

} // namespace dw::lint::rules
